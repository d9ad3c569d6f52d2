/**
 * Nepali words for the items of a show day, in Devanagari, added to the kinds' patterns of
 * activity-kinds.ts. A word is bounded by "no Devanagari letter or sign" on either side where a
 * suffix would change its sense (`\b` knows only ASCII letters): "ढोका" is the doors, "ढोकामा" (at
 * the door) a ticket's price. A ride is named by its vehicle ("होटल → हल (भ्यान)").
 */
import type { ActivityKind } from '../../interfaces.js';

const B = '(?<![\\u0900-\\u097F])';
const E = '(?![\\u0900-\\u097F])';

export const NEPALI_KINDS: Partial<Record<ActivityKind, string>> = {
  soundcheck: `${B}साउन्ड ?चेक|${B}लाइन चेक`,
  load_in: `${B}लोड[- ]?इन${E}`,
  doors: `${B}ढोका${E}`,
  curfew: `${B}कर्फ्यु|${B}कर्फ्यू`,
  transfer: `${B}भ्यान${E}|${B}गाडी${E}|${B}ट्याक्सी|${B}पिकअप|${B}ट्रान्सफर`,
  interview: `${B}अन्तर्वार्ता|${B}अन्तरवार्ता|${B}रेडियो${E}`,
  meeting: `${B}सेटलमेन्ट|${B}बैठक`,
  set: `${B}प्रस्तुति|${B}कन्सर्ट`,
};

/** Nepali words of meals, stays and flights: items of other sections. */
export const NEPALI_OTHER_SECTION = new RegExp(`${B}(?:खाना|खाजा|नास्ता|क्याटरिङ|चेक-इन|चेक-आउट|उडान)`);
