import { parseDocument } from 'htmlparser2';
import { Element, Text, type ChildNode, type ParentNode } from 'domhandler';
import type { ExtractedTable } from '../../interfaces.js';
import type { Draft } from '../draft.js';
import { decodeText } from '../decode.js';
import { withoutSheetChrome } from './html-sheet-chrome.js';
import { tableGrid } from './html-table-grid.js';
import { FORM_CONTROL_TAGS, formControl } from './html-form-controls.js';
import { isReviewMarkup } from './html-doc-review.js';
import { flattenDeepNesting } from './dom-depth.js';

/**
 * HTML → visible text with its structure: block elements on their own lines, data tables as rows of
 * tab-separated cells (and in `tables`), layout tables (nested, or one column) flowed as blocks.
 * Scripts, styles, navigation and hidden elements are left out. Also used for mammoth's DOCX output.
 */

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'nav', 'iframe', 'object', 'button', 'canvas']);
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'blockquote', 'pre', 'address',
  'ul', 'ol', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'form', 'fieldset', 'hr', 'center',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'title',
]);
const SPACED = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'blockquote', 'pre', 'table']);

/**
 * Collects text line by line, collapsing whitespace the way a browser does. With `wideGaps` (a Word
 * document, whose spaces are typed) a run of two or more spaces is a column gap, kept as a tab:
 * "Show: 14 May     Venue: Old Mill" holds two labelled values.
 */
class Lines {
  private readonly lines: string[] = [];
  private current = '';

  constructor(private readonly wideGaps = false) {}

  inline(text: string): void {
    const parts = this.wideGaps ? text.split(/[ \u00a0]{2,}/) : [text];
    parts.forEach((part, i) => {
      if (i > 0 && this.current.trim()) this.current = `${this.current.trimEnd()}\t`;
      this.append(part);
    });
  }

  private append(text: string): void {
    const collapsed = text.replace(/\s+/g, ' ');
    const open = this.current === '' || /\s$/.test(this.current);
    if (collapsed === ' ' && open) return;
    this.current += open ? collapsed.trimStart() : collapsed;
  }

  /** Ends the current line, if it has anything. */
  breakLine(): void {
    const line = this.current.trim();
    if (line) this.lines.push(line);
    this.current = '';
  }

