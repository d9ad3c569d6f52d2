/**
 * A printed document's running header or footer: the same line on two or more pages ("Acme Travel ·
 * Mill Lane 4, Leeds · Office +44 …"). It belongs to the paper, not to what a page says.
 */
import type { Line } from './lines.js';

/** Shorter lines ("Page 1/2", "Notes") repeat for other reasons. */
const MIN_LENGTH = 20;

/** The trimmed texts of the lines that stand on more than one page. */
export function runningLines(lines: Line[]): Set<string> {
  const pages = new Map<string, Set<number>>();
  for (const line of lines) {
    const text = line.text.trim();
    if (line.page === null || text.length < MIN_LENGTH) continue;
    const seen = pages.get(text) ?? new Set<number>();
    seen.add(line.page);
    pages.set(text, seen);
  }
  return new Set([...pages].filter(([, on]) => on.size > 1).map(([text]) => text));
}
