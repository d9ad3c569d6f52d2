/**
 * The meals of a calendar's agenda print (agenda-print.ts): a timed event titled by a meal is one,
 * on its day at its start time. A title naming the place after the meal word ("Dinner – Restaurant X",
 * "Lunch at X") books a restaurant: the place is the meal's name, and the location cell its address
 * (the name repeated before it dropped). The description gives the party ("Table for 7"), the
 * booking's reference ("Res. AB-12") and the phone ("Tel. …").
 */
import type { ExtractedSource, Food } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { normalisePhone, normaliseText } from '../normalise/index.js';
import { agendaPrint, LABELLED_PHONE, type AgendaEvent } from './agenda-print.js';
import { MEAL } from './food-words.js';
import { placeOf } from './place.js';

/** "Dinner – Restaurant X", "Lunch at X": the meal word, then the place. */
const MEAL_AT_PLACE = new RegExp(String.raw`^${MEAL}\s*(?:[–—:-]|\s@|\sat)\s*(\p{Lu}.+)$`, 'iu');
const MEAL_TITLE = new RegExp(String.raw`^${MEAL}\b`, 'iu');
const PARTY = /(?<![\p{L}])(?:table|party|booked)\s+(?:for|of)\s+(\d{1,3})\b/iu;
const RESERVATION = /(?<![\p{L}])(?:[Rr]es(?:ervation)?|[Bb]ooking|[Cc]onf(?:irmation)?|[Rr]ef)\.?\s*(?:no\.?|#|number)?\s*:?\s*([A-Z\d][A-Z\d-]{2,19})(?![\w-])/u;

/** The agenda print's meals; null for any other source. */
export function agendaMeals(source: ExtractedSource, country: string | null): Draft<Food>[] | null {
  const agenda = agendaPrint(source);
  if (!agenda) return null;
  return agenda.events.filter((e) => MEAL_TITLE.test(e.title.value)).map((e) => mealOf(e, country));
}

function mealOf(event: AgendaEvent, country: string | null): Draft<Food> {
  const place = MEAL_AT_PLACE.exec(event.title.value)?.[1];
  const draft: Draft<Food> = { name: place ? { ...event.title, value: normaliseText(place)! } : event.title, time: event.start };
  if (event.date) draft.date = event.date;
  if (place) {
    draft.kind = found('restaurant' as const, { ...event.title, method: 'inferred' });
    const at = event.location?.value;
    const address = at ? normaliseText(at.startsWith(place) ? at.slice(place.length).replace(/^[\s,]+/, '') : at) : null;
    if (address) {
      draft.address = { ...event.location!, value: address };
      const city = placeOf(address).city;
      if (city) draft.city = { ...event.location!, value: city, method: 'inferred' };
    }
  }
  const text = event.description?.value ?? '';
  const party = PARTY.exec(text);
  if (party) draft.guestCount = { ...event.description!, value: Number(party[1]) };
  const reference = RESERVATION.exec(text);
  if (reference) draft.bookingReference = { ...event.description!, value: reference[1]! };
  const phone = LABELLED_PHONE.exec(text);
  const number = phone ? normalisePhone(phone[1]!, country) : null;
  if (number) draft.phone = { ...event.description!, value: number.value };
  return draft;
}
