/**
 * An offer's signature blocks stand side by side, one column per party: the party's heading
 * ("BUYER ⇥ ACCEPTED – FOR ARTIST"), its company ("X Presents LLC ⇥ Y Artists, as agent for Z"), the
 * signer's line after a rule ("____ Dana Lee, Talent Buyer Cell: … dana@…"), then further people of
 * that party ("Day-of-show production: …"). Each column is read on its own, so a person's details
 * are not run into the other party's, and each person works for the company of their column.
 */
import type { Contact } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { evidenceAt, type Line, type Reading } from '../text/index.js';
import { contactIn } from './people.js';
import { cellsOf } from './travel/route-table.js';

/** A signature rule opening a cell. */
const RULE = /^_{5,}[ \t]*/;
/** A date line to be filled in ("Date: ____"), no part of the person. */
const DATE_BLANK = /[ \t]*\b(?:date|datum|fecha)[ \t]*:?[ \t]*_{3,}[ \t]*$/i;
/** A phone's label run on after the signer's title ("Cell:", "Office:", "Mobile", "Tel."). */
const PHONE_LABEL = /[ \t]+(?:cell|mobile|mob|office|tel|phone|ph|direct|work)\.?:?[ \t]*(?=[(+\d])/gi;
/** "Agency asst.: Tom Okoro, …": the person's role as a label before them. */
const ROLE_LABEL = /^([\p{L}][\p{L} .&/-]{1,40}):[ \t]*/u;
/** "Y Artists, as agent for Z": the company ends before its remark. */
const COMPANY_REMARK = /[ \t]*,[ \t]*(?:as|on behalf of|f\/s\/o|for)\b.*$/i;
/** Rows after the signer's that may still hold the party's people. */
const AFTER = 2;

export interface SignatureColumns { drafts: Draft<Contact>[]; lines: Set<number> }

export function signatureColumns(r: Reading, country: string | null): SignatureColumns {
  const drafts: Draft<Contact>[] = [];
  const lines = new Set<number>();
  r.lines.forEach((line, i) => {
    const cells = cellsOf(line);
    if (cells.length < 2 || cells.filter((c) => RULE.test(c.text)).length < 2) return;
    const above = r.lines.slice(Math.max(0, i - 2), i).reverse().find((l) => cellsOf(l).length === cells.length && !RULE.test(l.text));
    const rows: Line[] = [line, ...r.lines.slice(i + 1, i + 1 + AFTER).filter((l) => cellsOf(l).length === cells.length)];
    cells.forEach((_, col) => {
      const companyCell = above ? cellsOf(above)[col] : undefined;
      const company = companyCell?.text.replace(COMPANY_REMARK, '').trim();
      for (const row of rows) {
        const cell = cellsOf(row)[col];
        if (!cell?.text) continue;
        let text = cell.text.replace(RULE, ''), at = cell.index + cell.text.length - cell.text.replace(RULE, '').length;
        // "Talent Buyer Cell: (215) …": the number's label ends the role; a comma of the same length keeps the offsets.
        text = text.replace(DATE_BLANK, '').replace(PHONE_LABEL, (m) => `,${' '.repeat(m.length - 1)}`);
        const label = ROLE_LABEL.exec(text);
        if (label) { text = text.slice(label[0].length); at += label[0].length; }
        const d = contactIn(r.source, text, at, 'pattern', { country, role: label ? label[1]!.trim() : null });
        if (!d) continue;
        if (company && !d.company && companyCell) d.company = found(company, evidenceAt(r.source, [companyCell.index, companyCell.index + company.length], 'pattern'));
        drafts.push(d);
      }
    });
    if (drafts.length) for (const l of [...(above ? [above] : []), ...rows]) lines.add(l.index);
    if (above) { const head = r.lines[above.index - 1]; if (head && cellsOf(head).length === cells.length) lines.add(head.index); }
  });
  return { drafts, lines };
}
