import mammoth from 'mammoth';
import { parseDocument } from 'htmlparser2';
import { Element, Text, type ChildNode } from 'domhandler';
import type { Draft, ParseContext } from '../draft.js';
import { fail } from '../errors.js';
import { guardZip } from '../zip-guard.js';
import { htmlToText } from './html.js';
import { documentBodyHtml } from './docx-body.js';
import { flattenDeepNesting } from './dom-depth.js';

/**
 * DOCX: the ZIP guard first, then mammoth's HTML (paragraphs, headings, lists, tables) turned into
 * text by the HTML reader. Mammoth leaves out headers and footers, so their parts, kept by the
 * guard, are read here: header lines go before the body, footer lines after it, each once. Images
 * are dropped and external files never opened. A package mammoth cannot convert (a table style
 * named without a styles part, say) is read from its main part directly, paragraphs and tables.
 */

const HEADER_OR_FOOTER = /^word\/(header|footer)\d*\.xml$/;
const MAIN_PART = 'word/document.xml';

export async function parseDocx(bytes: Buffer, context: ParseContext): Promise<Draft> {
  const parts = await guardZip(bytes, context.limits.maxInflatedBytes, (name) => name === MAIN_PART || HEADER_OR_FOOTER.test(name));
  const html = await mammoth.convertToHtml({ buffer: bytes }, {
    convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    externalFileAccess: false,
  }).then((result) => result.value, (error: unknown) => {
    const main = parts.get(MAIN_PART);
    if (main) return documentBodyHtml(main);
    throw fail('file_corrupt', error instanceof Error ? error.message : String(error));
  });
  const { text, tables } = htmlToText(html, ' · ', true);
  const partText = (kind: string) => unique([...parts].filter(([name]) => HEADER_OR_FOOTER.test(name) && name.includes(`/${kind}`)).flatMap(([, xml]) => paragraphs(xml)));
  const header = partText('header');
  const footer = partText('footer');
  return {
    format: 'docx',
    text: [header.join('\n'), text, footer.join('\n')].filter(Boolean).join('\n\n'),
    tables,
  };
}

/** The paragraphs of a WordprocessingML part: `w:t` text, `w:tab` as a tab, `w:br` as a line break. */
function paragraphs(xml: Buffer): string[] {
  const document = parseDocument(xml.toString('utf8'), { xmlMode: true });
  flattenDeepNesting(document.children, 'w:br');
  const out: string[] = [];
  const walk = (nodes: ChildNode[], into: string[]) => {
    for (const node of nodes) {
      if (!(node instanceof Element)) continue;
      if (node.name === 'w:p') {
        const runs: string[] = [];
        walk(node.children, runs);
        const line = runs.join('').trim();
        if (line) out.push(line);
      } else if (node.name === 'w:t') into.push(node.children.map((c) => (c instanceof Text ? c.data : '')).join(''));
      else if (node.name === 'w:tab') into.push('\t');
      else if (node.name === 'w:br') into.push('\n');
      else walk(node.children, into);
    }
  };
  walk(document.children, out);
  return out;
}

function unique(lines: string[]): string[] {
  return [...new Set(lines)];
}
