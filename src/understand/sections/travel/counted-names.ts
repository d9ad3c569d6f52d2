/**
 * A booking line counting its travellers and naming them ("4 pax: A. Lee, B. Ek, C. Dahl, D. Ray",
 * "3 passengers: …", "2 Personen: …"): the names are the party flying, taken only when there are as
 * many names as the count says.
 */
import { normalisePersonName } from '../../normalise/index.js';
import type { Hit } from './phrases.js';

const COUNTED = /(?<![\p{L}\d])(\d{1,2})[ \t]*(?:pax|passengers?|travell?ers|people|persons|personen|personer|passagiere|passagerare|passasjerer|passagiers|pasajeros|passagers|passeggeri|passageiros)[ \t]*[:–-][ \t]*([^)\]\n]+)/giu;
/** A person's name: capitalised words, initials allowed ("J. Moreau", "Ann-Marie Lee"). */
const PERSON = /^(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)(?:[ \t]+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,3}$/u;

export function countedNames(text: string): Hit<string>[] {
  for (const m of text.matchAll(COUNTED)) {
    const list = m[2]!.replace(/[.;\s]+$/, '');
    const listAt = m.index + m[0].indexOf(m[2]!);
    const names: Hit<string>[] = [];
    let offset = 0;
    for (const part of list.split(/\s*(?:,|&|(?<!\p{L})(?:and|und|och|og|en|et|y|e)(?!\p{L}))\s*/u)) {
      const at = list.indexOf(part, offset);
      offset = at + part.length;
      const name = PERSON.test(part.trim()) ? normalisePersonName(part) : null;
      if (!name) { names.length = 0; break; }
      names.push({ value: name, index: listAt + at, length: part.length });
    }
    if (names.length >= 2 && names.length === Number(m[1])) return names;
  }
  return [];
}
