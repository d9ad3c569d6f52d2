import type { Draft, ParseContext } from '../draft.js';
import { walkOdf } from './odf-xml.js';
import { typedCellText } from './ods-values.js';
import { openDocumentParts } from './opendocument.js';
import type { SheetCell } from './sheet-blocks.js';
import { sheetsText, type SheetRows } from './sheet-text.js';

/**
 * ODS (an OpenDocument spreadsheet, LibreOffice Calc's own format): the package's parts through
 * the ZIP guard, then `content.xml` read as a stream, and each sheet written exactly as the XLSX
 * reader writes one (sheet-text.ts), so the understanding reads both alike. A cell's text is its
 * typed value where it has one (ods-values.ts), else its paragraphs; comments are left out. A
 * covered cell (under a merged range) is empty, as in XLSX.
 *
 * Repeats are expanded without ever being materialised blindly: rows and columns that hold no text
 * are dropped, as the XLSX reader drops them (LibreOffice ends a sheet with one empty row repeated
 * about a million times, and a row with ~1,000 empty cells). Cells with text are repeated as
 * often as the file says, up to MAX_COLUMNS a row, MAX_FILLED_ROW_REPEATS copies of a row and, for
 * the whole workbook, as many cells as the text limit could hold; past that the rest is left out
 * with a warning.
 */

const MAX_COLUMNS = 16_384;
/** A sheet repeats a filled row a few times, never thousands: more is a file made to swell the output. */
const MAX_FILLED_ROW_REPEATS = 1_000;

export async function parseOds(bytes: Buffer, context: ParseContext): Promise<Draft> {
  const { content } = await openDocumentParts(bytes, context);
  const reader = new SheetReader(context.limits.maxOutputChars);
  walkOdf(content, reader);
  return {
    format: 'ods',
    ...sheetsText(reader.sheets),
    warnings: reader.truncated
      ? [{ code: 'text_truncated', message: `The workbook repeats more cells than are read (a row at most ${MAX_FILLED_ROW_REPEATS} times, ${context.limits.maxOutputChars} characters in all); the rest was left out.` }]
      : [],
  };
}

interface BlankRun { merged: boolean; count: number }

interface OpenRow { cells: SheetCell[]; blanks: BlankRun[]; repeat: number }

interface OpenCell { attributes: Record<string, string>; covered: boolean; repeat: number; paragraphs: string[]; depth: number }

class SheetReader {
  readonly sheets: SheetRows[] = [];
  truncated = false;
  private sheet: SheetRows | null = null;
  private tableDepth = 0;
  private row: OpenRow | null = null;
  private cell: OpenCell | null = null;
  /** The pieces of text of the cell paragraph being read. */
  private paragraph: string[] | null = null;

  /** Characters the cells still read may cost: each cell its text and one separator. */
  constructor(private budget: number) {}

  open(name: string, attributes: Record<string, string>): void {
    if (this.cell) return this.openInCell(name);
    if (name === 'table:table') {
      if (this.tableDepth++ === 0) this.sheet = { name: attributes['table:name'] ?? `Sheet ${this.sheets.length + 1}`, rows: [] };
    } else if (name === 'table:table-row' && this.sheet) {
      this.row = { cells: [], blanks: [], repeat: count(attributes['table:number-rows-repeated']) };
    } else if ((name === 'table:table-cell' || name === 'table:covered-table-cell') && this.row) {
      const repeat = Math.min(MAX_COLUMNS, count(attributes['table:number-columns-repeated']));
      this.cell = { attributes, covered: name === 'table:covered-table-cell', repeat, paragraphs: [], depth: 0 };
    }
  }

  close(name: string): void {
    if (this.cell) return this.closeInCell(name);
    if (name === 'table:table' && --this.tableDepth === 0 && this.sheet) {
      this.sheets.push(this.sheet);
      this.sheet = null;
    } else if (name === 'table:table-row' && this.row) {
      this.endRow(this.row);
      this.row = null;
    }
  }

  text(data: string): void {
    this.paragraph?.push(data);
  }

  /** Inside a cell only its own paragraphs are its text (a drawing anchored in it has paragraphs too). */
  private openInCell(name: string): void {
    const cell = this.cell!;
    if (cell.depth++ === 0 && (name === 'text:p' || name === 'text:h')) this.paragraph = [];
    else if (name === 'text:line-break') this.paragraph?.push('\n');
  }

  private closeInCell(name: string): void {
    const cell = this.cell!;
    if (cell.depth > 0) {
      if (--cell.depth === 0 && this.paragraph) {
        cell.paragraphs.push(this.paragraph.join(''));
        this.paragraph = null;
      }
      return;
    }
    const shown = cell.paragraphs.join('\n');
    const text = cell.covered ? '' : typedCellText(cell.attributes, shown).replace(/\s+/g, ' ').trim();
    this.addCells(this.row!, { text, merged: cell.covered }, cell.repeat);
    this.cell = null;
  }

  /** Blank cells wait in runs until a cell with text follows them: a row's trailing blanks never exist. */
  private addCells(row: OpenRow, cell: SheetCell, repeat: number): void {
    if (cell.text === '') {
      const last = row.blanks[row.blanks.length - 1];
      if (last && last.merged === cell.merged) last.count += repeat;
      else row.blanks.push({ merged: cell.merged, count: repeat });
      return;
    }
    this.placeBlanks(row, row.blanks);
    row.blanks = [];
    for (let i = 0; i < repeat && row.cells.length < MAX_COLUMNS; i++) row.cells.push(cell);
  }

  private placeBlanks(row: OpenRow, runs: BlankRun[]): void {
    for (const run of runs) {
      const count = Math.min(run.count, MAX_COLUMNS - row.cells.length);
      for (let i = 0; i < count; i++) row.cells.push({ text: '', merged: run.merged });
    }
  }

  /**
   * A row without text is dropped however often it repeats. A merged range's covered tail at the
   * row's end stays (the XLSX reader has those cells too); plain blanks after it do not.
   */
  private endRow(row: OpenRow): void {
    if (!row.cells.length || this.truncated) return;
    const lastMerged = row.blanks.map((run) => run.merged).lastIndexOf(true);
    this.placeBlanks(row, row.blanks.slice(0, lastMerged + 1));
    const cost = row.cells.reduce((sum, cell) => sum + cell.text.length + 1, 0);
    const copies = Math.min(row.repeat, MAX_FILLED_ROW_REPEATS, Math.floor(this.budget / cost));
    if (copies < row.repeat) this.truncated = true;
    this.budget -= copies * cost;
    for (let i = 0; i < copies; i++) this.sheet!.rows.push(row.cells);
  }
}

/** A repeat count: at least 1, whatever the attribute says. */
function count(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 1 ? n : 1;
}
