/**
 * Slovenian and Serbian words for the items of a show day, added to the kinds' patterns of
 * activity-kinds.ts as the Czech ones are, and bounded the same way (no letter before the word:
 * JavaScript's `\b` knows no "č" or Cyrillic). Serbian is matched in both its scripts, the Cyrillic
 * spelled from the Latin letter for letter (lexicon-sr.ts). Croatian's shared words ("tonska proba",
 * "otvaranje vrata", "kraj programa") are in the main patterns already.
 */
import type { ActivityKind } from '../../interfaces.js';
import { serbianCyrillic } from '../text/lexicon-sr.js';

const B = '(?<![a-zà-žа-џ])';
const E = '(?![a-zà-žа-џ])';

/** Serbian words in Latin letters, each also in Cyrillic; a closing "#" ends the word. */
const SERBIAN: Partial<Record<ActivityKind, string[]>> = {
  soundcheck: ['tonsk[aeiou] prob', 'prob[aeiu] zvuka'],
  load_in: ['istovar'],
  doors: ['otvaranje (?:kapija|vrata|festivala|prostora)', 'kapije#'],
  // Macedonian puts "на" between ("крај на програмата").
  curfew: ['policijsk[aeiou]{1,2} čas', 'kraj (?:na )?(?:programa|festivala|večeri)'],
  transfer: ['šatl', 'prevoz', 'transfer'],
  meeting: ['sastan[ak]'],
  set: ['nastup(?:a|u|om)?#', 'predgrup'],
};

const SLOVENIAN: Partial<Record<ActivityKind, string>> = {
  soundcheck: `${B}tonsk[aeio] vaj|${B}zvočn[aeio] vaj`,
  load_in: `${B}nalaganj|${B}raztovarjanj|${B}prihod tehnike|${B}postavitev (?:opreme|odra)`,
  doors: `${B}odprtje (?:vrat|dvorane|prizorišča|kluba)|${B}odpiranje vrat`,
  curfew: `${B}(?:konec|zaključek) (?:prireditve|koncerta|programa)`,
  transfer: `${B}prevoz(?!ni)`,
  meeting: `${B}sestan[ek]`,
  set: `${B}nastop(?:a|u|om)?${E}|${B}predskupin`,
};

export const SLOVENIAN_SERBIAN_KINDS: Partial<Record<ActivityKind, string>> = Object.fromEntries(
  Object.entries(SLOVENIAN).map(([kind, words]) => {
    const serbian = (SERBIAN[kind as ActivityKind] ?? []).flatMap((w) => [w, serbianCyrillic(w)]).map((w) => `${B}${w.replace(/#$/, E)}`);
    return [kind, [words, ...serbian].join('|')];
  }),
);

/** Slovenian and Serbian words of meals and stays: items of other sections. */
export const SLOVENIAN_SERBIAN_OTHER_SECTION = new RegExp(`${B}(?:večerj|kosil[aou]${E}|zajtrk|nastanitev|prenočitev|${['smeštaj[aeu]?', 'večer[aeu]', 'ruč(?:ak|k[aeu])', 'doruč(?:ak|k[aeu])'].map((w) => `${w}${E}|${serbianCyrillic(w)}${E}`).join('|')})`, 'i');
