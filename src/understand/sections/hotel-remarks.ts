/**
 * Remarks on a stay written after a middle dot on a labelled line: "Booking ref: MA-2231 · Breakfast
 * included", "Rooms: 3 · parking in the courtyard". The remark is the hotel's notes and not part of
 * the labelled value (a label after the dot is split off by the label reader already).
 */
import type { Labelled } from '../text/index.js';

/** What comes with a stay ("Breakfast is included", "parking €15 a night"), in the supported languages. */
// Not \b: it needs an ASCII letter beside it, so "Śniadanie" at a line's start would not count.
export const STAY_EXTRAS = /(?<![\p{L}])(?:breakfast|parking|frühstück|frukost|frokost|morgenmad|desayuno|aparcamiento|petit[- ]d[ée]jeuner|ontbijt|colazione|[śs]niadanie|pequeno-almoço|café da manhã|estacionamento|aamiai\p{L}*|reggeli\p{L}*|doru[čc]\p{L}*|sn[íi]dan\p{L}*|ra[ňn]ajk\p{L}*|esmorzar|kahvalt\p{L}*|zajtrk\p{L}*|aparcament|otopark|завтрак\p{L}*|сніданок|сніданк\p{L}*|појад\p{L}*|nonushta\p{L}*|ناشت[ہےا])/iu;

export interface DotRemark {
  /** The remark, without the dot. */
  value: string;
  /** Its offset in the source. */
  start: number;
  /** Where the labelled value ends before the dot (its length). */
  cut: number;
}

/** A sentence's end inside a segment: "Breakfast included. Rooming: …" goes on about something else. */
const SENTENCE_END = /(?<=\p{L}{2}|\))[.!]\s+(?=\p{Lu})/u;

/**
 * The first segment after a "·" or "•" in a labelled value (or a printed stay line) that remarks on
 * the stay, up to its sentence's end.
 */
export function dotRemark(l: Pick<Labelled, 'value' | 'span'>): DotRemark | null {
  // The segment ends on its last letter, so the space before the next dot opens the next segment.
  for (const m of l.value.matchAll(/\s+[·•]\s+([^·•]*[^·•\s])/g)) {
    const value = m[1]!.split(SENTENCE_END)[0]!.trim().replace(/[.;]$/, '');
    if (!STAY_EXTRAS.test(value)) continue;
    return { value, start: l.span[0] + m.index + m[0].indexOf(m[1]!), cut: m.index };
  }
  return null;
}

/** A line opening with a label of its own ("Confirmation: …", "Rooming: …"): the stay's next fact, not its remark going on. */
const LABEL_LINE = /^[ \t>]*\p{Lu}[\p{L} -]{0,30}:[ \t]/u;

/**
 * A stay's remark sentence without what is not said about the stay: the lines after it holding no
 * word (a chat's reaction count "🎉 3" or a follow-up's time "2:16") or opening with a label (an
 * unpunctuated block's "Confirmation: AB-12" below "breakfast included"), and a booking code opening it
 * ("HX-40217, breakfast included" after "Conf. no." ended a sentence).
 */
export function trimmedStayRemark(sentence: string): string {
  const lines = sentence.split('\n');
  const remarked = lines.findIndex((line) => STAY_EXTRAS.test(line));
  const worded = lines.findIndex((line, i) => i > 0 && (!/\p{L}/u.test(line) || (i > remarked && LABEL_LINE.test(line))));
  // A quoted message's marks (">> Breakfast included.") open no part of the remark.
  const kept = (worded < 0 ? lines : lines.slice(0, worded)).join('\n').replace(/^[\s>]+/, '').trim();
  return kept.replace(/^(?=[\p{L}\d-]*\d)[\p{Lu}\d][\p{Lu}\d/-]{3,},\s+(?=\p{L})/u, '');
}

/** How far below a stay's last value a remark standing on its own line is still the stay's (non-blank lines). */
const REMARK_LINES = 2;

/**
 * A remark on the stay standing as a line of its own right below the stay's values ("Breakfast
 * included."): a short sentence naming what comes with the stay (or short "·" segments), no label
 * in front of it.
 */
export function remarkLineAfter(text: string, offset: number): { value: string; index: number } | null {
  let end = text.indexOf('\n', offset);
  for (let k = 0; k < REMARK_LINES && end >= 0; ) {
    const start = end + 1;
    end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? undefined : end);
    if (!line.trim()) continue;
    k++;
    const value = line.trim();
    // Extras written one after the other stand in short "·" segments ("Breakfast 07:00–10:00 · parking in the yard").
    const short = value.split(/\s+[·•]\s+/).every((segment) => segment.split(/\s+/).length <= 6);
    // A label's colon makes it another fact; a clock time's ("07:00") does not.
    if (short && !/\t|(?<!\d):|:(?!\d)/.test(value) && STAY_EXTRAS.test(value)) return { value, index: start + line.indexOf(value) };
  }
  return null;
}

/**
 * A remark cut off at its cell's edge ("No parking at the hotel –" ⇥ "use the public car park, …"): a
 * value ending in a dash or comma, and a next cell going on in lower case, are one remark.
 */
export function runOnRemark(text: string, l: Pick<Labelled, 'value' | 'span' | 'line'>): { value: string; end: number } | null {
  if (!/[–—,;-]\s*$/.test(l.value)) return null;
  const rest = text.slice(l.span[1], l.line.end);
  const m = /^\t+(\p{Ll}[^\t]*)/u.exec(rest);
  if (!m) return null;
  const more = m[1]!.trimEnd();
  return { value: `${l.value.trimEnd()} ${more}`, end: l.span[1] + m[0].length - m[1]!.length + more.length };
}

/**
 * A remark wrapped onto the next line, indented under its value: "Requests: quiet rooms, away from the" over
 * "                 lift." — a value that ends no sentence, and a lower-case line below it, are one remark.
 */
export function wrappedRemark(text: string, l: Pick<Labelled, 'value' | 'span' | 'line'>): { value: string; end: number } | null {
  if (/[.!?)]\s*$/.test(l.value) || text.slice(l.span[1], l.line.end).trim()) return null;
  const m = /^\r?\n[ \t]{2,}(\p{Ll}[^\t\n:]{0,80}?)[ \t]*(?=\r?\n|$)/u.exec(text.slice(l.line.end));
  if (!m || / {2,}/.test(m[1]!)) return null;
  return { value: `${l.value.trimEnd()} ${m[1]}`, end: l.line.end + m[0].trimEnd().length };
}
