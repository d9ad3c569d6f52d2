/**
 * A contract's declarations name the show's place by its kind and a "called" word, its address after a
 * "located" word: "opera el recinto denominado SALA X, ubicado en Calle Y 12, Col. Z, C.P. 97000, Ciudad,
 * Estado, con un aforo de …", "the venue known as The Hall, located at 12 Mill Lane, Leeds". The name runs to
 * the comma, the address to the clause that goes on ("con", "with", a bracket, the sentence's stop), over the
 * lines a narrow column wraps it onto. A name written in capitals is given unshouted, as running text writes it.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { evidenceAt } from '../text/index.js';
import { addAddress } from './general-venue.js';
import { unshout } from './general-act.js';
import { placeOf } from './place.js';

const LOCATED_VENUE = /(?<![\p{L}])(?:recinto|foro|local|sala|teatro|auditorio|espacio|espaço|salle|venue|hall)\s+(?:denominad[oa]|llamad[oa]|conocid[oa] como|dénommée?|known as|called)\s+([^,\n]{2,60}?),\s*(?:ubicad[oa]|situad[oa]|localizad[oa]|sit[oa]|située?|located|situated)\s+(?:en|na|no|em|à|au|at|in)\s+([^;()]{6,200}?)(?=,\s*(?:con|com|avec|with|donde|where|en (?:el|la) que)(?![\p{L}])|\s*[;(]|(?<=\p{Ll}{3})\.\s+\p{Lu}|\.?\s*$)/u;

export function venueFromLocatedName(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.venue) return;
  const text = source.text.replace(/\n/g, ' ');
  const m = LOCATED_VENUE.exec(text);
  if (!m || !/^\p{Lu}/u.test(m[1]!)) return;
  const address = m[2]!.replace(/\s+/g, ' ');
  if (!placeOf(address).city) return;
  const venueAt = m.index + m[0].indexOf(m[1]!);
  const addressAt = m.index + m[0].lastIndexOf(m[2]!);
  draft.venue = found(unshout(m[1]!.trim()), evidenceAt(source, [venueAt, venueAt + m[1]!.length], 'pattern'));
  addAddress(draft, source, m[2]!, addressAt, 'pattern');
}
