/**
 * An advance questionnaire's questions are the organiser's words, and they name the show while
 * asking about something else: "Your slot at Harbourfest 2027 (day, stage, time)", "How are you
 * travelling to Leeds?", "Vehicle registration for the artist car park (festival site, Kelso
 * Fields)". The answers below them are the band's and are not read here.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { airportCodesForCity } from '../../reference/index.js';
import { evidenceAt, questionAnswers, read, type Labelled } from '../text/index.js';
import { lodgingNames } from './travel/phrases.js';

const CAPITALISED = String.raw`\p{Lu}[\p{L}'’-]*`;

/** "at Harbourfest 2027", "for the Kelso Open Air": a festival's own name after a preposition. */
const AT_FESTIVAL = new RegExp(
  String.raw`(?<![\p{L}])(?:at|of|for|to|on)\s+(?:the\s+)?((?:${CAPITALISED}\s+){0,3}(?:\p{Lu}\p{L}*(?:festival(?:en|et)?|fest)|Festival|Open\s+Air)(?:\s+(?:19|20)\d{2})?)(?![\p{L}\d])`,
  'u',
);

/** "(festival site, Kelso Fields)", "festival grounds: Kelso Fields": the site's name in apposition. */
const FESTIVAL_SITE = new RegExp(
  String.raw`(?<![\p{L}])(?:festival|event)\s+(?:site|grounds?|area)\s*(?:[,:–—-]|is|at)\s*((?:${CAPITALISED})(?:\s+${CAPITALISED}){0,3})\s*(?=[),.;]|$)`,
  'u',
);

/** "How are you travelling to Leeds?", "getting to Leeds": the trip ends in the show's city (a known one). */
const TRAVEL_TO = new RegExp(
  String.raw`(?<![\p{L}])(?:travel(?:l)?ing|getting|coming|driving|flying|get|travel|come)\s+(?:(?:up|down|over)\s+)?to\s+(${CAPITALISED}(?:\s+${CAPITALISED})?)(?![\p{L}])`,
  'u',
);

/** The questions of a questionnaire answered inline (three or more answered), as written on their lines. */
function questionsOf(source: ExtractedSource): Labelled[] {
  const r = read(source);
  return questionAnswers(source, r.lines);
}

function setFrom(source: ExtractedSource, q: Labelled, m: RegExpExecArray): { value: string; span: [number, number] } {
  const value = m[1]!.replace(/\s+/g, ' ').trim();
  const at = q.line.start + m.index + m[0].indexOf(m[1]!);
  return { value, span: [at, at + m[1]!.length] };
}

/** The event, festival site (as the venue) and city a questionnaire's questions name, where nothing else gave them. */
export function fromFormQuestions(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.eventName && draft.venue && draft.city) return;
  for (const q of questionsOf(source)) {
    const text = q.line.text;
    const event = draft.eventName ? null : AT_FESTIVAL.exec(text);
    if (event) {
      const hit = setFrom(source, q, event);
      draft.eventName = found(hit.value, evidenceAt(source, hit.span, 'pattern'));
    }
    const site = draft.venue ? null : FESTIVAL_SITE.exec(text);
    if (site && !lodgingNames(site[1]!).length) {
      const hit = setFrom(source, q, site);
      draft.venue = found(hit.value, evidenceAt(source, hit.span, 'pattern'));
    }
    const trip = draft.city ? null : TRAVEL_TO.exec(text);
    if (trip && airportCodesForCity(trip[1]!).length) {
      const hit = setFrom(source, q, trip);
      draft.city = found(hit.value, evidenceAt(source, hit.span, 'pattern'));
    }
  }
}
