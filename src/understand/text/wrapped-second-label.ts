/**
 * A two-language form whose label cell wraps its second language onto the line below, the value beside
 * the first only ("Igama ⇥ Thornhill Lodge" over "Name", then a blank line): the label the lexicon
 * does not know takes the key of the one below it. Only when the line below is that label alone, right
 * under the pair and closing its block (a blank line or the end after it): a heading over the next block
 * stands after a blank line, and a row with its own value is a pair of its own.
 */
import type { Labelled } from './labels.js';
import { labelKey } from './lexicon.js';
import type { Line } from './lines.js';

export function keyFromWrappedLabel(lines: Line[], labelled: Labelled[]): void {
  for (const l of labelled) {
    if (l.key) continue;
    const i = l.line.index;
    const below = lines[i + 1];
    const after = lines[i + 2];
    if (!below || !/\t/.test(l.line.text) || (after && after.text.trim())) continue;
    const label = below.text.trim();
    if (!label || /[\t\d:]/.test(below.text) || label === label.toUpperCase() || label.split(/\s+/).length > 4) continue;
    // "Phone / E-mail": a label of two fields keys by its first (the readers split the value by the label's words).
    const key = labelKey(label) ?? labelKey(label.split(/[ \t]+\/[ \t]+/)[0]!);
    if (!key) continue;
    l.key = key;
    l.label = `${l.label} / ${label}`;
  }
}
