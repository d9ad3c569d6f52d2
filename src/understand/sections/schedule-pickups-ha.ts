/**
 * A ride written as a Hausa sentence, as coordinators in northern Nigeria write them in chats:
 * "Sule zai ɗauke ku daga Otal Tamarind ƙarfe 5 na yamma zuwa dakin taro" (Sule will pick you up from
 * Hotel Tamarind at 5 in the afternoon to the hall), "zai kai ku zuwa filin jirgi" (will take you to the
 * airport). A transfer at the sentence's time (the Hausa clock is read as a 24-hour one already,
 * text/hausa-clock.ts), from the place after "daga" (from), to the place after "zuwa" (to); named by
 * the message's own label before a colon when it names a ride ("Venue pickup kuma:" → "Venue pickup"),
 * "Airport drop-off" when a flight or the airport follows the destination, else "Transfer"; dated by a day word before it ("Litinin:", "ranar Juma'a").
 */
import type { ExtractedSource } from '../../interfaces.js';
import { found } from '../found.js';
import { findTimes } from '../normalise/index.js';
import { evidenceAt } from '../text/index.js';
import type { ScheduleItem } from './schedule.js';
import { dayNamedBefore } from './schedule-pickups.js';
import { rideSentences } from './ride-sentences.js';

/** The driver's verbs: pick up ("ɗauke", "ɗauko", also without the hooked d), take ("kai"), bring ("kawo"), after the future "zai"/"za su"/"za ta". */
const RIDE_VERB = /(?<!\p{L})(?:zai|za su|za ta|zasu|zata|za mu)\s+(?:(?:ɗ|d)auk[eoa]r?|kai|kawo)\s+(?:ku|mu|su|ki|ka|shi|ta)(?!\p{L})/iu;
/** Where a place's words stop: a linking word, a time, the clause's end. */
const PLACE = String.raw`([^,.;!?\n\d]+?)(?=\s+(?:zuwa|daga|for|ƙarfe|karfe|da|domin)(?!\p{L})|\s*\d{1,2}(?:[:.]\d|\s*[ap]m)|[,.;!?\n\u200B]|\s{2}|$)`;
const FROM = new RegExp(String.raw`(?<!\p{L})daga\s+` + PLACE, 'iu');
const TO = new RegExp(String.raw`(?<!\p{L})zuwa\s+` + PLACE, 'iu');
/** A flight or the airport ("filin jirgi", the airfield) named after the destination. */
const FLIGHT = /(?<!\p{L})(?:flight|airport|filin jirgi\p{L}*|jirgin sama)(?!\p{L})/iu;
/** A ride's word in the label opening the message ("Venue pickup kuma:"). */
const RIDE_LABEL = /^\s*((?:[\p{L}-]+\s+){0,2}?(?:pick[- ]?up|drop[- ]?off|transfer|shuttle))(?:\s+kuma)?\s*:/iu;

export function hausaRideItems(source: ExtractedSource, prose: { text: string; offset: number }, ref: Date | null): ScheduleItem[] {
  const items: ScheduleItem[] = [];
  for (const s of rideSentences(prose.text, RIDE_VERB)) {
    const { text: sentence, verb } = s;
    const afterVerb = sentence.slice(verb.index + verb[0].length);
    const time = findTimes(afterVerb)[0];
    const to = TO.exec(afterVerb);
    const from = FROM.exec(afterVerb);
    if (!time || (!to && !from)) continue;
    const base = prose.offset + s.index + verb.index + verb[0].length;
    const label = RIDE_LABEL.exec(prose.text.slice(0, s.index + verb.index));
    // "… zuwa airport for the 09:40 flight", "zuwa filin jirgi": a ride to the flight is the airport drop-off.
    const toFlight = to && FLIGHT.test(afterVerb.slice(to.index));
    const name = label ? label[1]!.replace(/\s+/g, ' ') : toFlight ? 'Airport drop-off' : 'Transfer';
    const verbAt = prose.offset + s.index + verb.index;
    const item: ScheduleItem = {
      name: found(name, evidenceAt(source, label ? [prose.offset + label.index + label[0].indexOf(label[1]!), prose.offset + label.index + label[0].indexOf(label[1]!) + label[1]!.length] : [verbAt, verbAt + verb[0].length], 'pattern')),
      kind: found('transfer', evidenceAt(source, [verbAt, verbAt + verb[0].length], 'pattern')),
      start: found(time.value, evidenceAt(source, [base + time.index, base + time.index + time.length], 'pattern', true)),
    };
    const place = (m: RegExpExecArray) => {
      const value = m[1]!.replace(/\s+/g, ' ').trim();
      const at = base + m.index + m[0].length - m[1]!.length;
      return found(value, evidenceAt(source, [at, at + m[1]!.length], 'pattern'));
    };
    if (from && from[1]!.trim()) item.location = place(from);
    if (to && to[1]!.trim()) item.destination = place(to);
    const day = ref ? dayNamedBefore(prose.text, s.index + verb.index, ref) : null;
    if (day) item.date = found(day.value, evidenceAt(source, [prose.offset + day.index, prose.offset + day.index + day.length], 'pattern', true));
    items.push(item);
  }
  return items;
}
