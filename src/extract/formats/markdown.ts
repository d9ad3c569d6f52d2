import { Lexer, type Token, type Tokens } from 'marked';
import type { ExtractedTable } from '../../interfaces.js';

/**
 * Markdown (a note app's page export, a README-style advance sheet) → the text a reader sees, from
 * marked's GFM lexer: pipe tables become rows of tab-separated cells (and `tables`), as an HTML table
 * would; headings, rules, quotes and emphasis lose their markup; a link keeps its label with the
 * address after it ("[Ann Lee](mailto:ann@example.com)" → "Ann Lee <ann@example.com>"); task-list boxes
 * become "☐"/"☑". Plain text that merely contains a "#" or a "*" is left alone: see `looksLikeMarkdown`.
 */

const DELIMITER_ROW = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;
const HEADING = /^\s{0,3}#{1,6}\s+\S/;
const STRONG = /(\*\*|__)(?=\S)[^\n]*?\S\1/;
const LINK = /\[[^\]\n]+\]\((?:[a-z]+:|\/|#)[^)\s]*\)/i;
const TASK = /^\s*[-*+]\s+\[[ xX]\]\s/;
/** Emoji a note app puts before a heading ("📍 Venue"): decoration, not the heading's words. */
const LEADING_PICTOGRAPHS = /^(?:\p{Extended_Pictographic}|\uFE0F|\u200D|\s)+/u;

/** Markdown, not text that happens to use a symbol: a pipe table, or two kinds of markup. */
export function looksLikeMarkdown(text: string): boolean {
  const lines = text.split('\n');
  if (lines.some((line, i) => i > 0 && DELIMITER_ROW.test(line) && lines[i - 1]!.includes('|'))) return true;
  const signals = [
    lines.some((line) => HEADING.test(line)),
    STRONG.test(text),
    LINK.test(text),
    lines.some((line) => TASK.test(line)),
  ];
  return signals.filter(Boolean).length >= 2;
}

export function markdownToText(markdown: string): { text: string; tables: ExtractedTable[] } {
  const tables: ExtractedTable[] = [];
  const lines = blocks(Lexer.lex(markdown.replace(/\r\n?/g, '\n'), { gfm: true }), tables);
  const text = lines.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '');
  return { text: markdown.endsWith('\n') && !text.endsWith('\n') ? `${text}\n` : text, tables };
}

/** The lines block tokens show; each table is also added to `tables`. */
function blocks(tokens: Token[], tables: ExtractedTable[], indent = ''): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'space': case 'hr': out.push(''); break;
      case 'heading': out.push(indent + inline(token.tokens ?? []).replace(LEADING_PICTOGRAPHS, '')); break;
      case 'paragraph': case 'text': out.push(...inline(token.tokens ?? [token]).split('\n').map((l) => indent + l)); break;
      case 'code': out.push(...(token as Tokens.Code).text.split('\n').map((l) => indent + l)); break;
      case 'blockquote': out.push(...blocks((token as Tokens.Blockquote).tokens, tables, indent)); break;
      case 'list': out.push(...listLines(token as Tokens.List, tables, indent)); break;
      case 'table': out.push('', ...tableRows(token as Tokens.Table, tables).map((row) => indent + row.join('\t')), ''); break;
      case 'html': out.push(indent + token.raw.trimEnd()); break;
      default: break;
    }
  }
  return out;
}

/** "- ☐ item", "2. item": each item's first line after its marker, nested lists indented under it. */
function listLines(list: Tokens.List, tables: ExtractedTable[], indent: string): string[] {
  return list.items.flatMap((item, i) => {
    const marker = list.ordered ? `${Number(list.start || 1) + i}. ` : '- ';
    const box = item.task ? (item.checked ? '☑ ' : '☐ ') : '';
    const [first = '', ...rest] = blocks(item.tokens.filter((t) => t.type !== 'checkbox'), tables, `${indent}  `).filter((l, j) => j > 0 || l.trim());
    return [`${indent}${marker}${box}${first.trimStart()}`, ...rest.filter((l) => l.trim())];
  });
}

/** The table's header and rows as plain cells, squared to the widest row. */
function tableRows(table: Tokens.Table, tables: ExtractedTable[]): string[][] {
  const rows = [table.header, ...table.rows].map((row) => row.map((cell) => inline(cell.tokens).replace(/\s*\n\s*/g, ' ').trim()));
  const width = Math.max(...rows.map((row) => row.length));
  const square = rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
  tables.push({ rows: square, page: null, sheet: null });
  return square;
}

/** Inline tokens as text: emphasis and code marks go, links keep their words and address, images their alt text. */
function inline(tokens: Token[]): string {
  return tokens.map((token): string => {
    switch (token.type) {
      case 'link': {
        const { href } = token as Tokens.Link;
        const label = inline((token as Tokens.Link).tokens);
        const address = href.replace(/^(?:mailto|tel):/i, '');
        return address === label.trim() || href.startsWith('#') ? label : `${label} <${address}>`;
      }
      case 'image': return (token as Tokens.Image).text;
      case 'br': return '\n';
      // A note app writes a line break inside a table cell as HTML ("<br>"); other inline tags show only their words.
      case 'html': return /^<br\s*\/?>$/i.test(token.raw.trim()) ? '\n' : /^<\/?[a-z][^<>]*>$/i.test(token.raw.trim()) ? '' : token.raw;
      case 'codespan': return (token as Tokens.Codespan).text;
      case 'checkbox': return '';
      case 'strong': case 'em': case 'del': case 'text':
        return 'tokens' in token && token.tokens?.length ? inline(token.tokens) : (token as Tokens.Text).text;
      default: return 'text' in token && typeof token.text === 'string' ? token.text : token.raw;
    }
  }).join('');
}
