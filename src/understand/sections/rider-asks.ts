/**
 * A rider states what the act asks for: the dressing-room catering, a hot dinner or its buyout, the
 * rooms it needs. Nothing in it is booked yet, so a source that is a rider (documents.ts) gives no
 * meal and no stay; the venue's or promoter's answer, or the hotel's confirmation, does.
 *
 * A venue may answer on the rider itself, typing its reply under each ask ("VENUE: Dinner booked -
 * Brasserie X, …"): a line stating that a meal is booked, with the lines under it up to the next
 * heading, arrow remark or blank line, is such an answer (bookedMealAnswers).
 *
 * A rider written for one show may carry the promoter's booking on its show page: a hotel block headed
 * as booked ("HOTEL (booked by the promoter)", "Accommodation: booked by the venue") is a stay, its
 * label rows down to the next blank line or heading (bookedStayBlock).
 */
import type { ExtractedSource } from '../../interfaces.js';
import { read } from '../text/index.js';
import { categorise } from './documents.js';
import { MEAL } from './food-words.js';

/** True when the source is a rider: its hospitality part is asks, not bookings. */
export function asksOnly(source: ExtractedSource): boolean {
  return categorise(source) === 'rider';
}

const BOOKED = /(?<![\p{L}])(?:booked|reserved|confirmed|gebucht|reserviert|bestätigt|bokad|bokat|reservad[oa]|confirmad[oa]|r[ée]serv[ée]e?|confirm[ée]e?|gereserveerd|geboekt|prenotat[oa])(?![\p{L}])/iu;
const MEAL_WORD = new RegExp(String.raw`(?<![\p{L}])${MEAL}(?![\p{L}])`, 'iu');
/** Asks use a booking word too ("dinner must be booked", "please confirm the dinner"). */
const ASKING = /(?<![\p{L}])(?:please|must|should|required?|needs? to|bitte|muss|por favor|merci de|s'il vous pla[îi]t|graag)(?![\p{L}])/iu;
/** Where an answer ends: a numbered or capitalised heading, an arrow remark ("-> ok", "=> no buyout"). */
const ANSWER_END = /^\s*(?:\d{1,2}[.)]\s+\p{Lu}|(?:->|=>|→)|[\p{Lu}\d][\p{Lu}\d &/().-]{3,}$)/u;
const ANSWER_LINES = 4;
/**
 * The answer box a rider leaves for the promoter ("PROMOTER RESPONSE: Warm dinner from X at 19:30 …", "Venue answer:"):
 * what is written in it is the answer, booked with or without a booking word.
 */
const ANSWER_LABEL = /^\s*(?:promoter|venue|purchaser|buyer|organi[sz]er|presenter)(?:['’]s)?[ \t]+(?:response|answer|reply)[ \t]*:/iu;

/** The rider with everything blanked but the venue's answers booking a meal; null when it has none. */
export function bookedMealAnswers(source: ExtractedSource): ExtractedSource | null {
  return keptBlocks(source, (line) => (BOOKED.test(line) || ANSWER_LABEL.test(line)) && MEAL_WORD.test(line) && !ASKING.test(line), ANSWER_LINES);
}

/** A line opening with a lodging word: the head of a hotel block or a hotel label row. */
const STAY_HEAD = /^\s*(?:hotels?|hotell|h[ôo]tel|accommodation|lodging|unterkunft|[üu]bernachtung|boende|alojamiento|h[ée]bergement|logement|accommodatie|overnachting|albergo|alloggio|nocleg|zakwaterowanie)(?![\p{L}])/iu;
/** A show page's hotel block: name, address, phone, check-in, check-out, rooms, reference, breakfast. */
const STAY_LINES = 10;

/** The rider with everything blanked but a hotel block headed as booked; null when it has none. */
export function bookedStayBlock(source: ExtractedSource): ExtractedSource | null {
  return keptBlocks(source, (line) => STAY_HEAD.test(line) && BOOKED.test(line) && !ASKING.test(line), STAY_LINES);
}

/**
 * The source with everything blanked (offsets kept) but the blocks opened by a line `opens` accepts, each
 * with the lines under it up to `most` lines in all, the next heading, arrow remark or blank line; null when none opens.
 */
function keptBlocks(source: ExtractedSource, opens: (line: string) => boolean, most: number): ExtractedSource | null {
  const lines = read(source).lines;
  const keep: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!opens(lines[i]!.text)) continue;
    let last = i;
    while (last + 1 < lines.length && last + 1 - i < most) {
      const next = lines[last + 1]!.text;
      if (!next.trim() || ANSWER_END.test(next)) break;
      last++;
    }
    keep.push([lines[i]!.start, lines[last]!.end]);
    i = last;
  }
  if (!keep.length) return null;
  let text = '';
  let from = 0;
  for (const [start, end] of keep) {
    text += source.text.slice(from, start).replace(/[^\n]/g, ' ') + source.text.slice(start, end);
    from = end;
  }
  text += source.text.slice(from).replace(/[^\n]/g, ' ');
  return { ...source, text };
}
