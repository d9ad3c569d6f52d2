/**
 * A plan's table with a column headed by a role ("Driver", "Fahrer", "Runner") and no name column:
 * the people named in it hold that role, and the column headed by the role and a phone word ("Driver
 * mobile", "Fahrer Tel.") holds their numbers. That phone column tells a column of people from one of
 * places or departments ("Production", "Stage"). Each person is one contact, however many rows name
 * them (a driver on several runs), with the first phone any of them gives. A table with a name column
 * is read as records (contacts.ts).
 */
import type { Contact } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { normalisePersonName, normalisePhone, normaliseText } from '../normalise/index.js';
import { evidenceAt, labelKey, type Reading, type Table } from '../text/index.js';
import { looksLikePersonName, ROLE_WORDS } from './people.js';

/** The role columns of a table that have a phone column of their own, with its header. */
function roleColumns(table: Table): { role: string; phone: string }[] {
  if (table.keys.includes('name') || table.keys.includes('contact')) return [];
  return table.header.flatMap((header, i) => {
    const role = header.trim();
    if (table.keys[i] || role.split(/\s+/).length > 2 || !ROLE_WORDS.test(role)) return [];
    const phone = table.header.find((h) => h.toLowerCase().startsWith(`${role.toLowerCase()} `) && labelKey(h.slice(role.length)) === 'phone');
    return phone ? [{ role, phone }] : [];
  });
}

export function fromRoleColumns(r: Reading, country: string | null): Draft<Contact>[] {
  const byName = new Map<string, Draft<Contact>>();
  for (const table of r.tables) {
    for (const column of roleColumns(table)) {
      for (const rec of table.records) {
        const cell = rec.all.find((c) => c.header === column.role);
        const name = cell ? normalisePersonName(cell.value) : null;
        if (!cell || !name || !looksLikePersonName(name) || byName.get(name)?.phone) continue;
        const ev = (span: [number, number] | null, validated: boolean | null = null) => evidenceAt(r.source, span, 'table', validated);
        const draft: Draft<Contact> = byName.get(name) ?? { name: found(name, ev(cell.span)), role: found(normaliseText(column.role)!, ev(null)) };
        const phoneCell = rec.all.find((c) => c.header === column.phone);
        const phone = phoneCell ? normalisePhone(phoneCell.value, country) : null;
        if (phone) draft.phone = found(phone.value, ev(phoneCell!.span, phone.validated));
        byName.set(name, draft);
      }
    }
  }
  return [...byName.values()];
}
