/**
 * Georgian has no capitals, so any two to four Georgian words are shaped like a name. A phrase holding a
 * word the Georgian lexicon knows as a label ("სასტუმრო", hotel; "დარბაზი", hall) or an item of the show
 * day ("ხმის შემოწმება", sound check; "ვახშამი", dinner) names a thing, not a person.
 */
import { GEORGIAN_LABELS } from '../text/lexicon-ka.js';
import { GEORGIAN_KINDS, GEORGIAN_OTHER_SECTION } from './activity-words-ka.js';

const LABEL_WORDS = new Set(Object.values(GEORGIAN_LABELS).flat().flatMap((label) => label.split(/[\s-]+/)));
const ITEM_WORDS = new RegExp(Object.values(GEORGIAN_KINDS).join('|'), 'u');

/** Whether a Georgian phrase holds a label's or a show-day item's word. */
export function namesGeorgianThing(phrase: string): boolean {
  return phrase.split(/\s+/).some((word) => LABEL_WORDS.has(word)) || ITEM_WORDS.test(phrase) || GEORGIAN_OTHER_SECTION.test(phrase);
}
