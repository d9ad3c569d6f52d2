/**
 * The parts of a typed export's hotel row (text/typed-rows.ts) that the stay reader does not give:
 * the hotel's name without the row's remark ("Hotel X (check-in)", "Check-in: Hotel X"), the rooming
 * line of its details ("Rooms: Ann Lee + Bo Ek (twin) / Cy Dahl (K)") as guests, and what comes with the stay
 * ("Breakfast included.") as notes. A details cell may be one flattened run of several lines, so
 * the rooming list ends where a word follows a name that is no separator.
 */
import { normalisePersonName } from '../normalise/index.js';
import { STAY_EXTRAS } from './hotel-remarks.js';

/** A check-in label that opens a hotel row's title ("Check-in: Hotel X", "Ankunft – Hotel X"). */
const CHECK_IN_LEAD = /^(?:check[- ]?in|arrival|ankunft|anreise|incheckning|llegada|arriv[ée]e|aankomst|inchecken)\s*[:–—-]\s*/iu;

/** A check-out label opening a hotel row's title ("Check-out: Hotel X", "Abreise – Hotel X"). */
const CHECK_OUT_LEAD = /^(?:check[- ]?out|departure|abreise|utcheckning|salida|d[ée]part|uitchecken)\s*[:–—-]\s*/iu;

/** The hotel a check-out row's title names ("Check-out: Hotel X" → "Hotel X"), else null. */
export function checkOutHotel(title: string): string | null {
  const lead = CHECK_OUT_LEAD.exec(title);
  return lead ? title.slice(lead[0].length).trim() || null : null;
}

/** A row's title without the row's remark: a trailing bracket ("Hôtel Y (check-in)") or a leading check-in label. */
export function hotelTitle(title: string): string {
  return title.replace(/\s*\([^()]*\)\s*$/, '').replace(CHECK_IN_LEAD, '').trim() || title;
}

const ROOMING_LABEL = /\b(?:rooms?|rooming(?: list)?|guests?|occupants?|names?|zimmer|gäste|rum|gäster|habitaciones|huéspedes|chambres|kamers|gasten)\s*:\s*/giu;
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2}`;
const BRACKET = String.raw`(?:[ \t]*\([^()]{1,20}\))?`;
const SEPARATOR = String.raw`[ \t]*(?:[+/&,;]|\band\b|\bund\b|\boch\b|\bet\b|\by\b|\ben\b)[ \t]*`;
const ROOMING_RUN = new RegExp(String.raw`^${NAME}${BRACKET}(?:${SEPARATOR}${NAME}${BRACKET})+`, 'u');
const ONE_NAME = new RegExp(NAME, 'gu');

export interface CellHit {
  value: string;
  index: number;
}

/** The guests of a rooming line in a details cell: two names at least after a rooms/guests label. */
export function roomingGuests(text: string): CellHit[] {
  for (const label of text.matchAll(ROOMING_LABEL)) {
    const from = label.index + label[0].length;
    const run = ROOMING_RUN.exec(text.slice(from));
    if (!run) continue;
    // Names inside brackets are room types ("(QQ)", "(Twin)"), not guests: blank them before reading.
    const blanked = run[0].replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
    const out: CellHit[] = [];
    for (const m of blanked.matchAll(ONE_NAME)) {
      const name = normalisePersonName(m[0]);
      if (name) out.push({ value: name, index: from + m.index });
    }
    if (out.length >= 2) return out;
  }
  return [];
}

/** "Breakfast included.": the sentence of a details cell naming what comes with the stay, from that word to its full stop. */
export function stayExtras(text: string): CellHit | null {
  const m = STAY_EXTRAS.exec(text);
  if (!m) return null;
  // It ends at a full stop (not an abbreviation's: "Breakfast incl. 06:30–10:30") or at a spaced dot or bar before the next item.
  const end = text.slice(m.index).search(/(?<!\b(?:incl|inkl|excl|exkl|approx|ca))[.;](?:\s|$)|\s[·|]\s/);
  const value = text.slice(m.index, end < 0 ? text.length : m.index + end + 1).replace(/;$/, '').trim();
  return value ? { value, index: m.index } : null;
}
