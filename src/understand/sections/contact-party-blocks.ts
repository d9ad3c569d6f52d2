/**
 * A contract's contacts listed under a heading that names the party they speak for ("A Megrendelő
 * részéről:", "For the Promoter:", alone on its line): each person in the block works for that
 * party, whose name the contract defines (people.ts partiesOf), so the party is their company. So
 * are the people in a party's own block of rows ("Name: X" … "Represented by: Y" … its definition).
 */
import type { Contact } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { evidenceAt, labelKey, type Reading } from '../text/index.js';
import { isCompanyName } from './contact-company-sense.js';
import { hasLegalForm, partiesOf, partyKey, partyRowBlocks, ROLE_WORDS } from './people.js';

// Macedonian and Serbian "За Организаторот:" ("for the Organiser", the article a suffix), Croatian "Za Organizatora:".
const PARTY_HEADING = /^\s*(?:(?:a|az)\s+(\p{L}+)\s+r[ée]sz[ée]r[őo]l|(?:for the|for|für den|für die|pour l'|pour le|pour la|por el|por la|per l'|per il|per la|за|za)\s*(\p{L}+))\s*:\s*$/iu;
/** The most letters a suffixed article or case ending adds to a defined term ("Организатор" → "Организаторот"). */
const MAX_SUFFIX = 3;
const MAX_BLOCK = 8;
/**
 * "Со стороны Организатора (ТОО «Северный Ветер»):", "For the Agent (Blue Road Ltd):": the heading names the party's
 * company itself, in brackets. Its block is the list under it: dashed items, blank lines between them allowed.
 */
const NAMED_PARTY_HEADING = /^\s*(?:со\s+стороны|з\s+боку|від|for\s+the|for|on\s+behalf\s+of(?:\s+the)?)\s+\p{L}+\s*\(([^()\n]{2,60})\)\s*:\s*$/iu;
const LIST_ITEM = /^\s*[-–—•*]\s/u;
/** "– transfers (Orlov Transport LLC, our contractor): Kirill Orlov, …": the item's role, and the company its bracket opens with. */
const ITEM_ROLE_COMPANY = /^\s*[-–—•*]\s+([^():\n]+?)\s*\(([^(),\n]+)(?:,[^()\n]*)?\)\s*:/u;

export function companiesByPartyHeading(r: Reading, drafts: Draft<Contact>[]): void {
  companiesByNamedPartyHeading(r, drafts);
  companiesByGroupRows(r, drafts);
  // "Name: Nightshift Ltd" … "Represented by: Ann Lee, director" … "(hereinafter "the Promoter")": the party's own people.
  for (const block of partyRowBlocks(r.source.text, r.lines)) {
    for (const d of companylessWithin(drafts, block.from, block.to)) d.company = found(block.name, evidenceAt(r.source, [block.from, block.to], 'inferred'));
  }
  const headings = r.lines.flatMap((line) => {
    const m = PARTY_HEADING.exec(line.text);
    return m ? [{ line, term: m[1] ?? m[2]! }] : [];
  });
  if (!headings.length) return;
  const parties = partiesOf(r.source.text, r.lines);
  // A heading names whom the people below it speak for: it is no company of the person above it.
  for (const { line } of headings) for (const d of drafts) if (d.company?.span && d.company.span[0] >= line.start && d.company.span[0] < line.end) delete d.company;
  for (const { line, term } of headings) {
    const key = partyKey(term);
    const party = parties.get(key) ?? [...parties].find(([k]) => key.startsWith(k) && key.length - k.length <= MAX_SUFFIX)?.[1];
    if (!party) continue;
    // The block runs to a blank line, the next party's heading or MAX_BLOCK lines.
    // Blank lines may stand between the heading and its first item.
    let last = line.index;
    for (const next of r.lines.slice(line.index + 1, line.index + 1 + MAX_BLOCK)) {
      if (!next.text.trim() && last === line.index) continue;
      if (!next.text.trim() || PARTY_HEADING.test(next.text)) break;
      last = next.index;
    }
    for (const d of companylessWithin(drafts, line.end, r.lines[last]!.end)) {
      d.company = found(party, evidenceAt(r.source, [line.start, line.end], 'inferred'));
    }
  }
}

