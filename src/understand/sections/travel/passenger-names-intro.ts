/**
 * The party's names on the line below a sentence that introduces them, as a tour manager writes them
 * for the tickets: "Passenger names for the booking (as in the passports):" over "Ann Lee, Bo Ek, Cy
 * Dahl". The introduction opens with the passenger word and "names" and ends with a colon; too long for
 * a label, so the label finder leaves it. A mail's quote marks ("> ") before either line are no part of
 * them. Every comma part of the next line must be a person's name.
 */
import { normalisePersonName } from '../../normalise/index.js';
import type { Hit } from './phrases.js';

const INTRO = /^[ \t]*(?:>[ \t]*)*(?:passengers?|travell?ers?)(?:['’]s?)?[ \t]+names?\b[^:\n]{0,80}:[ \t]*\n[ \t]*(?:>[ \t]*)*([^\n]+)/gimu;
/** A person's name: two to four capitalised words. */
const PERSON = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}$/u;

export function introducedPassengerNames(text: string): Hit<string>[] {
  for (const m of text.matchAll(INTRO)) {
    const list = m[1]!.trimEnd();
    const listAt = m.index + m[0].length - m[1]!.length;
    const names: Hit<string>[] = [];
    let offset = 0;
    for (const part of list.split(/\s*,\s*/)) {
      const at = list.indexOf(part, offset);
      offset = at + part.length;
      const name = PERSON.test(part.trim()) ? normalisePersonName(part.trim()) : null;
      if (!name) { names.length = 0; break; }
      names.push({ value: name, index: listAt + at, length: part.length });
    }
    if (names.length >= 2) return names;
  }
  return [];
}
