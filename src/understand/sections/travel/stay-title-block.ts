/**
 * A mail's hotel block: the hotel's name alone on its line as the block's title, its street, phone
 * and the stay's sentence on the lines under it ("Hotel X" / "Street 12, 46001 Town" / "Tel. …" /
 * "3 double rooms, check-in Friday from 14:00, check-out Saturday by 12:00."). The lines up to the
 * next blank or labelled line (a quoted reply's ">>" alone counts as blank) are that one statement about the stay.
 */

const QUOTE_MARKERS = /^[ \t]*(?:>[ \t]?)+/;
const MAX_LINES = 8;
/** A labelled line ("Rooms: 5", "Check-in: 15:00"): the block's labels are read as labels, so the statement ends above it. */
const LABELLED = /^[ \t]*\p{L}[\p{L} .'’/-]{0,30}:[ \t]/u;

/** The line's text without its leading "> " quote markers. */
function unquotedText(line: string): string {
  return line.replace(QUOTE_MARKERS, '');
}

/**
 * The end of the block the lodging `name` at `index` titles, when its line holds the name alone
 * (a colon after it aside) and lines follow it before a blank one; null otherwise. `isOtherLodging`
 * tells a line naming another lodging, which ends the block.
 */
export function titledStayBlockEnd(text: string, index: number, name: string, isOtherLodging: (line: string) => boolean): number | null {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  let end = text.indexOf('\n', index);
  if (end < 0) return null;
  if (unquotedText(text.slice(lineStart, end)).replace(/:\s*$/, '').trim() !== name.trim()) return null;
  let blockEnd: number | null = null;
  for (let k = 0; k < MAX_LINES && end >= 0; k++) {
    const next = text.indexOf('\n', end + 1);
    const line = unquotedText(text.slice(end + 1, next < 0 ? undefined : next));
    if (!line.trim() || LABELLED.test(line) || isOtherLodging(line)) break;
    blockEnd = next < 0 ? text.length : next;
    end = next;
  }
  return blockEnd;
}

/** A piece of text read as one statement: line breaks and quote markers blanked, offsets kept. */
export function flatStatement(text: string): string {
  return text.split('\n').map((line) => line.replace(QUOTE_MARKERS, (m) => ' '.repeat(m.length))).join(' ');
}

/** The lines of text[from, to), each a piece with its offset, quote markers blanked. */
export function blockLines(text: string, from: number, to: number): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  for (let start = from; start < to;) {
    const end = Math.min(to, text.indexOf('\n', start) < 0 ? to : text.indexOf('\n', start));
    out.push({ text: flatStatement(text.slice(start, end)), start });
    start = end + 1;
  }
  return out;
}
