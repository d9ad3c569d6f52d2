/**
 * A contract's parties table gives each party's firm, its seat and the person acting for it in one cell, the
 * cell wrapping onto rows whose first column is empty: "Veranstalter ⇥ Verein Nordhalle, Hafenweg 3, 8000
 * Zürich" over "⇥ vertreten durch Ann Lee, Programmleitung Mobile … · ann@…". The person after the
 * "represented by" words is the party's contact: the firm (the cell's first comma part) is their company,
 * and the words after their name's comma, up to a phone or an e-mail, their own title — not the party's label.
 */
import type { Contact } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { evidenceAt, type Labelled, type Reading } from '../text/index.js';
import { contactIn, ROLE_WORDS } from './people.js';

const REPRESENTED_BY = /(?<!\p{L})(?:vertreten\s+durch|represented\s+by|repr[ée]sent[ée]e?\s+par|representad[oa]\s+por|rappresentat[oa]\s+da|vertegenwoordigd\s+door|f[öo]retr[äa]dd\s+av)\s+(?=\p{Lu})/iu;
/** "Ann Lee, Programmleitung Mobile +41 …": the title after the name's comma, up to a phone's or e-mail's label or figures. */
const TITLE_AFTER_NAME = /^\s*[^,\n\t]+,[ \t]*(\p{L}[\p{L} .'’-]*?)(?=[ \t]*(?:$|[,·|;\n\t]|(?:tel|phone|mobile?|mobil|handy|fon|e-?mail|fax)\b|[+\d(]))/iu;
/** The most wrapped rows a party's cell runs on to. */
const WRAPPED_ROWS = 2;
const FIRM = /^\p{Lu}[^,\n\t]{1,60}$/u;

/** The person a labelled party row says acts for its firm, with the firm as their company; null when the row names none. */
export function representedBy(r: Reading, l: Labelled, country: string | null): { draft: Draft<Contact>; lines: number[] } | null {
  const rows = [l.line];
  for (const next of r.lines.slice(l.line.index + 1, l.line.index + 1 + WRAPPED_ROWS)) {
    if (!/^\t\S/.test(next.text)) break;
    rows.push(next);
  }
  const cell = r.source.text.slice(l.span[0], rows.at(-1)!.end);
  const m = REPRESENTED_BY.exec(cell);
  const firm = l.value.split(',')[0]!.trim();
  if (!m || !FIRM.test(firm) || cell.slice(0, m.index).split(',')[0]!.trim() !== firm) return null;
  const after = m.index + m[0].length;
  const person = cell.slice(after);
  const draft = contactIn(r.source, ' '.repeat(after) + person, l.span[0], 'label', { country });
  if (!draft?.name || !(draft.phone || draft.email)) return null;
  const firmAt = l.span[0] + l.value.indexOf(firm);
  draft.company = found(firm, evidenceAt(r.source, [firmAt, firmAt + firm.length], 'label'));
  const title = TITLE_AFTER_NAME.exec(person);
  if (title && ROLE_WORDS.test(title[1]!)) {
    const at = l.span[0] + after + title[0].length - title[1]!.length;
    draft.role = found(title[1]!, evidenceAt(r.source, [at, at + title[1]!.length], 'label'));
  }
  return { draft, lines: rows.map((row) => row.index) };
}
