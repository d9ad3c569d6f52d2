/**
 * Remarks on a stay written after a middle dot on a labelled line: "Booking ref: MA-2231 · Breakfast
 * included", "Rooms: 3 · parking in the courtyard". The remark is the hotel's notes and not part of
 * the labelled value (a label after the dot is split off by the label reader already).
 */
import type { Labelled } from '../text/index.js';

/** What comes with a stay ("Breakfast is included", "parking €15 a night"), in the supported languages. */
// Not \b: it needs an ASCII letter beside it, so "Śniadanie" at a line's start would not count.
export const STAY_EXTRAS = /(?<![\p{L}])(?:breakfast|parking|frühstück|frukost|frokost|morgenmad|desayuno|aparcamiento|petit[- ]d[ée]jeuner|ontbijt|colazione|[śs]niadanie|pequeno-almoço|café da manhã|estacionamento|aamiai\p{L}*|reggeli\p{L}*|doru[čc]\p{L}*|esmorzar|kahvalt\p{L}*|aparcament|otopark)/iu;

export interface DotRemark {
  /** The remark, without the dot. */
  value: string;
  /** Its offset in the source. */
  start: number;
  /** Where the labelled value ends before the dot (its length). */
  cut: number;
}

/** The first segment after a "·" or "•" in a labelled value that remarks on the stay. */
export function dotRemark(l: Labelled): DotRemark | null {
  for (const m of l.value.matchAll(/\s+[·•]\s+([^·•]+)/g)) {
    const value = m[1]!.trim().replace(/[.;]$/, '');
    if (!STAY_EXTRAS.test(value)) continue;
    return { value, start: l.span[0] + m.index + m[0].indexOf(m[1]!), cut: m.index };
  }
  return null;
}

/** How far below a stay's last value a remark standing on its own line is still the stay's (non-blank lines). */
const REMARK_LINES = 2;

/**
 * A remark on the stay standing as a line of its own right below the stay's values ("Breakfast
 * included."): a short sentence naming what comes with the stay, no label in front of it.
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
    if (value.split(/\s+/).length <= 6 && !/[:\t]/.test(value) && STAY_EXTRAS.test(value)) return { value, index: start + line.indexOf(value) };
  }
  return null;
}
