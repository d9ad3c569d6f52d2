/**
 * A festival's pack names the act's stage as its venue ("Stage: Meadow Stage") and, in a table of where
 * things are, the whole site on a row of its own: "Festival site ⇥ Holt Park, Holt Lane, Bramford, Suffolk
 * IP8 4QQ". The site's line (its park's name, street and postcode) is the show's address when none is read yet.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import type { Draft } from '../found.js';
import { read } from '../text/index.js';
import { labelKey } from '../text/lexicon.js';
import { addAddress } from './general-venue.js';
import { placeOf } from './place.js';

/** "Festival site", "Festival grounds", "Festivalgelände": the label of the whole site a stage stands on. */
const SITE_LABEL = /\b(?:site|grounds)\b|gel[äa]nde/i;

export function siteAddress(source: ExtractedSource, draft: Draft<General>): void {
  if (!draft.venue || draft.address) return;
  for (const line of read(source).lines) {
    const cells = line.text.split('\t');
    if (cells.length !== 2) continue;
    const [label, value] = [cells[0]!.trim(), cells[1]!.trim()];
    if (labelKey(label) !== 'venue' || !SITE_LABEL.test(label) || !/\d/.test(value) || !value.includes(',') || !placeOf(value).city) continue;
    addAddress(draft, source, value, line.start + line.text.indexOf(value), 'label');
    return;
  }
}
