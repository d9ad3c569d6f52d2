/**
 * A contract's parties table stands one column per party ("⇥ Promoter ⇥ Agency", then "Contact ⇥ Ann Lee,
 * manager · tel. … ⇥ Bo Ek, agent · tel. …"): a contact row's later cells are the other parties' people,
 * each read on its own rather than run into the first cell's person.
 */
import type { Contact } from '../../interfaces.js';
import type { Draft } from '../found.js';
import type { Labelled, Reading } from '../text/index.js';
import { contactIn } from './people.js';

/** A cell opening with a capitalised first and last name ("Bo Ek, agent …"). */
const PERSON_FIRST = /^\s*\p{Lu}\p{Ll}+[ \t]+\p{Lu}/u;
/** A way to reach someone: an e-mail or a phone's digits. */
const REACH = /@|\d(?:[ ./-]?\d){6,}/;

/** The people in the cells after a labelled contact row's first one, one per cell. */
export function laterCellContacts(r: Reading, l: Labelled, country: string | null): Draft<Contact>[] {
  const rest = r.source.text.slice(l.span[1], l.line.end);
  return [...rest.matchAll(/\t([^\t]+)/g)].flatMap((m) => {
    const cell = m[1]!;
    if (!PERSON_FIRST.test(cell) || !REACH.test(cell)) return [];
    const draft = contactIn(r.source, cell, l.span[1] + m.index + 1, 'label', { country });
    return draft?.name && (draft.email || draft.phone) ? [draft] : [];
  });
}
