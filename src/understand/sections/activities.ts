/**
 * activities: every timed item of the day as the sources state it (see schedule.ts), each dated by
 * its own row or day heading, else by the show's date.
 */
import type { Activity } from '../../interfaces.js';
import type { SectionExtractor } from '../context.js';
import { found, type Draft } from '../found.js';
import { checkOfOtherAct, scheduleOf, type ScheduleItem } from './schedule.js';
import { inCrossing, seaCrossings } from './travel/crossing.js';
import { railLegs } from './travel/rail.js';
import { routeTables } from './travel/route-table.js';
import { withRideTwins } from './travel/ride-twins.js';
import { coachLegs } from './travel/coach-ticket.js';
import { artistSetName } from './artist-named-item.js';
import { onOtherChatDay } from './schedule-chat-other-day.js';
import { inNextDayPart } from './schedule-next-day-part.js';
import { yearlessDayNearShow } from './activity-yearless-day.js';
import { foldText } from '../../reference/index.js';
import { labelKey } from '../text/lexicon.js';

/** A set named by a pronoun rather than an act ("You're on", "Your set", "Our slot"), or only by the form's word for it ("Set time", "Set start"). */
// Spanish forms ask "Hora de inicio del concierto", "Hora de actuación" for the act's own set (a field's label,
// not an item's name: "Inicio de la actuación" keeps its words).
const UNNAMED_SET = /^(?:you(?:'re| are)?(?: on)?|ye(?:'re| are)(?: on)?|us|we(?:'re| are)?(?: on)?|(?:your|our) (?:set|slot|performance)|set(?: ?time| start)?|hora (?:de inicio )?(?:del concierto|de (?:la )?actuaci[oó]n))$/i;

/** Whether `name` is a set-time label's word ("Speltid", "Show time", "Spielzeit") and then the act's name. */
function setLabelBeforeAct(name: string, artist: string): boolean {
  const folded = foldText(name);
  const act = foldText(artist);
  if (!act || !folded.endsWith(act) || folded === act) return false;
  const label = name.slice(0, name.length - artist.length).replace(/[\s:–—-]+$/u, '').trim();
  return !!label && foldText(`${label} ${artist}`) === folded && labelKey(label) === 'set_time';
}

export const extract: SectionExtractor<Activity> = (ctx) => ctx.sources.flatMap((source) => {
  // A transport table's rows are trips; a time in a trip's remark is no item of its own.
  const routes = routeTables(source);
  // So are a coach ticket's stop rows (travel/coach-ticket.ts).
  const coach = coachLegs(source);
  const rowLines = [...routes.lines, ...coach.lines];
  const inRoute = (span: [number, number] | null) => !!span && rowLines.some((l) => span[0] >= l.start && span[0] < l.end);
  // Likewise a sea crossing's labelled times are the crossing's, not items of the day.
  // Another act's check told in passing restates that act's running order, not the artist's day.
  const artist = ctx.general.artist?.value;
  // A chat message's times after another day it names plan that day (schedule-chat-other-day.ts), and a day
  // sheet's look at the next stop plans that stop's (schedule-next-day-part.ts).
  const ownItem = (item: ScheduleItem) => !inRoute(item.start.span) && !inCrossing(source, item.start.span?.[0]) && !(artist && checkOfOtherAct(item, artist))
    && !onOtherChatDay(source, item, ctx.general.date?.value) && !inNextDayPart(source, item.start.span?.[0]);
  const items = scheduleOf(source).filter(ownItem).map((item): Draft<Activity> => {
    // "You're on at 21:00", "YOU ON 21:15" are the artist's set: it is named by the artist when the
    // show's artist is known, and so is a form's bare "Set time". A set labelled "Show" or "Showtime" keeps the label as written.
    const own = item.ownSet || (item.kind.value === 'set' && !item.support && UNNAMED_SET.test(item.name.value));
    // "Speltid Vinterljus", "Showtime Lumen Lane": the set word before the act's name is the label's, the set is the act's.
    const labelled = !own && item.kind.value === 'set' && artist ? setLabelBeforeAct(item.name.value, artist) : false;
    const name = (own || labelled) && ctx.general.artist ? { ...item.name, value: ctx.general.artist.value, method: 'inferred' as const } : item.name;
    // "20:30 — Lumen Lane, 90 min": a row named by the act alone is its set (artist-named-item.ts), whatever
    // kind a word of the act's name suggests ("Static Radio: 21:00" is no interview).
    const actRow = item.kind.value !== 'set' ? artistSetName(item.name.value, item.kind.value, artist) : null;
    const draft: Draft<Activity> = actRow
      ? { name: { ...item.name, value: actRow }, kind: { ...item.kind, value: 'set' }, startTime: item.start }
      : { name, kind: item.kind, startTime: item.start };
    // A pasted note's year-less day takes the show's year, not today's (activity-yearless-day.ts).
    const date = (item.date && yearlessDayNearShow(source, item.date, ctx.general.date?.value)) ?? (ctx.general.date ? found(ctx.general.date.value, { ...ctx.general.date, method: 'inferred' }) : undefined);
    if (date) draft.date = date;
    if (item.end) draft.endTime = item.end;
    if (item.location) draft.location = item.location;
    if (item.destination) draft.destination = item.destination;
    if (item.notes) draft.notes = item.notes;
    return draft;
  });
  // A tour book's travel sheet writes the schedule's rides again (travel/ride-twins.ts).
  return withRideTwins(items, routes.trips).concat(railLegs(source), coach.trips, seaCrossings(source).map((c) => c.draft));
});