  /** Ends the current line and leaves a blank one, once. */
  blankLine(): void {
    this.breakLine();
    if (this.lines.length && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }

  /**
   * A form control's answer after the label written before it on the line ("Hora de salida" + "21:45"
   * → "Hora de salida: 21:45", a required field's "*" dropped), then the line ends: the next label or
   * help text is another line. A several-line answer (a textarea) goes under its label.
   */
  field(values: string[]): void {
    const label = this.current.trim().replace(/\s*\*$/, '').replace(/\s*:$/, '');
    if (label && values.length === 1) {
      this.current = `${label}: ${values[0]}`;
      return this.breakLine();
    }
    this.current = label ? `${label}:` : '';
    this.breakLine();
    for (const value of values) this.line(value);
  }

  /** A label whose value follows in another element: "Label: ", its own colon not doubled; an empty term stays nothing. */
  term(): void {
    const label = this.current.trim().replace(/\s*:$/, '');
    this.current = label ? `${label}: ` : '';
  }

  /**
   * A control left empty ends its line: its question stays alone on it, unanswered, and does not run into
   * the next question ("Video content" + "" + "Power" + "2 x 16 A" must not read "Video content Power:
   * 2 x 16 A").
   */
  unanswered(): void {
    this.breakLine();
  }

  line(text: string): void {
    this.breakLine();
    if (text.trim()) this.lines.push(text);
  }

  toString(): string {
    this.breakLine();
    return this.lines.join('\n').trim();
  }
}

/**
 * `cellLineSeparator` joins the lines of one table cell: a space for a web page, whose line breaks
 * in a cell mostly wrap one item ("06:45 Munich (MUC)<br>Terminal 2"); a Word document passes a
 * middle dot, since a cell's paragraphs there are entries typed one under another ("Name" /
 * "07700 900318" / "name@…" in a contact cell, one room per paragraph in a rooming cell), and
 * a name must not run into the number under it. `wideGaps`: a Word document's runs of spaces outside
 * tables are column gaps (Lines).
 */
export function htmlToText(html: string, cellLineSeparator = ' ', wideGaps = false): { text: string; tables: ExtractedTable[]; title: string | null } {
  const document = parseDocument(html, { decodeEntities: true });
  flattenDeepNesting(document.children, 'br');
  const lines = new Lines(wideGaps);
  const tables: ExtractedTable[] = [];
  walk(document.children, lines, tables, cellLineSeparator);
  const title = findTitle(document.children);
  return { text: lines.toString(), tables, title };
}

function walk(nodes: ChildNode[], lines: Lines, tables: ExtractedTable[], cellSep: string): void {
  for (const node of nodes) {
    if (node instanceof Text) lines.inline(node.data);
    else if (node instanceof Element) visit(node, lines, tables, cellSep);
  }
}

function visit(element: Element, lines: Lines, tables: ExtractedTable[], cellSep: string): void {
  const tag = element.name.toLowerCase();
  if (SKIPPED.has(tag) || isHidden(element) || isSidebar(element) || isReviewMarkup(element)) return;
  if (tag === 'br') return lines.breakLine();
  if (FORM_CONTROL_TAGS.has(tag)) return writeFormControl(element, lines);
  if (tag === 'table') return visitTable(element, lines, tables, cellSep);
  if (tag === 'li') {
    lines.breakLine();
    lines.inline('- ');
    walk(element.children, lines, tables, cellSep);
    return lines.breakLine();
  }
  // A description list's term and its description are a label and its value: "Check-in: Sat 14 May from 15:00".
  if (tag === 'dt' && siblingElement(element, 1)?.name.toLowerCase() === 'dd') {
    lines.breakLine();
    walk(element.children, lines, tables, cellSep);
    return lines.term();
  }
  if (tag === 'dd' && siblingElement(element, -1)?.name.toLowerCase() === 'dt') {
    walk(element.children, lines, tables, cellSep);
    return lines.breakLine();
  }
  if (tag === 'td' || tag === 'th' || BLOCKS.has(tag)) {
    if (SPACED.has(tag)) lines.blankLine(); else lines.breakLine();
    walk(element.children, lines, tables, cellSep);
    if (SPACED.has(tag)) lines.blankLine(); else lines.breakLine();
    return;
  }
  walk(element.children, lines, tables, cellSep);
}

/** The element `step` elements before (-1) or after (1) this one among its parent's, text between them aside. */
function siblingElement(element: Element, step: 1 | -1): Element | null {
  for (let node = step > 0 ? element.next : element.prev; node; node = step > 0 ? node.next : node.prev) {
    if (node instanceof Element) return node;
  }
  return null;
}

function writeFormControl(element: Element, lines: Lines): void {
  const control = formControl(element);
  if (control?.kind === 'box') lines.inline(control.checked ? '[x] ' : '[ ] ');
  else if (control) lines.field(control.lines);
  else if (answerable(element)) lines.unanswered();
}

/** A text box, list or textarea a user could have filled in (not a hidden input or a button). */
function answerable(element: Element): boolean {
  const tag = element.name.toLowerCase();
  return tag !== 'input' || !/^(?:hidden|submit|reset|button|image|file|password)$/i.test(element.attribs.type ?? 'text');
}

function visitTable(table: Element, lines: Lines, tables: ExtractedTable[], cellSep: string): void {
  const rows = tableRows(table);
  const isData = !hasDescendant(table, 'table') && rows.length >= 2 && rows.some((row) => row.length >= 2);
  if (!isData) {
    // A layout table: its cells are just boxes of content.
    lines.breakLine();
    walk(table.children, lines, tables, cellSep);
    return lines.breakLine();
  }
  const cells = withoutSheetChrome(tableGrid(rows, (cell) => cellText(cell, tables, cellSep)));
  const kept = cells.filter((row) => row.some((cell) => cell !== ''));
  lines.blankLine();
  for (const row of kept) lines.line(row.join('\t'));
  lines.blankLine();
  tables.push({ rows: kept, page: null, sheet: null });
}

/** The rows of this table (not of tables nested in it), each a list of its td/th elements. */
function tableRows(table: Element): Element[][] {
  const rows: Element[][] = [];
  const collect = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (!(node instanceof Element) || isHidden(node)) continue;
      const tag = node.name.toLowerCase();
      if (tag === 'tr') rows.push(node.children.filter((c): c is Element => c instanceof Element && /^t[dh]$/i.test(c.name) && !isHidden(c)));
      else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') collect(node.children);
    }
  };
  collect(table.children);
  return rows.filter((row) => row.length > 0);
}

/** A cell's text on one line, its own lines joined by `lineSeparator`. */
function cellText(cell: Element, tables: ExtractedTable[], lineSeparator: string): string {
  const lines = new Lines();
  walk(cell.children, lines, tables, lineSeparator);
  return lines.toString().split('\n').filter(Boolean).join(lineSeparator);
}

function hasDescendant(element: ParentNode, tag: string): boolean {
  return element.children.some((child) => child instanceof Element && (child.name.toLowerCase() === tag || hasDescendant(child, tag)));
}

/**
 * An <aside> beside a page's <main>: a portal's sidebar (the logged-in user, a menu, other acts' times)
 * or a shop's "guests also booked" box, secondary to the document the page marks as its main content.
 * A page without <main> may keep its real content in an aside, so there it is read.
 */
function isSidebar(element: Element): boolean {
  if (element.name.toLowerCase() !== 'aside') return false;
  let root: ParentNode = element;
  for (let up = element.parent; up; up = up.parent) {
    if (up instanceof Element && up.name.toLowerCase() === 'main') return false;
    root = up;
  }
  return root !== element && hasDescendant(root, 'main');
}

function isHidden(element: Element): boolean {
  const { hidden, style } = element.attribs;
  return hidden !== undefined
    || element.attribs['aria-hidden'] === 'true'
    || (style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style));
}

function findTitle(nodes: ChildNode[]): string | null {
  for (const node of nodes) {
    if (!(node instanceof Element)) continue;
    if (node.name.toLowerCase() === 'title') return node.children.map((c) => (c instanceof Text ? c.data : '')).join('').trim() || null;
    const found = findTitle(node.children);
    if (found) return found;
  }
  return null;
}

export async function parseHtml(bytes: Buffer): Promise<Draft> {
  const { text: html } = decodeText(bytes);
  const { text, tables, title } = htmlToText(html);
  return { format: 'html', text, tables, html, metadata: { title } };
}
