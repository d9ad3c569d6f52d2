/**
 * A source's text as lines, each with its character offsets into `source.text` (so every value read
 * from a line can carry a span) and the 1-based page it sits on.
 */
import type { ExtractedSource } from '../../interfaces.js';

export interface Line {
  /** 0-based line number within the source. */
  index: number;
  text: string;
  /** Offset of the line's first character in the source text. */
  start: number;
  /** Offset just past the line's last character (the newline excluded). */
  end: number;
  page: number | null;
}

/** The 1-based page that contains `offset`, or null for formats without pages. */
export function pageAt(source: Pick<ExtractedSource, 'pages'>, offset: number): number | null {
  let page: number | null = null;
  for (const p of source.pages) {
    if (p.offset > offset) break;
    page = p.number;
  }
  return page;
}

export function linesOf(source: Pick<ExtractedSource, 'text' | 'pages'>): Line[] {
  const lines: Line[] = [];
  const text = source.text;
  let start = 0;
  let index = 0;
  let pageIndex = 0;
  const pages = source.pages;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    while (pageIndex + 1 < pages.length && pages[pageIndex + 1]!.offset <= start) pageIndex++;
    const page = pages.length ? pages[pageIndex]!.number : null;
    const lineEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    lines.push({ index: index++, text: text.slice(start, lineEnd), start, end: lineEnd, page });
    if (end >= text.length) break;
    start = end + 1;
  }
  return lines;
}

/** The span of `needle` inside `haystack` at or after `from`, ignoring case; null when absent. */
export function spanOf(haystack: string, needle: string, from = 0): [number, number] | null {
  if (!needle) return null;
  let at = haystack.indexOf(needle, from);
  if (at < 0) at = haystack.toLowerCase().indexOf(needle.toLowerCase(), from);
  return at < 0 ? null : [at, at + needle.length];
}
