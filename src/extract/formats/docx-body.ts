import { parseDocument } from 'htmlparser2';
import { Element, Text, type ChildNode } from 'domhandler';
import { flattenDeepNesting } from './dom-depth.js';

/**
 * The body of a WordprocessingML main part (`word/document.xml`) as plain HTML: paragraphs as
 * `<p>` (headings as `<h1>`–`<h3>` by their style id), tables as `<table>` rows and cells, `w:tab`
 * as a tab and `w:br` as a line break. The fallback for a package mammoth cannot convert, such as
 * one that names a table style but ships no styles part: the text and tables are all there is to read.
 */
export function documentBodyHtml(xml: Buffer): string {
  const document = parseDocument(xml.toString('utf8'), { xmlMode: true });
  flattenDeepNesting(document.children, 'w:br');
  return render(document.children);
}

const HEADING = /^(?:title|heading([1-3]))$/i;

function render(nodes: ChildNode[]): string {
  let html = '';
  for (const node of nodes) {
    if (!(node instanceof Element)) continue;
    switch (node.name) {
      case 'w:p': {
        const tag = headingTag(node);
        html += `<${tag}>${render(node.children)}</${tag}>`;
        break;
      }
      case 'w:tbl': html += `<table>${render(node.children)}</table>`; break;
      case 'w:tr': html += `<tr>${render(node.children)}</tr>`; break;
      case 'w:tc': html += `<td>${render(node.children)}</td>`; break;
      case 'w:t': html += escape(node.children.map((c) => (c instanceof Text ? c.data : '')).join('')); break;
      case 'w:tab': html += '\t'; break;
      case 'w:br': html += '<br>'; break;
      // Properties, deleted runs and field codes carry no text of the document.
      case 'w:pPr': case 'w:rPr': case 'w:tblPr': case 'w:tcPr': case 'w:trPr': case 'w:del': case 'w:instrText': break;
      default: html += render(node.children);
    }
  }
  return html;
}

function headingTag(paragraph: Element): string {
  const properties = paragraph.children.find((c): c is Element => c instanceof Element && c.name === 'w:pPr');
  const style = properties?.children.find((c): c is Element => c instanceof Element && c.name === 'w:pStyle')?.attribs['w:val'] ?? '';
  const m = HEADING.exec(style);
  return m ? `h${m[1] ?? '1'}` : 'p';
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
