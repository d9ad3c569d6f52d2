/**
 * A printed document's running header or footer: the same line on two or more pages ("Acme Travel ·
 * Mill Lane 4, Leeds · Office +44 …"). It belongs to the paper, not to what a page says.
 */
import type { Line } from './lines.js';

/** Shorter lines ("Page 1/2", "Notes") repeat for other reasons. */
const MIN_LENGTH = 20;

/** A page's own number at a footer's end ("… · Page 2 of 4", "Seite 1/3"), which differs from page to page. */
const PAGE_NUMBER = /\b(?:page|pg|seite|sida|side|p[áa]gina|sayfa|strona|sivu|blad)\.?\s*\d+(?:\s*(?:of|von|av|af|de|di|z|\/)\s*\d+)?\s*$/iu;

/**
 * What a running line says, the same on every page: without its page number, and with only its letters and
 * digits, as a scan's OCR reads the same footer with a stray mark or space ("Ltd - no. 1234" / "Ltd no 12 34").
 */
function runningKey(text: string): string {
  return text.replace(PAGE_NUMBER, '').replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
}

/** The trimmed texts of the lines that stand on more than one page. */
export function runningLines(lines: Line[]): Set<string> {
  const pages = new Map<string, Set<number>>();
  for (const line of lines) {
    const text = line.text.trim();
    if (line.page === null || text.length < MIN_LENGTH) continue;
    const key = runningKey(text);
    const seen = pages.get(key) ?? new Set<number>();
    seen.add(line.page);
    pages.set(key, seen);
  }
  const running = new Set([...pages].filter(([, on]) => on.size > 1).map(([key]) => key));
  return new Set(lines.map((l) => l.text.trim()).filter((t) => t.length >= MIN_LENGTH && running.has(runningKey(t))));
}
