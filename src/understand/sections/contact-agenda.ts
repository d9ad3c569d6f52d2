/**
 * The people of a calendar's agenda print (agenda-print.ts): the contacts printed in its events'
 * descriptions ("Venue production: Jo Bloggs · +49 … · jo@…", "Jo Bloggs (promoter), Company · …").
 * A print's owner and the names in its titles carry no details, so they are no contacts. The role is
 * the label before the name, else the word in brackets after it; the company follows a comma.
 */
import type { Contact, ExtractedSource } from '../../interfaces.js';
import type { Draft } from '../found.js';
import { normaliseEmail, normalisePhone, normaliseText } from '../normalise/index.js';
import { agendaPrint, describedContacts } from './agenda-print.js';

/** The agenda print's contacts; null for any other source. */
export function agendaContacts(source: ExtractedSource, country: string | null): Draft<Contact>[] | null {
  const agenda = agendaPrint(source);
  if (!agenda) return null;
  return agenda.events.flatMap((event) => {
    const description = event.description;
    if (!description) return [];
    return describedContacts(description.value).map((c) => {
      const at = { ...description, method: 'pattern' as const };
      const draft: Draft<Contact> = { name: { ...at, value: c.name } };
      const role = normaliseText(c.label ?? c.role ?? '');
      if (role) draft.role = { ...at, value: role.charAt(0).toUpperCase() + role.slice(1) };
      if (c.company) draft.company = { ...at, value: c.company };
      const phone = c.phones.map((p) => normalisePhone(p, country)).find(Boolean);
      if (phone) draft.phone = { ...at, value: phone.value };
      const email = c.emails.map((e) => normaliseEmail(e)).find(Boolean);
      if (email) draft.email = { ...at, value: email };
      return draft;
    });
  });
}
