/**
 * The sentences of a message that tell of a ride in its own language's words (schedule-pickups-ha.ts,
 * schedule-pickups-tl.ts): each sentence holding the driver's verb, with the verb found in it.
 */

// A dot inside a word or figure ("1.5", "ng 9.30") goes on with the sentence; written so, the split is one pass.
const SENTENCE = /(?:[^.!?\n]|[.!?](?!\s|$))+(?:[.!?]|\n|$)/gu;

export interface RideSentence {
  /** The sentence, as written. */
  text: string;
  /** Where it starts in the message. */
  index: number;
  /** The driver's verb in it (its index within the sentence). */
  verb: RegExpExecArray;
}

/** The sentences of `text` in which `verb` (a pattern without the global flag) is found, in order. */
export function rideSentences(text: string, verb: RegExp): RideSentence[] {
  if (!verb.test(text)) return [];
  const sentences: RideSentence[] = [];
  for (const s of text.matchAll(SENTENCE)) {
    const found = verb.exec(s[0]);
    if (found) sentences.push({ text: s[0], index: s.index, verb: found });
  }
  return sentences;
}
