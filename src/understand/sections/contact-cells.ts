/**
 * A day sheet's grid ("DATE | TIME | ITEM | WHERE | NOTES | CONTACT") with no phone or e-mail column
 * writes each row's person whole in its contact cell: "Ann Lee (promoter rep, Acme) 070-123 45 67 ·
 * ann@acme.example". Each such cell is read as one contact (name, bracketed role and company, phone,
 * e-mail); a cell naming no person ("Reception +45 …", a desk's number) gives none.
 */
import type { Contact } from '../../interfaces.js';
import type { Draft } from '../found.js';
import type { Reading } from '../text/index.js';
import { contactIn } from './people.js';

export function fromContactCells(r: Reading, country: string | null): Draft<Contact>[] {
  const out: Draft<Contact>[] = [];
  for (const table of r.tables) {
    if (!table.keys.includes('contact') || table.keys.includes('phone') || table.keys.includes('email')) continue;
    for (const rec of table.records) {
      const cell = rec.cells.contact;
      if (!cell?.span || !/@|\d{3}/.test(cell.value)) continue;
      const draft = contactIn(r.source, r.source.text.slice(cell.span[0], cell.span[1]), cell.span[0], 'table', { country });
      if (draft?.name) out.push(draft);
    }
  }
  return out;
}
