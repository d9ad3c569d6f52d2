/**
 * The items of the day in a calendar's agenda print (agenda-print.ts): each timed event whose title
 * names an item of the day (meals, stays and flights go to their sections). Its kind is the title's;
 * a title written as a route ("Drive A → B") is a ride, to the route's end, and an event held at a
 * video-call link is a meeting. Its notes are the description without the contacts printed in it
 * ("Driver: Jo Bloggs · +44 …"), which the contacts section reads (contact-agenda.ts).
 */
import type { ExtractedSource } from '../../interfaces.js';
import { found } from '../found.js';
import { normaliseText } from '../normalise/index.js';
import { activityKind, ROUTE } from './activity-kinds.js';
import { agendaPrint, describedContacts } from './agenda-print.js';
import type { ScheduleItem } from './schedule.js';

const MEETING_LINK = /^(?:https?:\/\/)?(?:meet\.google\.com|[\w-]+\.zoom\.us|zoom\.us|teams\.microsoft\.com|teams\.live\.com|whereby\.com|[\w.-]*webex\.com)\//i;

/** The agenda print's items, marking its rows' lines read; [] for any other source. */
export function agendaItems(source: ExtractedSource, usedLines: Set<number>): ScheduleItem[] {
  const agenda = agendaPrint(source);
  if (!agenda) return [];
  agenda.rowLines.forEach((i) => usedLines.add(i));
  return agenda.events.flatMap((event): ScheduleItem[] => {
    const title = event.title.value;
    const named = activityKind(title);
    if (!named) return [];
    const route = ROUTE.exec(title);
    const kind = named === 'other' && route ? 'transfer' : named === 'other' && MEETING_LINK.test(event.location?.value ?? '') ? 'meeting' : named;
    const item: ScheduleItem = { name: event.title, kind: found(kind, { ...event.title, method: 'table' }), start: event.start };
    if (event.end) item.end = event.end;
    if (event.date) item.date = event.date;
    if (event.location) item.location = event.location;
    // "Pick-up HAM → Hotel X", "Drive A → B (via the ferry)": the ride goes to the route's end.
    const to = route && kind === 'transfer' ? normaliseText(route[2]!.replace(/\s*\([^()]*\)\s*$/, '')) : null;
    if (to) item.destination = { ...event.title, value: to };
    const notes = event.description ? withoutContacts(event.description.value) : null;
    if (notes) item.notes = { ...event.description!, value: notes };
    return [item];
  });
}

/** The description without the contacts printed in it; null when nothing else is left. */
function withoutContacts(text: string): string | null {
  let rest = text;
  for (const c of describedContacts(text).reverse()) rest = `${rest.slice(0, c.index)} ${rest.slice(c.index + c.length)}`;
  return normaliseText(rest.replace(/^[\s·]+|[\s·]+$/g, '')) || null;
}
