/**
 * A contacts block in two columns whose person runs over several lines, as day sheets print it:
 *
 *   Promoter Rep      Ana Ruiz (Some Presents)
 *                     C: (555) 402-0000
 *                     E: ana@…
 *
 * The first line is the role, then (after a run of spaces) the name with the company in brackets;
 * the lines below it, indented to the name's column, are labelled phones and e-mails ("C:", "M:",
 * "Cell:", "E:"). The layout itself says the lines belong together, so no role word is needed; a
 * line with no person's name ("Box Office   (555) …") is left to the other readers.
 */
import type { Contact } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { EMAIL_IN_TEXT, normaliseEmail, normalisePersonName, normalisePhone, normaliseText } from '../normalise/index.js';
import { evidenceAt, type Line, type Reading } from '../text/index.js';
import { countryOfEmail, looksLikePersonName } from './people.js';

const HEAD = /^(?<lead> {0,3})(?<role>\p{L}[\p{L}.&'’/ -]{1,38}?)(?: {2,}|\s*\t\s*)(?<name>\p{L}[^\d@:()]{2,46}?)(?:\s*\((?<company>[^()\d@]{2,60})\))?\s*$/u;
/** A labelled reach below the name: "C: (555) …", "Mobile: …", "E: …", or the bare phone or e-mail. */
const EMAIL = new RegExp(EMAIL_IN_TEXT.source);
/** A phone number alone: digits with brackets, dots, dashes or spaces, maybe an extension. */
const PHONE = /^\+?[\d ()./-]{7,}\d(?:\s*(?:x|ext\.?)\s*\d{1,5})?$/i;
const REACH = /^(?:(?:[cmetp]|cell|mob(?:ile)?|tel|phone|office|e-?mail)\s*[:.]\s*)?(?<value>\S.*?)\s*$/i;

export function fromHangingContacts(r: Reading, country: string | null, used: Set<number>): Draft<Contact>[] {
  const out: Draft<Contact>[] = [];
  const lines = r.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (used.has(line.index)) continue;
    const m = HEAD.exec(line.text);
    if (!m) continue;
    const g = m.groups!;
    const role = g.role!.trim();
    if (role.split(/\s+/).length > 4 || !looksLikePersonName(g.name!) || g.name!.trim().split(/\s+/).length > 4) continue;
    const column = line.text.indexOf(g.name!, g.lead!.length + g.role!.length);
    // The lines below hang under the name: indented past the role (the extractor may have written the
    // gap between the columns as a tab, so the name's own column is not always known), all alike.
    let hang = -1;
    const below: { line: Line; value: string; at: number }[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j]!;
      const indent = next.text.length - next.text.trimStart().length;
      if (!next.text.trim() || next.text.includes('\t') || indent < g.lead!.length + 4) break;
      if (hang < 0) hang = indent;
      if (Math.abs(indent - hang) > 1 || (!line.text.includes('\t') && Math.abs(indent - column) > 1)) break;
      const rm = REACH.exec(next.text.trim());
      const value = rm?.groups!.value ?? '';
      if (!EMAIL.test(value) && !PHONE.test(value)) break;
      below.push({ line: next, value, at: next.start + next.text.lastIndexOf(value) });
    }
    if (!below.length) continue;
    const person = normalisePersonName(g.name!);
    if (!person) continue;
    const span = (start: number, text: string): [number, number] => [start, start + text.length];
    const draft: Draft<Contact> = {
      name: found(person, evidenceAt(r.source, span(line.start + column, g.name!.trim()), 'pattern')),
      role: found(normaliseText(role) ?? role, evidenceAt(r.source, span(line.start + g.lead!.length, role), 'pattern')),
    };
    if (g.company) {
      const company = normaliseText(g.company);
      const at = line.text.lastIndexOf(g.company);
      if (company) draft.company = found(company, evidenceAt(r.source, span(line.start + at, g.company), 'pattern'));
    }
    let email: string | null = null;
    for (const b of below) {
      const e = EMAIL.test(b.value) ? normaliseEmail(b.value) : null;
      if (e && !draft.email) { email = e; draft.email = found(e, evidenceAt(r.source, span(b.at, b.value), 'pattern', true)); }
    }
    for (const b of below) {
      if (draft.phone || EMAIL.test(b.value)) continue;
      const phone = normalisePhone(b.value, countryOfEmail(email) ?? country);
      if (phone) draft.phone = found(phone.value, evidenceAt(r.source, span(b.at, b.value), 'pattern', phone.validated));
    }
    if (!draft.phone && !draft.email) continue;
    out.push(draft);
    used.add(line.index);
    for (const b of below) used.add(b.line.index);
    i += below.length;
  }
  return out;
}
