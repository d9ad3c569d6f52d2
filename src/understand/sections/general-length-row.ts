/**
 * A running-order table may give the set's length a row of its own: "Set length ⇥ 75 minutes ⇥ No
 * encore". The row's first cell is the set-length label, and a later cell is the length.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { normaliseDuration } from '../normalise/index.js';
import { evidenceAt, labelKey, read } from '../text/index.js';

export function lengthFromRow(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.setLengthMinutes) return;
  for (const table of read(source).tables) {
    for (const rec of table.records) {
      const [label, ...rest] = rec.all;
      if (!label || labelKey(label.value.trim()) !== 'set_length') continue;
      const cell = rest.find((c) => c.span && normaliseDuration(c.value.trim()));
      if (!cell) continue;
      draft.setLengthMinutes = found(normaliseDuration(cell.value.trim())!, evidenceAt(source, cell.span!, 'table', true));
      return;
    }
  }
}
