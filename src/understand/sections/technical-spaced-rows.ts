/**
 * A form's area rows ("Backline …", "Audio …", "Lighting …") spaced apart: a scan's OCR sets a blank
 * line between rows whose answer boxes are tall, and an answer running over two paragraphs of its box
 * puts a plain line of its own between two rows. Such rows still form one run, and a plain line
 * (no label, not a heading, written in sentences) standing between a row and the next is that row's
 * answer going on.
 */
import type { Labelled, Line } from '../text/index.js';
import { opensSection } from '../text/index.js';

/** Lines that may stand between two rows of one run. */
const MAX_BETWEEN = 3;

/**
 * A form's question left unanswered ("Lights (own rig? operator?)"): a table's row whose empty answer
 * cell the text lost. It goes on with no answer above it and heads none of the rows below it.
 */
export function isUnansweredQuestion(line: Line): boolean {
  return /\?\)?\s*$/.test(line.text) && !line.text.includes('\t');
}

/** A line going on with the answer above it: no label, no heading, no question, plain text in lower case. */
function isPlainLine(line: Line, labelledLines: Set<number>): boolean {
  const t = line.text.trim();
  return !labelledLines.has(line.index) && !line.text.includes('\t') && !opensSection(line) && !isUnansweredQuestion(line) && /\p{Ll}{3}/u.test(t);
}

/** Whether the rows on lines `a` < `b` are neighbours: only blank lines and at most one plain line between. */
export function spacedNeighbours(lines: Line[], labelledLines: Set<number>, a: number, b: number): boolean {
  if (b - a - 1 > MAX_BETWEEN) return false;
  const between = lines.slice(a + 1, b).filter((l) => l.text.trim());
  return between.length <= 1 && between.every((l) => isPlainLine(l, labelledLines));
}

/** The plain line under row `l` (past blank lines) before the next row `next` of the run, if any. */
export function continuationBelow(lines: Line[], labelledLines: Set<number>, l: Labelled, next: number): Line | null {
  const between = lines.slice(l.line.index + 1, next).filter((x) => x.text.trim());
  return between.length === 1 && isPlainLine(between[0]!, labelledLines) ? between[0]! : null;
}
