/**
 * A meal's labelled line that a mail program wrapped right after its "at" ("Dinner: table for 4 at
 * Casa Verde, 3 Mill Lane at" over "19:30, on us"): the time opening the next line is the meal's.
 * The label reading stops at the line's end; the meal's piece runs on to the end of that next line.
 */
import type { Labelled, Reading } from '../text/index.js';

/** A word that wants its time after it: "at", "from", "um", "à", "kl.", "om", "alle". */
const DANGLING = /(?<![\p{L}])(?:at|from|um|ab|à|kl\.?|om|alle|a las)[ \t]*$/iu;
const TIME_FIRST = /^[ \t]*\d{1,2}(?:[:.h]\d{2}|[ \t]*[ap]\.?m\.?)/iu;

export function wrappedMealPiece(reading: Reading, l: Labelled, piece: { text: string; start: number }): { text: string; start: number } {
  const text = reading.source.text;
  const end = l.span[0] + l.value.length;
  if (piece.start + piece.text.length !== end || !DANGLING.test(piece.text)) return piece;
  const lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0 || text.slice(end, lineEnd).trim()) return piece;
  const nextEnd = text.indexOf('\n', lineEnd + 1) < 0 ? text.length : text.indexOf('\n', lineEnd + 1);
  if (!TIME_FIRST.test(text.slice(lineEnd + 1, nextEnd))) return piece;
  return { text: piece.text + text.slice(end, nextEnd).replace(/\n/g, ' '), start: piece.start };
}