/**
 * A contact table groups its rows under lines of one cell naming the party ("Veranstalter: Nordlicht
 * Konzerte GmbH", "Venue: Harbour Hall", or a bare "Band"): the people in the tabbed rows under such a
 * line, up to the next line of one cell, work for that firm (written with its legal form) or venue.
 */
const GROUP_ROW = /^[ \t]*(\p{L}[\p{L} /-]{1,30}?)[ \t]*:[ \t]*(\S[^\t\n]{1,60}?)[ \t]*$/u;
function companiesByGroupRows(r: Reading, drafts: Draft<Contact>[]): void {
  r.lines.forEach((line, i) => {
    const m = GROUP_ROW.exec(line.text);
    const key = m ? labelKey(m[1]!.trim()) : null;
    if (!m || !(key === 'venue' || (key === 'contact' && hasLegalForm(m[2]!)))) return;
    const rows = r.lines.slice(i + 1);
    const end = rows.findIndex((l) => !l.text.includes('\t'));
    const block = end < 0 ? rows : rows.slice(0, end);
    if (!block.length || !r.lines[i - 1]?.text.includes('\t')) return;
    const at = line.start + line.text.indexOf(m[2]!);
    for (const d of companylessWithin(drafts, block[0]!.start, block.at(-1)!.end)) d.company = found(m[2]!, evidenceAt(r.source, [at, at + m[2]!.length], 'inferred'));
  });
}

function companiesByNamedPartyHeading(r: Reading, drafts: Draft<Contact>[]): void {
  for (const line of r.lines) {
    const m = NAMED_PARTY_HEADING.exec(line.text);
    if (!m) continue;
    let last = line.index;
    let items = 0;
    for (const next of r.lines.slice(line.index + 1)) {
      if (!next.text.trim()) continue;
      if (!LIST_ITEM.test(next.text) || items >= MAX_BLOCK) break;
      last = next.index;
      items++;
    }
    const company = m[1]!.trim();
    const at0 = line.start + m[0].indexOf(m[1]!);
    for (const d of companylessWithin(drafts, line.end, r.lines[last]!.end)) {
      const at = d.name!.span![0];
      // A contractor's item names its own company in brackets after the role: that one, not the party's.
      const item = r.lines.find((l) => l.start <= at && at < l.end);
      const own = item ? ITEM_ROLE_COMPANY.exec(item.text) : null;
      if (own && hasLegalForm(own[2]!) && ROLE_WORDS.test(own[1]!)) {
        const cAt = item!.start + item!.text.indexOf(own[2]!);
        d.company = found(own[2]!.trim(), evidenceAt(r.source, [cAt, cAt + own[2]!.trim().length], 'pattern'));
        if (!d.role) {
          const rAt = item!.start + item!.text.indexOf(own[1]!);
          d.role = found(own[1]!.trim(), evidenceAt(r.source, [rAt, rAt + own[1]!.trim().length], 'pattern'));
        }
        continue;
      }
      d.company = found(company, evidenceAt(r.source, [at0, at0 + m[1]!.length], 'inferred'));
    }
  }
}

/** The contacts without a company (or with one that is no firm's name) whose name starts within [from, to] of the source. */
function companylessWithin(drafts: Draft<Contact>[], from: number, to: number): Draft<Contact>[] {
  return drafts.filter((d) => {
    const at = d.name?.span?.[0];
    // A company that reads as no firm's name (an article's number, "Article 7") is none.
    return (!d.company || !isCompanyName(d.company.value)) && at !== undefined && at >= from && at <= to;
  });
}
