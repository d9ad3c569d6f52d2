/**
 * A contacts table's role cell naming where the role is held after a comma ("Tour Manager, Pale
 * Orchards", "Hospitality, Kesselhaus"): a role word, then a capitalised name that is no role itself
 * and has no digits (a stage or room number stays in the role: "Stage Manager, Stage 2"). A stage the
 * document names as its stage ("Stage: Riverside Tent") is where the role is held, no company: all of it is the role.
 */
import { ROLE_WORDS } from './people.js';

export function roleCommaCompany(cell: string, stages: string[] = []): { role: string; company: string } | null {
  // "Stage Manager, Riverside Hall: 0161 …": the colon before the number closes the cell, no part of the name.
  const m = /^([^,()]{2,40}?),\s+(\p{Lu}[^,()\d@:]{1,40})\s*:?$/u.exec(cell.trim());
  if (!m) return null;
  const role = m[1]!.trim();
  const company = m[2]!.trim();
  if (!ROLE_WORDS.test(role) || ROLE_WORDS.test(company) || company.split(/\s+/).length > 5 || stages.some((s) => s.toLowerCase().includes(company.toLowerCase()))) return null;
  if (/(?<![\p{L}])(?:stage|room|hall [a-z]|floor|day|night)$/iu.test(company) && !/\s/.test(company)) return null;
  return { role, company };
}
