/**
 * A label the lexicon knows only by its first word ("Artist parking: max. 2 vehicles per act",
 * "Festival office: +31 10 …", "Stage curfews are strict: …") is a remark about the artist, the
 * festival or the stage, not the show's name for it: its value is no name (it opens in lower case or
 * with a phone number), or the label goes on as a sentence (a verb after the known word). An exact
 * label ("Act:", "Artist:", "Festival:") is read as before.
 */
import { labelKey, type Labelled } from '../text/index.js';

/** A finite verb in the label, in the lexicon's languages: "are", "is", "must", "sind", "zijn", "sont", "son", "är". */
const SENTENCE_VERB = /(?<![\p{L}])(?:are|is|was|were|will|must|can|has|have|sind|ist|wird|zijn|wordt|sont|est|son|es|está|är|blir|er)(?![\p{L}])/iu;

/** A value that names nothing: lower case first, or a phone number. */
const NO_NAME = /^(?:\p{Ll}|\+?\d[\d ()./-]{5,})/u;

export function isRemarkUnderPrefixLabel(l: Labelled): boolean {
  if (!l.key || labelKey(l.label) === l.key) return false;
  return NO_NAME.test(l.value.trim()) || SENTENCE_VERB.test(l.label);
}
