/**
 * A contract's contacts listed under a heading that names the party they speak for ("A Megrendelő
 * részéről:", "For the Promoter:", alone on its line): each person in the block works for that
 * party, whose name the contract defines (people.ts partiesOf), so the party is their company.
 */
import type { Contact } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { evidenceAt, type Reading } from '../text/index.js';
import { partiesOf, partyKey } from './people.js';

const PARTY_HEADING = /^\s*(?:(?:a|az)\s+(\p{L}+)\s+r[ée]sz[ée]r[őo]l|(?:for the|for|für den|für die|pour l'|pour le|pour la|por el|por la|per l'|per il|per la)\s*(\p{L}+))\s*:\s*$/iu;
const MAX_BLOCK = 8;

export function companiesByPartyHeading(r: Reading, drafts: Draft<Contact>[]): void {
  const headings = r.lines.flatMap((line) => {
    const m = PARTY_HEADING.exec(line.text);
    return m ? [{ line, term: m[1] ?? m[2]! }] : [];
  });
  if (!headings.length) return;
  const parties = partiesOf(r.source.text, r.lines);
  for (const { line, term } of headings) {
    const party = parties.get(partyKey(term));
    if (!party) continue;
    // The block runs to a blank line, the next party's heading or MAX_BLOCK lines.
    let last = line.index;
    for (const next of r.lines.slice(line.index + 1, line.index + 1 + MAX_BLOCK)) {
      if (!next.text.trim() || PARTY_HEADING.test(next.text)) break;
      last = next.index;
    }
    const [from, to] = [line.end, r.lines[last]!.end];
    for (const d of drafts) {
      const at = d.name?.span?.[0];
      if (d.company || at === undefined || at < from || at > to) continue;
      d.company = found(party, evidenceAt(r.source, [line.start, line.end], 'inferred'));
    }
  }
}
