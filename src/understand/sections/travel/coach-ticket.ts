/**
 * A coach operator's ticket prints the journey as stops, one row each: the time, then the stop
 * ("08:45 ⇥ City (Stop)"), the stop's street address on the row under it or run on after its name,
 * under a heading with the trip's day ("Outward trip · Thu, 12 Mar 2026") and a line naming the bus
 * line ("Line N415 direction X": X is the line's terminus, not the party's destination). The first
 * stop and the next make one transfer named by the bus line; the travellers' seats are its note
 * (seat-roster.ts). Remarks after an address ("Bus platform F", "Arrival time is an estimate") are
 * no part of the place.
 */
import type { Activity, ExtractedSource } from '../../../interfaces.js';
import type { Draft } from '../../found.js';
import { findDates, normaliseText } from '../../normalise/index.js';
import { read, type Line } from '../../text/index.js';
import { activityKind } from '../activity-kinds.js';
import { readerFor } from './reader.js';
import { seatRoster } from './seat-roster.js';

/** "Line N415", "Linie 042", "Lijn 5", "Ligne N7", "Línea 402": the bus line and its number. */
const BUS_LINE = /(?<![\p{L}])L(?:ine|inie|ijn|igne|[íi]nea|inea|inha|inja)[ \t]+([A-Z]{0,3}\d{1,4}[A-Z]?)(?![\p{L}\d])/u;
/** A stop's row: its time, a tab, the stop. */
const STOP_ROW = /^[ \t]*((?:[01]?\d|2[0-3]):[0-5]\d)\t(\p{L}.*)$/u;
/** The row under a stop carrying its address: no time, a tab before the text. */
const ADDRESS_ROW = /^\t+(\S.*)$/;
/** A street and number, then a postcode ("Stationsplein 4, 3511", "Kade 12, 1013 AB"). */
const STREET = /(\p{Lu}[\p{L}.'’-]*[ \t]+\d{1,4}[a-z]?,[ \t]*(?:[A-Z]{1,2}-)?\d{4,5}(?:[ \t]?[A-Z]{2})?[ \t]+)(\p{Lu}\S*(?:[ \t]+\S+)*)/u;
/** How far below the day's heading the bus line and the stops may stand. */
const LOOK_AHEAD = 8;

/** The city after a postcode: its capitalised words, up to a remark opening a sentence ("Bus platform F"). */
function cityOf(words: string): string {
  const w = words.split(/[ \t]+/);
  let n = 1;
  while (n < w.length && /^\p{Lu}/u.test(w[n]!) && !/^\p{Ll}/u.test(w[n + 1] ?? '') && !/[.,;:]$/.test(w[n - 1]!)) n++;
  return w.slice(0, n).join(' ').replace(/[.,;:]$/, '');
}

/** "Utrecht (Jaarbeurs) Stationsplein 4, 3511 Utrecht …": the stop's name and its address, as one place. */
function place(stop: string, below: string | undefined): string | null {
  const text = below ? `${stop} ${below}` : stop;
  const m = STREET.exec(text);
  if (!m) return normaliseText(stop);
  // A bracketed stop ("City (Stop)") ends at its bracket, so a street of several words ("Rue Alcide 4") stays whole.
  const bracket = stop.indexOf(')');
  const nameEnd = bracket > 0 && bracket < m.index ? bracket + 1 : m.index;
  const name = text.slice(0, nameEnd).trim();
  const address = `${text.slice(nameEnd, m.index)}${m[1]!}`.trim() + ` ${cityOf(m[2]!)}`;
  return normaliseText(name ? `${name}, ${address}` : address);
}

export function coachLegs(source: ExtractedSource): { trips: Draft<Activity>[]; lines: Line[] } {
  const lines = read(source).lines;
  const trips: Draft<Activity>[] = [];
  const used: Line[] = [];
  const r = readerFor(source, 'pattern');
  lines.forEach((line, i) => {
    const bus = BUS_LINE.exec(line.text);
    if (!bus) return;
    // The trip's day: on the line naming the bus line, or a heading just above it.
    const dayLine = lines.slice(Math.max(0, i - 3), i + 1).findLast((l) => findDates(l.text).length);
    // A stop is a place: a row naming an item of the day ("14:00 ⇥ Load in") is a schedule's, not a ticket's.
    const stops = lines.slice(i + 1, i + 1 + LOOK_AHEAD).map((l, k) => ({ l, k: i + 1 + k, m: STOP_ROW.exec(l.text) }))
      .filter((s) => s.m && [null, 'other'].includes(activityKind(s.m[2]!)));
    if (!dayLine || stops.length < 2) return;
    const [dep, arr] = [stops[0]!, stops[1]!];
    // The address row under a stop (the departure's stands between the two stops).
    const under = (k: number) => (k + 1 !== arr.k ? ADDRESS_ROW.exec(lines[k + 1]?.text ?? '')?.[1] : undefined);
    const day = findDates(dayLine.text)[0]!;
    const span = (l: Line, text: string): [number, number] => { const at = l.text.indexOf(text); return [l.start + at, l.start + at + text.length]; };
    const from = place(dep.m![2]!, under(dep.k)), to = place(arr.m![2]!, under(arr.k));
    const name = `Bus ${bus[1]}`;
    const d: Draft<Activity> = {
      name: r.at(name, span(line, bus[0]), null, 'inferred'),
      kind: r.at('transfer', null, null, 'inferred'),
      date: r.at(day.value, [dayLine.start + day.index, dayLine.start + day.index + day.length], true, 'pattern'),
      startTime: r.at(dep.m![1]!, span(dep.l, dep.m![1]!), true, 'pattern'),
      endTime: r.at(arr.m![1]!, span(arr.l, arr.m![1]!), true, 'pattern'),
    };
    if (from) d.location = r.at(from, span(dep.l, dep.m![2]!), null, 'pattern');
    if (to) d.destination = r.at(to, span(arr.l, arr.m![2]!), null, 'pattern');
    const roster = seatRoster(lines, arr.k + 1);
    if (roster) d.notes = r.at(roster.value, [roster.index, roster.index + roster.length], null, 'pattern');
    trips.push(d);
    used.push(...lines.slice(dep.k, arr.k + 2));
  });
  return { trips, lines: used };
}
