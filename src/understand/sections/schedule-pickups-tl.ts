/**
 * A ride written as a Tagalog sentence, as drivers and coordinators in the Philippines write them in
 * chats: "susunduin kayo sa lobby ng 9:00am papuntang airport" (we'll fetch you from the lobby at 9
 * to the airport), "abang ako sa arrivals, Gate 4, tapos diretso tayo sa hotel" (I'll wait at
 * arrivals, then straight to the hotel), "ihahatid kayo pabalik ng hotel 1:00am, sa side door ang
 * sakay" (we'll drive you back to the hotel, boarding at the side door). A transfer named
 * "Transfer", at the sentence's time, from the place after "sa", to the place after "papuntang",
 * "papunta sa", "diretso … sa" or "pabalik ng"; dated by a day word in the sentence ("bukas", "sa Linggo").
 */
import type { ExtractedSource } from '../../interfaces.js';
import { found } from '../found.js';
import { findTimes } from '../normalise/index.js';
import { evidenceAt } from '../text/index.js';
import type { ScheduleItem } from './schedule.js';
import { dayNamedBefore } from './schedule-pickups.js';
import { rideSentences } from './ride-sentences.js';

/** The driver's verbs: fetch, take (back), wait for. */
const RIDE_VERB = /(?<!\p{L})(?:susunduin|sunduin|sinusundo|ihahatid|ihatid|hahatid|abang|aabangan|aantayin|hihintayin)(?!\p{L})/iu;
/** Where a place's words stop: a linking word, a time, the clause's end. */
const PLACE = String.raw`([^,.;!?\n]+?(?:,\s*[\p{Lu}\d][^,.;!?\n]*?)*?)(?=\s+(?:ng|para|sa|tapos|ang|kung|papunta\p{L}*|diretso|pabalik)(?!\p{L})|\s+\d{1,2}(?:[:.]\d|\s*[ap]m)|,(?!\s*[\p{Lu}\d])|[.;!?\n]|$)`;
const FROM = new RegExp(String.raw`(?<!(?:papunta|diretso(?:\s+(?:tayo|kami|kayo))?|para)\s+)(?<!\p{L})[Ss]a\s+(?!ang\b)` + PLACE, 'u');
const TO = new RegExp(String.raw`(?<!\p{L})(?:papuntang|papunta\s+sa|diretso(?:\s+(?:tayo|kami|kayo))?\s+sa|pabalik\s+(?:ng|sa))\s+` + PLACE, 'u');
/** Day words are no places ("sa Linggo"). */
const DAY_WORD = /^(?:lunes|martes|miyerkules|huwebes|biyernes|sabado|linggo|umaga|hapon|gabi)$/iu;

/** Whether `text` tells of a ride with a time and a destination, as a sentence this module reads. */
export function tellsRide(text: string): boolean {
  return RIDE_VERB.test(text) && TO.test(text) && findTimes(text).length > 0;
}

export function tagalogRideItems(source: ExtractedSource, prose: { text: string; offset: number }, ref: Date | null): ScheduleItem[] {
  const items: ScheduleItem[] = [];
  for (const s of rideSentences(prose.text, RIDE_VERB)) {
    const { text: sentence, verb } = s;
    const time = findTimes(sentence)[0];
    const to = TO.exec(sentence);
    const afterVerb = sentence.slice(verb.index + verb[0].length);
    const from = FROM.exec(afterVerb);
    if (!time || !to || !from || DAY_WORD.test(from[1]!.trim())) continue;
    const base = prose.offset + s.index;
    const item: ScheduleItem = {
      name: found('Transfer', evidenceAt(source, [base + verb.index, base + verb.index + verb[0].length], 'pattern')),
      kind: found('transfer', evidenceAt(source, [base + verb.index, base + verb.index + verb[0].length], 'pattern')),
      start: found(time.value, evidenceAt(source, [base + time.index, base + time.index + time.length], 'pattern', true)),
    };
    const fromAt = base + verb.index + verb[0].length + from.index + from[0].length - from[1]!.length;
    item.location = found(from[1]!.replace(/\s+/g, ' ').trim(), evidenceAt(source, [fromAt, fromAt + from[1]!.length], 'pattern'));
    const toAt = base + to.index + to[0].length - to[1]!.length;
    item.destination = found(to[1]!.replace(/\s+/g, ' ').trim(), evidenceAt(source, [toAt, toAt + to[1]!.length], 'pattern'));
    const day = ref ? dayNamedBefore(prose.text, s.index + time.index, ref) : null;
    if (day) item.date = found(day.value, evidenceAt(source, [prose.offset + day.index, prose.offset + day.index + day.length], 'pattern', true));
    items.push(item);
  }
  return items;
}
