/**
 * A ride written as a Tanglish sentence (Tamil in Latin letters), as runners and drivers in Tamil Nadu
 * write them in chats: "naalaikku kaalai 9:15 ku hotel lobby la pickup – Lake Hall ku" (tomorrow at
 * 9:15 pick-up at the hotel lobby, to Lake Hall), "2:40 ku arrivals Gate 2 la irupen" (I'll be at
 * arrivals), "gig mudinjathum hall la irundhu 12:10 ku hotel ku kilambalaam" (we set off from the
 * venue to the hotel), "kaalai 6:30 lobby – airport drop". Tamil marks places with postpositions after
 * them: "X la" (at), "X la irundhu" / "X lendhu" (from), "X ku" (to). A transfer at the sentence's
 * time, from the "la" place, to the "ku" place after the time (or the place before "drop"), dated by
 * a day word in the sentence ("naalaikku", "Sani kizhamai") or else by the message's day. Named
 * "Pickup" or "Drop" after the sentence's word for it.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { found } from '../found.js';
import { findTimes } from '../normalise/index.js';
import { TANGLISH } from '../normalise/tamil-clock.js';
import { evidenceAt } from '../text/index.js';
import type { ScheduleItem } from './schedule.js';
import { dayNamedBefore } from './schedule-pickups.js';

/** The ride's words: pick-up, drop, setting off ("kilambalaam"). */
const RIDE_WORD = /(?<!\p{L})(?:pick[\s-]?up|pick\s+pann\p{L}*|drop|kilamb\p{L}*)(?!\p{L})/iu;
/** "I'll be / he'll be / we'll wait at": a ride only where the place is one travellers arrive at. */
const WAIT_WORD = /(?<!\p{L})(?:irupen|iruppen|irupaaru|iruppaaru|irupom|iruppom|wait\s+pann\p{L}*)(?!\p{L})/iu;
/** A ride to or from the airport: "arrivals", "airport", "terminal", or a flight named with it. */
const AIRPORT = /(?<!\p{L})(?:arrivals?|airport|terminal|flight)(?!\p{L})/iu;
const ARRIVAL_PLACE = /(?<!\p{L})(?:arrivals?|airport|terminal|gate|station)(?!\p{L})/iu;
/** A place: words up to its postposition, no clause mark inside. */
const WORDS = String.raw`([\p{L}\d][^,.;!?–—\n:]*?)`;
const AT = new RegExp(String.raw`^\s*(?:kk?u\s+)?${WORDS}\s+(?:la|le)(?:\s+(?:irundhu|irunthu|irundu))?(?!\p{L})`, 'iu');
const FROM = new RegExp(String.raw`${WORDS}\s+(?:la\s+(?:irundhu|irunthu|irundu)|lendhu|lerndhu)(?!\p{L})`, 'iu');
/** "lobby –": a short place right after the time, ended by a dash. */
const AT_BEFORE_DASH = /^\s*(?:kk?u\s+)?([\p{L}\d'’]+(?: [\p{L}\d'’]+){0,2})\s*[–—-]\s/iu;
const TO = new RegExp(String.raw`(?:^|[–—-]\s*|\s)${WORDS}\s+kk?u(?!\p{L})`, 'iu');
const TO_DROP = /([\p{Lu}\d][\p{L}\d'’]*(?:\s+[\p{Lu}\d][\p{L}\d'’]*){0,3})\s+drop(?!\p{L})/u;
/** "Straight-a X ku": the next sentence may say where the ride goes. */
const STRAIGHT_ON = new RegExp(String.raw`^\s*(?:straight|nera|direct)(?:-?a)?\s+${WORDS}\s+kk?u(?!\p{L})`, 'iu');

interface Place { text: string; at: number }

/** "Pack-down mudinjathum hall": a clause ending in "-thum" (once … is done) goes before the place. */
const ONCE_DONE = /^.*(?<!\p{L})\p{L}+(?:thum|dhum)\s+/iu;

function place(m: RegExpExecArray | null, base: number): Place | null {
  if (!m) return null;
  const text = m[1]!.replace(ONCE_DONE, '').replace(/\s+/g, ' ').trim();
  return text ? { text, at: base + m.index + m[0].indexOf(text) } : null;
}

export function tanglishRideItems(source: ExtractedSource, prose: { text: string; offset: number }, ref: Date | null): ScheduleItem[] {
  const items: ScheduleItem[] = [];
  if (!TANGLISH.test(prose.text)) return items;
  const sentences = [...prose.text.matchAll(/(?:[^.!?\n]|[.!?](?!\s|$))+(?:[.!?]|\n|$)/gu)];
  sentences.forEach((s, n) => {
    const sentence = s[0];
    const word = RIDE_WORD.exec(sentence) ?? WAIT_WORD.exec(sentence);
    const time = findTimes(sentence)[0];
    if (!word || !time || !TANGLISH.test(sentence)) return;
    const afterTime = sentence.slice(time.index + time.length);
    const at = place(AT.exec(afterTime), time.index + time.length) ?? place(AT_BEFORE_DASH.exec(afterTime), time.index + time.length);
    const from = place(FROM.exec(sentence.slice(0, time.index)), 0);
    const location = from ?? at;
    const waits = !RIDE_WORD.test(sentence);
    if (!location || (waits && !ARRIVAL_PLACE.test(location.text))) return;
    const afterPlace = location === at ? location.at + location.text.length - time.index - time.length : 0;
    // Only a "ku" after the time and place is where the ride goes; one before it is a purpose or a person ("dinner ku", "Asha ku").
    const toText = afterTime.slice(afterPlace);
    const next = sentences[n + 1];
    const to = place(TO.exec(toText), time.index + time.length + afterPlace) ?? place(TO_DROP.exec(sentence), 0);
    const onward = !to && next ? place(STRAIGHT_ON.exec(next[0]), next.index - s.index) : null;
    const base = prose.offset + s.index;
    const span = (p: { at: number; text: string }): [number, number] => [base + p.at, base + p.at + p.text.length];
    const wordSpan = span({ at: word.index, text: word[0] });
    const kind = /drop/i.test(word[0]) ? 'drop' : /pick|irup|wait/i.test(word[0]) ? 'pickup' : null;
    const name = kind ? (AIRPORT.test(sentence) ? `Airport ${kind}` : kind[0]!.toUpperCase() + kind.slice(1)) : 'Transfer';
    const item: ScheduleItem = {
      name: found(name, evidenceAt(source, wordSpan, 'pattern')),
      kind: found('transfer', evidenceAt(source, wordSpan, 'pattern')),
      start: found(time.value, evidenceAt(source, span({ at: time.index, text: sentence.slice(time.index, time.index + time.length) }), 'pattern', true)),
      location: found(location.text, evidenceAt(source, span(location), 'pattern')),
    };
    const destination = to ?? onward;
    if (destination) item.destination = found(destination.text, evidenceAt(source, span(destination), 'pattern'));
    const day = ref ? dayNamedBefore(prose.text, s.index + time.index, ref) : null;
    if (day) item.date = found(day.value, evidenceAt(source, [prose.offset + day.index, prose.offset + day.index + day.length], 'pattern', true));
    else if (ref) item.date = found(ref.toISOString().slice(0, 10), evidenceAt(source, span({ at: time.index, text: sentence.slice(time.index, time.index + time.length) }), 'inferred', true));
    items.push(item);
  });
  return items;
}
