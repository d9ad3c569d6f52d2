/**
 * A contract's contacts table may open a person's role with the party they speak for ("Organisateur —
 * régie générale", "Promoter – production"): the role is the rest, and the party's name as the contract
 * defines it (people.ts partiesOf) is their company. A scan may leave specks stuck to a defined term
 * ("PTORGANISATEUR" for "l'ORGANISATEUR"), so a term is also found by its end.
 */
import { partyKey } from './people.js';

const PARTY_THEN_ROLE = /^(\p{L}[\p{L}'’]{2,30})[ \t]+[—–-][ \t]+(\S.*)$/u;

export function partyRole(role: string, parties: Map<string, string>): { role: string; roleAt: number; company: string } | null {
  const m = PARTY_THEN_ROLE.exec(role);
  if (!m || !parties.size) return null;
  const key = partyKey(m[1]!);
  const company = parties.get(key) ?? [...parties].find(([term]) => term.endsWith(key))?.[1];
  return company ? { role: m[2]!, roleAt: m[0].length - m[2]!.length, company } : null;
}
