/**
 * A passenger label inside a paragraph, after another sentence ("Airline: Nordwind. Times are local.
 * Passengers (both flights): Ann Lee, Bo
 * Ek, Cy Dahl. Baggage: 23 kg"): the names up to the sentence's end are the party flying, the list
 * wrapping onto the next lines as prose does. Line-start labels are read by the label finder; this
 * reads only the label that follows a sentence's full stop on its line.
 */
import { normalisePersonName } from '../../normalise/index.js';
import { labelKey } from '../../text/lexicon.js';
import type { Hit } from './phrases.js';

/** A short label after a sentence's end, an optional bracketed remark, then its colon. */
const SENTENCE_LABEL = /(?<=[.!?][ \t]+)(\p{Lu}\p{L}*(?:[ \t]\p{L}+){0,2})(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*:[ \t]*/gu;
/** A sentence ends at a full stop that closes no initial ("A. Lee"), followed by a space or the end. */
const SENTENCE_END = /(?<![\s.]\p{Lu})\.(?=\s|$)|\n[ \t]*\n/u;
/** A person's name: two to four capitalised words, initials allowed. */
const PERSON = /^(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,3}$/u;

export function sentencePassengers(text: string): Hit<string>[] {
  for (const m of text.matchAll(SENTENCE_LABEL)) {
    if (labelKey(m[1]!) !== 'passenger') continue;
    const listAt = m.index + m[0].length;
    const rest = text.slice(listAt, listAt + 400);
    const end = rest.search(SENTENCE_END);
    const list = end < 0 ? rest : rest.slice(0, end);
    const names: Hit<string>[] = [];
    let offset = 0;
    for (const part of list.split(/\s*,\s*/)) {
      const at = list.indexOf(part, offset);
      offset = at + part.length;
      const name = PERSON.test(part.trim()) ? normalisePersonName(part.replace(/\s+/g, ' ')) : null;
      if (!name) { names.length = 0; break; }
      names.push({ value: name, index: listAt + at, length: part.length });
    }
    if (names.length >= 2) return names;
  }
  return [];
}
