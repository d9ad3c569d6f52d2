/**
 * A chauffeur company's booking names its drivers on the rides' rows ("Driver ⇥ Name · mobile"), with
 * no company of their own: they drive for the company issuing the booking, the one organisation the
 * paper's own e-mail addresses name ("dispatch@northline…" → "Northline Cars Ltd", written with its
 * legal form). Read only where the source books rides timed by a pick-up (schedule-ride-form.ts).
 */
import type { Contact } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { EMAIL_IN_TEXT } from '../normalise/index.js';
import { evidenceAt, type Reading } from '../text/index.js';
import { organisationOfEmail, organisationsIn } from './people.js';
import { booksRides } from './schedule-ride-form.js';

const DRIVER_ROLE = /(?<![\p{L}])(?:driver|chauffeur|chauff[eø]r|fahrer(?:in)?|sj[åa]f[øo]r|ch[oó]fer|conductor|autista|kuljettaja|kierowca|vozač)(?![\p{L}])/iu;

export function companiesOfRideDrivers(r: Reading, drafts: Draft<Contact>[]): void {
  const drivers = drafts.filter((d) => !d.company && d.role && DRIVER_ROLE.test(d.role.value));
  if (!drivers.length || !booksRides(r.source)) return;
  const text = r.source.text;
  const names = organisationsIn(text);
  const issuers = new Set([...text.matchAll(EMAIL_IN_TEXT)].map((m) => organisationOfEmail(m[0].toLowerCase(), names)).filter((o): o is string => !!o));
  if (issuers.size !== 1) return;
  const [company] = issuers;
  const at = text.indexOf(company!);
  for (const d of drivers) d.company = found(company!, evidenceAt(r.source, at >= 0 ? [at, at + company!.length] : null, 'inferred'));
}
