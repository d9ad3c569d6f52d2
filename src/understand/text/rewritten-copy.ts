/**
 * A source read through a rewritten copy (native digits as Latin ones, a local clock as a 24-hour one, Buddhist-era
 * years as A.D. ones), each rewrite keeping the text's length so spans hold. Its attachments are copied the same way.
 */
import type { ExtractedSource } from '../../interfaces.js';

/** Leaves a text as written: the rewrite of a source that writes nothing to rewrite but whose attachments do. */
export const unchanged = (text: string): string => text;

/**
 * The source with `rewrite` applied to its text and pages and `cell` (by default the same) to its table cells,
 * its attachments copied by `copy`; the source itself when `own` is false (it writes nothing to rewrite) and no
 * attachment changed.
 */
export function rewrittenCopy(
  source: ExtractedSource,
  copy: (source: ExtractedSource) => ExtractedSource,
  own: boolean,
  rewrite: (text: string) => string,
  cell: (text: string) => string = rewrite,
): ExtractedSource {
  const children = source.children.map(copy);
  if (!own && children.every((c, i) => c === source.children[i])) return source;
  return {
    ...source,
    text: rewrite(source.text),
    pages: source.pages.map((p) => ({ ...p, text: rewrite(p.text) })),
    tables: source.tables.map((t) => ({ ...t, rows: t.rows.map((r) => r.map(cell)) })),
    children,
  };
}
