/**
 * A day sheet's contacts block often lists the hotel's front desk as a row of its own ("Hotel ⇥ Grand
 * Quay – reception ⇥ 01 …"): the row names a desk of a place, not a person. Its number is that place's
 * phone (given to the place when it has none) and the row is no contact. A row is a place's desk when
 * its name says reception/front desk/reservations and it names the place (a word of the place's name)
 * or its role is the kind of place ("Hotel", "Restaurant").
 */
import type { Contact, Food, Hotel } from '../../interfaces.js';
import { foldText } from '../../reference/index.js';
import type { Draft } from '../found.js';

const DESK_WORD = /\b(?:reception|front[ -]?desk|front[ -]office|reservations?|concierge|rezeption|recepci[óo]n|r[ée]ception|receptie|receptionen|vastaanotto)\b/iu;
const PLACE_ROLE = /^(?:hotel|hotell?et|lodging|accommodation|restaurant|caterer|catering|hôtel|unterkunft|alojamiento)$/iu;
/** Words of a place's name that tell nothing apart ("Hotel", "The"). */
const GENERIC = new Set(['hotel', 'the', 'inn', 'house', 'restaurant', 'and', 'de', 'la', 'le', 'der', 'die', 'das']);

function nameWords(name: string): string[] {
  return foldText(name).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && !GENERIC.has(w));
}

/** The place whose desk the contact row is, if any. */
function placeOfDesk(c: Draft<Contact>, places: Draft<Hotel | Food>[]): Draft<Hotel | Food> | undefined {
  const name = c.name?.value;
  if (!name || !DESK_WORD.test(name)) return undefined;
  const words = new Set(nameWords(name));
  const named = places.find((p) => p.name && nameWords(p.name.value).some((w) => words.has(w)));
  if (named) return named;
  // "Hotel ⇥ Reception": with one place of that kind, the role says which.
  const role = c.role?.value.trim() ?? '';
  const hotels = places.filter((p) => 'checkInDate' in p || 'rooms' in p || 'guests' in p);
  return PLACE_ROLE.test(role) && /hot|lodg|accom|unterk|aloj/iu.test(role) && hotels.length === 1 ? hotels[0] : undefined;
}

/** The contacts without the places' desk rows; a desk row's phone and e-mail fill its place's missing ones. */
export function withoutPlaceDeskRows(contacts: Draft<Contact>[], places: Draft<Hotel | Food>[]): Draft<Contact>[] {
  return contacts.filter((c) => {
    const place = placeOfDesk(c, places);
    if (!place) return true;
    if (c.phone) place.phone ??= c.phone;
    if (c.email) place.email ??= c.email;
    return false;
  });
}
