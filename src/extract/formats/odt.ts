import type { Draft, ParseContext } from '../draft.js';
import { htmlToText } from './html.js';
import { walkOdf } from './odf-xml.js';
import { openDocumentParts } from './opendocument.js';

/**
 * ODT (an OpenDocument text, LibreOffice Writer's own format): the package's parts through the ZIP
 * guard, then the body of `content.xml` written as plain HTML (paragraphs, headings by outline
 * level, lists, tables with their merged cells' spans) and read by the HTML reader, as the DOCX
 * reader reads mammoth's HTML, so both come out alike. Footnotes follow the body, as mammoth writes them. The page header and
 * footer, kept in `styles.xml`, are read too: header lines before the body, footer lines after
 * it, each once. Comments and tracked deletions are left out (odf-xml.ts).
 */

const STYLES = 'styles.xml';
const HEADERS = new Set(['style:header', 'style:header-left', 'style:header-first']);
const FOOTERS = new Set(['style:footer', 'style:footer-left', 'style:footer-first']);

export async function parseOdt(bytes: Buffer, context: ParseContext): Promise<Draft> {
  const { content, parts } = await openDocumentParts(bytes, context, [STYLES]);
  const { text, tables } = htmlToText(bodyHtml(content, (name) => name === 'office:text').join(''), ' · ', true);
  const styles = parts.get(STYLES);
  const pageLines = (roots: Set<string>) => styles
    ? unique(bodyHtml(styles, (name) => roots.has(name)).flatMap((html) => htmlToText(html).text.split('\n')).map((line) => line.trim()).filter(Boolean))
    : [];
  return {
    format: 'odt',
    text: [pageLines(HEADERS).join('\n'), text, pageLines(FOOTERS).join('\n')].filter(Boolean).join('\n\n'),
    tables,
  };
}

const LIST_ITEMS = new Set(['text:list-item', 'text:list-header']);

const TAGS: Record<string, string> = {
  'text:p': 'p', 'text:list': 'ul', 'text:list-item': 'li', 'text:list-header': 'li',
  'table:table': 'table', 'table:table-row': 'tr', 'table:table-cell': 'td',
};

/** The HTML of each element `isRoot` picks, its footnotes after it. */
function bodyHtml(xml: Buffer, isRoot: (name: string) => boolean): string[] {
  const found: string[] = [];
  let html: string[] | null = null;
  let notes: string[] = [];
  let note: string[] | null = null;
  /** Per element open inside the root: the markup that closes it, and its name. */
  const closers: string[] = [];
  const parents: string[] = [];
  const out = (piece: string) => (note ?? html)?.push(piece);
  walkOdf(xml, {
    open(name, attributes) {
      if (!html) {
        if (isRoot(name)) [html, notes] = [[], []];
        return;
      }
      if (name === 'text:note-body') note = [];
      // A list item's paragraphs are its lines (`- item`, as mammoth writes them), not paragraphs of their own.
      if (name === 'text:p' && LIST_ITEMS.has(parents[parents.length - 1] ?? '')) {
        closers.push('<br>');
      } else {
        const tag = name === 'text:h' ? `h${headingLevel(attributes['text:outline-level'])}` : TAGS[name];
        if (tag) out(`<${tag}${name === 'table:table-cell' ? spans(attributes) : ''}>`);
        else if (name === 'text:line-break') out('<br>');
        closers.push(tag ? `</${tag}>` : '');
      }
      parents.push(name);
    },
    close(name) {
      if (!html) return;
      if (!closers.length) {
        found.push([...html, ...notes.map((text) => `<div>${text}</div>`)].join(''));
        html = null;
        return;
      }
      out(closers.pop()!);
      parents.pop();
      if (name === 'text:note-body' && note) {
        notes.push(note.join(''));
        note = null;
      }
    },
    text(data) {
      if (html) out(escape(data));
    },
  });
  return found;
}

/**
 * A merged cell's spans, as HTML writes them: its covered cells are left out, so without these the
 * cells after it would slide under the wrong columns (the HTML reader lays spans on the grid).
 */
function spans(attributes: Record<string, string>): string {
  const span = (html: string, value: string | undefined) => {
    const n = Number(value);
    return Number.isInteger(n) && n > 1 ? ` ${html}="${n}"` : '';
  };
  return span('colspan', attributes['table:number-columns-spanned']) + span('rowspan', attributes['table:number-rows-spanned']);
}

function headingLevel(value: string | undefined): number {
  return Math.min(6, Math.max(1, Number(value) || 1));
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function unique(lines: string[]): string[] {
  return [...new Set(lines)];
}
