/**
 * A stay's times in a calendar's agenda print (agenda-print.ts): the timed events "Check-in Hotel X"
 * and "Check-out Hotel X" give the hour of arriving and leaving the stay of that name (over any other
 * reading's), and the check-in's description the hotel's phone ("Tel. …") and e-mail, when the stay
 * lacks them.
 */
import type { ExtractedSource, Hotel } from '../../interfaces.js';
import { foldText } from '../../reference/index.js';
import type { Draft } from '../found.js';
import { EMAIL_IN_TEXT, normaliseEmail, normalisePhone } from '../normalise/index.js';
import { agendaPrint, LABELLED_PHONE, type AgendaEvent } from './agenda-print.js';

const CHECK_IN = /^check[- ]?in\b/i;
const CHECK_OUT = /^check[- ]?out\b/i;

/** Fills the stays' check-in and check-out times, phone and e-mail from an agenda print's events. */
export function addAgendaStayDetails(source: ExtractedSource, stays: Draft<Hotel>[], country: string | null): void {
  const agenda = agendaPrint(source);
  if (!agenda) return;
  for (const stay of stays) {
    const name = stay.name ? foldText(stay.name.value) : null;
    if (!name) continue;
    const event = (check: RegExp) => agenda.events.find((e: AgendaEvent) => check.test(e.title.value) && foldText(e.title.value).includes(name));
    const arrival = event(CHECK_IN);
    const departure = event(CHECK_OUT);
    // The events' own hours are the stay's: a time read near the all-day stay's "Check-out:" is another row's.
    if (arrival) stay.checkInTime = arrival.start;
    if (departure) stay.checkOutTime = departure.start;
    const text = arrival?.description;
    if (!text) continue;
    const phone = LABELLED_PHONE.exec(text.value);
    const number = phone ? normalisePhone(phone[1]!, country) : null;
    if (number && !stay.phone) stay.phone = { ...text, value: number.value };
    const email = normaliseEmail(text.value.match(EMAIL_IN_TEXT)?.[0] ?? '');
    if (email && !stay.email) stay.email = { ...text, value: email };
  }
}
