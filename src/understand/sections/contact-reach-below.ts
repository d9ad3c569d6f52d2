/**
 * A team list that writes each person over two lines, the reach indented under the name:
 *
 *   Lena Brandt – Tourneeleitung
 *     Mobil +49 171 555 0123 – lena@…
 *
 * The head line says who (name and role, as a one-line contact would) and the line below only how to
 * reach them. Read as one line, the newline standing as a space (offsets kept), so the one-line reader
 * (contact-lines.ts) judges the pair by its own rules.
 */
import type { Line, Reading } from '../text/index.js';
import { EMAIL_IN_TEXT, PHONE_IN_TEXT } from '../normalise/index.js';

/** Whether a line holds a phone or an e-mail. */
const hasReach = (text: string) => new RegExp(EMAIL_IN_TEXT.source).test(text) || new RegExp(PHONE_IN_TEXT.source).test(text);

/** The line joined with the indented reach line right below it, or null when it has its own reach or none follows. */
export function withReachBelow(r: Reading, line: Line): Line | null {
  const next = r.lines[line.index + 1];
  if (!next || !line.text.trim() || /^\s/.test(line.text) || hasReach(line.text)) return null;
  if (!/^[ \t]+\S/.test(next.text) || !hasReach(next.text)) return null;
  const text = r.source.text.slice(line.start, next.end).replace(/[\r\n]/g, ' ');
  return text.length === next.end - line.start ? { ...line, text, end: next.end } : null;
}
