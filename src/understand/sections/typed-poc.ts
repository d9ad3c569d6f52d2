/**
 * The point-of-contact column of a tour app's typed-item export ("POC" | "POC phone" beside each row):
 * the people who run the rows. A POC written "Name (role · company)" is a person, the first time at
 * least; later rows often write the bare name, which joins that person. A bare POC on a hotel, meal or
 * venue row ("Front desk", "Reservations", a caterer's business) is that place's own line, not a
 * person (the owning section reads its phone); on a Contact row the title is the POC's role.
 * An e-mail in a row's notes is the POC's when its local part holds the POC's first or last name.
 */
import type { Contact, ExtractedSource } from '../../interfaces.js';
import type { Draft } from '../found.js';
import { EMAIL_IN_TEXT, normaliseEmail, normalisePersonName, normalisePhone, normaliseText } from '../normalise/index.js';
import { foldLabel, type TableCell } from '../text/index.js';
import type { RowKind, TypedRow } from '../text/typed-rows.js';
import { cellFound, cellValue, typedRows } from './typed-cells.js';

const ALL_KINDS: RowKind[] = ['flight', 'transfer', 'hotel', 'venue', 'food', 'contact', 'note', 'schedule'];
/** Rows whose bare POC is the place's own desk or business rather than a person. */
const PLACE_KINDS = new Set<RowKind>(['hotel', 'food', 'venue']);
const NAME_AND_ROLE = /^(.+?)\s*\(([^()]+)\)\s*$/;
/** Two to four capitalised words: a person's name, not "Front desk" or "Reservations". */
const PERSON = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

export interface PocParts {
  name: string;
  role?: string;
  company?: string;
}

/** "Dale Ross (driver · Van Co.)" → name, role, company; a bare name alone. */
export function pocParts(value: string): PocParts | null {
  const m = NAME_AND_ROLE.exec(value.trim());
  const name = normalisePersonName(m ? m[1]! : value);
  if (!name) return null;
  if (!m) return { name };
  const [role, company] = m[2]!.split(/\s*[·•|;,]\s*|\s+[-–]\s+/).map((p) => normaliseText(p) ?? '');
  return { name, ...(role ? { role } : {}), ...(company ? { company } : {}) };
}

/** Whether a row's POC names a person: with a role, on a Contact row, or a personal name off a place's row. */
function isPerson(row: TypedRow, parts: PocParts): boolean {
  if (parts.role || row.kind === 'contact') return true;
  return !PLACE_KINDS.has(row.kind) && PERSON.test(parts.name);
}

/** A contact cell of a place's row whose POC is no person: the desk's or business's, so the place's. */
function deskCell(row: TypedRow, cell: TableCell | undefined): TableCell | undefined {
  const parts = row.poc ? pocParts(row.poc.value) : null;
  return cell && (!parts || !isPerson(row, parts)) ? cell : undefined;
}

/** The POC of a place's row that is no person: the desk or business whose phone is the place's. */
export function placePhoneOf(row: TypedRow): TableCell | undefined {
  return deskCell(row, row.phone);
}

/** The e-mail column of a place's row whose POC is no person: the desk's or business's address, the place's. */
export function placeEmailOf(row: TypedRow): TableCell | undefined {
  return deskCell(row, row.email);
}

/** The non-person POC of a place's row ("Mamie Fatou Traiteur" serving the meal), else undefined. */
export function placeProviderOf(row: TypedRow): string | undefined {
  const parts = row.poc ? pocParts(row.poc.value) : null;
  return parts && !isPerson(row, parts) && PERSON.test(parts.name) ? parts.name : undefined;
}

function emailFor(source: ExtractedSource, cell: TableCell | undefined, name: string, any: boolean): Draft<Contact>['email'] {
  if (!cell?.span) return undefined;
  const names = foldLabel(name).split(' ').filter((w) => w.length >= 3);
  for (const m of cell.value.matchAll(EMAIL_IN_TEXT)) {
    const email = normaliseEmail(m[0]);
    const local = foldLabel(m[0].split('@')[0]!.replace(/[._-]/g, ' '));
    if (email && (any || names.some((n) => local.includes(n)))) return cellValue(source, cell, email, m.index, m[0].length);
  }
  return undefined;
}

/** The people in a typed export's POC column, one contact each, their details gathered over their rows. */
export function typedPocContacts(source: ExtractedSource, country: string | null): Draft<Contact>[] {
  const rows = typedRows(source, ...ALL_KINDS) ?? [];
  const byName = new Map<string, Draft<Contact>>();
  for (const row of rows) {
    const parts = row.poc ? pocParts(row.poc.value) : null;
    if (!row.poc || !parts || !isPerson(row, parts)) continue;
    const key = foldLabel(parts.name);
    const known = byName.get(key);
    // A bare name on a place's row is that person only once they are known from another row.
    if (!known && !parts.role && row.kind !== 'contact' && PLACE_KINDS.has(row.kind)) continue;
    const d: Draft<Contact> = known ?? { name: cellFound(source, row.poc, parts.name) };
    const role = parts.role ?? (row.kind === 'contact' && row.title ? normaliseText(row.title.value) : null);
    if (role && !d.role) d.role = cellFound(source, parts.role ? row.poc : row.title!, role);
    if (parts.company && !d.company) d.company = cellFound(source, row.poc, parts.company);
    const phone = row.phone ? normalisePhone(row.phone.value, country) : null;
    if (phone && row.phone && !d.phone) d.phone = cellValue(source, row.phone, phone.value, 0, row.phone.value.length, phone.validated);
    // The row's own e-mail column is its POC's; else an e-mail in the notes that names them.
    const email = d.email ? undefined : emailFor(source, row.email, parts.name, true) ?? emailFor(source, row.details, parts.name, row.kind === 'contact');
    if (email) d.email = email;
    byName.set(key, d);
  }
  return [...byName.values()];
}
