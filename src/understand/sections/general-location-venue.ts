/**
 * A venue's own form may head its place row with a word for any place ("Locatie", "Location", "Lieu")
 * over the address row ("Locatie ⇥ Poppodium X (grote zaal)" / "Adres ⇥ Street 3, City"): a name there,
 * right above the address, is the venue's.
 */
import type { Labelled } from '../text/index.js';

/** Whether place row `l` names the venue: a capitalised name without digits, the next row the address. */
export function placeRowNamesVenue(labelled: Labelled[], l: Labelled): boolean {
  if (!/^\s*\p{Lu}/u.test(l.value) || /\d/.test(l.value)) return false;
  const next = labelled[labelled.indexOf(l) + 1];
  return next?.key === 'address' && next.line.index === l.line.index + 1;
}
