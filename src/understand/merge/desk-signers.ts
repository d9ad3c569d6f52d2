/**
 * A hotel's or restaurant's confirmation is signed by someone at its desk ("Mia Lund, Reservations
 * Team", "Front Office"), over the place's own phone and e-mail. The signer is not the advance's
 * contact: a person whose company is a desk of the place and whose line is one the place states
 * is dropped, so that the line stays the place's.
 */
import type { Contact, Food, Hotel } from '../../interfaces.js';
import type { Draft } from '../found.js';

const DESK = /^(?:the[ \t]+)?(?:reservations?|reception|front[ -](?:desk|office)|guest[ \t]+(?:services|relations)|bookings?|r[ée]servations?|rezeption|reservierung(?:en)?|recepci[óo]n|reservas?|bokning(?:en)?)(?:[ \t]+(?:team|department|dept\.?|desk|office))?$/iu;

export function withoutDeskSigners(contacts: Draft<Contact>[], places: Draft<Hotel | Food>[]): Draft<Contact>[] {
  const lines = new Set(places.flatMap((p) => [p.phone?.value, p.email?.value]).filter((v) => v));
  const deskRole = (c: Draft<Contact>) => [c.company?.value, c.role?.value].some((v) => v && DESK.test(v.trim()));
  return contacts.filter((c) => !(deskRole(c) && ((c.phone && lines.has(c.phone.value)) || (c.email && lines.has(c.email.value)))));
}
