/**
 * A ride written as one line of a handbook or info sheet: "Saturday 17 July, 16:15 – artist shuttle
 * from Hotel Mira lobby to Gate C." A transfer named by its vehicle words as written, dated by the
 * line's date (a year-less one is the show's), from the place after "from" to the place after "to".
 */
import type { ExtractedSource } from '../../interfaces.js';
import { found } from '../found.js';
import { findDates, findTimes } from '../normalise/index.js';
import { evidenceAt, type Line } from '../text/index.js';
import { activityKind } from './activity-kinds.js';
import { labelledRide } from './ride-route.js';
import type { ScheduleItem } from './schedule.js';

const RIDE_LINE = /^\s*(?<date>\p{L}[^,\n]{2,30}?\d{1,2}[^,\n]{0,15}),\s*(?<time>\d{1,2}[:.h]\d{2})\s*[–—-]\s*(?<name>(?:\p{L}+\s+){0,2}(?:shuttle|transfer|pick-?up|van|bus|taxi|car|ride|traslado|navette|abholung))\s+(?:from|de|desde|von|fr[åa]n)\s+(?:the\s+)?(?<from>[^.;\n]{3,60}?)\s+(?:to|a|à|hasta|nach|till)\s+(?:the\s+)?(?<to>[^.;\n]{3,60}?)\s*\.?\s*$/iu;

/**
 * A ground block's ride with its route after the transfer word and a colon: "4 Mar., 21:15 – Transfer:
 * Airport (TBS) → Hotel Mira. Driver waits in arrivals." (Georgian "ტრანსფერი" as well), also dated by a slashed day with
 * its weekday in brackets ("6/4 (Fri) 16:30 – Airport pick-up: …"), any name of a ride; the sentence after the route is its
 * note. Its day, year-less or not, is the ride's own (the block lists several days). The line may be a bulleted list's
 * item, and an Arabic-script mail parts day and time with its own comma ("• 17 Nov، 09:00 — Pickup: …").
 */
const ROUTE_RIDE_LINE = /^\s*(?:[•·*▪]\s+)?(?<date>\d{1,2}\.?\s*\p{L}{3,12}\.?(?:\s+\d{4})?(?=\s*[,،])|\d{1,2}\/\d{1,2}\s*\(\p{L}{2,12}\))\s*[,،]?\s*(?<time>\d{1,2}[:.]\d{2})\s*[–—-]\s*(?<name>[^:→\n]{3,40}?):\s*(?<from>[^→\n]{2,60}?)\s*→\s*(?<to>[^.;\n]{2,60}?)\s*(?:\.\s+(?<notes>\S[^\n]*?)|\.)?\s*$/iu;

/** The ride lines among `lines`; each line read is added to `used`. */
export function rideLineItems(source: ExtractedSource, lines: Line[], ref: Date | null, used: Set<number>): ScheduleItem[] {
  const items: ScheduleItem[] = [];
  for (const line of lines) {
    const routedLine = used.has(line.index) ? null : ROUTE_RIDE_LINE.exec(line.text);
    // A drawn route makes a ride whatever its label calls it ("Drop: Hotel → Airport"), unless the label names another item.
    const kind = routedLine && activityKind(routedLine.groups!.name!);
    // An unknown label's route is a ride when its label or its ends say so (ride-route.ts): "Merch: foyer → bar" is not.
    const routed = routedLine && (kind === 'transfer' || (kind === 'other' && labelledRide(routedLine.groups!.name!, routedLine.groups!.from!, routedLine.groups!.to!))) ? routedLine : null;
    const m = used.has(line.index) ? null : routed ?? RIDE_LINE.exec(line.text);
    const date = m ? findDates(m.groups!.date!, ref ?? undefined)[0] : undefined;
    const time = m ? findTimes(m.groups!.time!)[0] : undefined;
    if (!m || !date || !time) continue;
    const g = m.groups!;
    const span = (part: string): [number, number] => {
      const at = line.start + line.text.indexOf(part);
      return [at, at + part.length];
    };
    // Georgian has no capitals (its upper case is a display script, Mtavruli): only a Latin name is capitalised.
    const name = /^\p{Script=Latin}/u.test(g.name!) ? g.name!.charAt(0).toUpperCase() + g.name!.slice(1) : g.name!;
    items.push({
      name: found(name, evidenceAt(source, span(g.name!), 'pattern')),
      kind: found('transfer', evidenceAt(source, span(g.name!), 'pattern')),
      start: found(time.value, evidenceAt(source, span(g.time!), 'pattern', true)),
      location: found(g.from!.trim(), evidenceAt(source, span(g.from!), 'pattern')),
      destination: found(g.to!.trim(), evidenceAt(source, span(g.to!), 'pattern')),
    });
    if (g.notes) items[items.length - 1]!.notes = found(g.notes, evidenceAt(source, span(g.notes), 'pattern'));
    // A year-less day ("Saturday 17 July") is left to the show's date rather than guessed a year.
    if (date.hasYear || routed) items[items.length - 1]!.date = found(date.value, evidenceAt(source, span(g.date!), 'pattern', true));
    used.add(line.index);
  }
  return items;
}
