import type { PdfDocument, PdfPage } from './pdf-document.js';
import type { TextPiece } from './pdf-layout.js';

/**
 * A fillable PDF form's answers (AcroForm fields), placed on the page where a viewer shows them.
 *
 * What a user types into a fillable advance form lives in the field, not in the page's text layer:
 * pdfjs's text content has only the printed labels. Each visible field's value becomes a text piece
 * at its box, so "Show date:" and the date typed beside it end up on one line, as on screen:
 * - a text field: its value, one piece per line of a multi-line field, from the top of the box;
 * - a list or combo box: the shown text of the chosen options;
 * - a checkbox or radio button: "[x]" or "[ ]", as HTML forms are written (html-form-controls.ts).
 * Push buttons and empty fields add nothing.
 */

interface Widget {
  subtype: string;
  fieldType?: string;
  fieldValue?: unknown;
  rect: number[];
  hidden?: boolean;
  checkBox?: boolean;
  radioButton?: boolean;
  buttonValue?: unknown;
  exportValue?: unknown;
  options?: { exportValue: unknown; displayValue: unknown }[];
  defaultAppearanceData?: { fontSize?: number };
}

/** A viewer's auto-sized text: this share of the box's height. */
const AUTO_SIZE = 0.6;
/**
 * Sizes above this are read as this: a form filler's large auto-size in a tall box would otherwise
 * put the first line below its label and stretch the gaps measured in ems.
 */
const MAX_SIZE = 12;
/** Lines of a multi-line field, in font sizes apart. */
const LEADING = 1.15;
/** An average glyph's width, in font sizes: enough to keep the value's end before the next column. */
const GLYPH_WIDTH = 0.5;

/** Whether the document has form fields at all, asked once per document: most PDFs have none, and asking each page costs more than reading its text. */
const hasFields = new WeakMap<PdfDocument, Promise<boolean>>();

/** `printed`: the page's own text, whose baselines a one-line answer joins (rowBaseline). */
export async function formFieldPieces(document: PdfDocument, page: PdfPage, printed: TextPiece[] = []): Promise<TextPiece[]> {
  if (!hasFields.has(document)) hasFields.set(document, document.getFieldObjects().then((fields) => fields !== null && Object.keys(fields).length > 0, () => false));
  if (!(await hasFields.get(document))) return [];
  const annotations = (await page.getAnnotations({ intent: 'display' })) as Widget[];
  return annotations.filter((a) => a.subtype === 'Widget' && !a.hidden && a.rect?.length === 4).flatMap((widget) => piecesOf(widget, printed));
}

/**
 * The baseline of the printed row a one-line box stands on: the nearest printed baseline inside the
 * box's lower two thirds, else the viewer's centred one. A small font in a tall box ("Name" cells of a
 * contact grid set at 6 pt beside 8 pt row labels) would otherwise sit a point or two above its row's
 * label, and the label and its answers be read as two columns.
 */
function rowBaseline(centred: number, bottom: number, height: number, printed: TextPiece[]): number {
  const inside = printed.filter((p) => p.text.trim() !== '' && p.y >= bottom && p.y <= bottom + (height * 2) / 3);
  if (!inside.length) return centred;
  return inside.reduce((a, b) => (Math.abs(b.y - centred) < Math.abs(a.y - centred) ? b : a)).y;
}

function piecesOf(widget: Widget, printed: TextPiece[]): TextPiece[] {
  const [left, bottom, , top] = widget.rect as [number, number, number, number];
  const height = top - bottom;
  const stated = widget.defaultAppearanceData?.fontSize ?? 0;
  const size = Math.min(MAX_SIZE, stated > 0 ? stated : Math.max(1, height * AUTO_SIZE));
  const piece = (text: string, y: number): TextPiece => ({ text, x: left + 2, y, width: text.length * size * GLYPH_WIDTH, size });
  // One line sits centred in its box, as viewers draw it; a multi-line value starts at the top (a 2 pt padding and the ascent).
  const centred = bottom + (height - size) / 2 + size * 0.22;
  const text = shownText(widget);
  if (text === null) return [];
  const lines = text.split(/\r\n?|\n/).filter((l) => l.trim() !== '');
  if (lines.length <= 1) return lines.map((l) => piece(l, rowBaseline(centred, bottom, height, printed)));
  return lines.map((l, i) => piece(l, top - 2 - size * (0.8 + i * LEADING)));
}

function shownText(widget: Widget): string | null {
  const value = widget.fieldValue;
  switch (widget.fieldType) {
    case 'Tx':
      return typeof value === 'string' && value.trim() !== '' ? value : null;
    case 'Ch': {
      const chosen = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v !== '');
      const shown = chosen.map((v) => String(widget.options?.find((o) => o.exportValue === v)?.displayValue ?? v));
      return shown.length ? shown.join(', ') : null;
    }
    case 'Btn':
      if (widget.checkBox) return typeof value === 'string' && value !== '' && value !== 'Off' ? '[x]' : '[ ]';
      if (widget.radioButton) return value !== undefined && value === widget.buttonValue ? '[x]' : '[ ]';
      return null;
    default:
      return null;
  }
}
