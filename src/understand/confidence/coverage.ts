/**
 * How much of a source the reading used: the share of its facts — clock times, dates in digits,
 * phone numbers, e-mail addresses — that some extracted value's span covers. A document the rules
 * read well leaves few of them unused; one in a form or language they have not learnt leaves most.
 * Measured on blind readings (docs/understanding.md, "Doubts"), values from sources with less than a
 * quarter of their facts covered were right far less often than the rest.
 */
import type { ConfidenceMap, ExtractedSource } from '../../interfaces.js';

const FACT = /\b\d{1,2}[:.h]\d{2}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\+?\d[\d ()-]{7,}\d|[\w.+-]+@[\w-]+\.[\w.]+/gu;
/** Fewer facts than this say nothing about how well a source was read. */
const MIN_FACTS = 5;

/** Source name → the share of its facts covered (0..1), or null when it has too few facts. */
export function factCoverage(
  confidence: ConfidenceMap, sources: readonly Pick<ExtractedSource, 'name' | 'text'>[],
): Map<string, number | null> {
  const spans = new Map<string, [number, number][]>();
  for (const [path, entry] of Object.entries(confidence)) {
    if (path.startsWith('documents') || !entry.span) continue;
    const mine = spans.get(entry.source);
    if (mine) mine.push(entry.span);
    else spans.set(entry.source, [entry.span]);
  }
  const counts = new Map<string, { facts: number; covered: number }>();
  for (const source of sources) {
    const mine = spans.get(source.name) ?? [];
    const count = counts.get(source.name) ?? { facts: 0, covered: 0 };
    for (const m of source.text.matchAll(FACT)) {
      count.facts++;
      const [start, end] = [m.index, m.index + m[0].length];
      if (mine.some(([a, b]) => end > a && start < b)) count.covered++;
    }
    counts.set(source.name, count);
  }
  return new Map([...counts].map(([name, { facts, covered }]) => [name, facts >= MIN_FACTS ? covered / facts : null]));
}
