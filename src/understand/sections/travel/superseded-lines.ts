/**
 * A schedule-change notice prints a flight's old values and its new ones on lines of their own, each
 * opened by its label ("WAS: dep 07:10 arr 10:25" / "NOW: dep 09:40 arr 12:55", "Old time" / "New
 * time", "Alt:" / "Neu:"). Only the new line states the booking: the old line's times and flight
 * number are history. Read per line of a segment's block.
 */

/** The label opening a line of old values. */
const OLD_LINE = /^[ \t]*(?:was|old|previous(?:ly)?|original(?:ly)?|before|alt|vorher|bisher|ancien(?:ne)?|avant|antes|anterior|tidigare|förut|før|tidligere|oud|eerder|prima|precedente)\b(?:[ \t]+(?:time|times|schedule|flight|zeit|horaire|horario|tid))?[ \t]*:/i;
/** The label opening a line of new values. */
const NEW_LINE = /^[ \t]*(?:now|new|revised|updated|jetzt|neu|nouveau|nouvelle|maintenant|ahora|nuevo|nueva|nu|ny|nytt|nieuw|nuovo|nuova|adesso|ora)\b(?:[ \t]+(?:time|times|schedule|flight|zeit|horaire|horario|tid))?[ \t]*:/i;

/**
 * The spans (absolute offsets) of the old-value lines of a block that also has a new-value line; an
 * old line alone (no new one beside it) is left as it is: nothing says what replaced it.
 */
export function supersededSpans(block: string, start: number): [number, number][] {
  const old: [number, number][] = [];
  let hasNew = false;
  let at = 0;
  for (const line of block.split('\n')) {
    if (OLD_LINE.test(line)) old.push([start + at, start + at + line.length]);
    else if (NEW_LINE.test(line)) hasNew = true;
    at += line.length + 1;
  }
  // "now departs at 06:40 (previously 06:15)": an old value in brackets beside its new one, in any line.
  const asides = [...block.matchAll(OLD_ASIDE)].map((m): [number, number] => [start + m.index, start + m.index + m[0].length]);
  return [...(hasNew ? old : []), ...asides];
}

/** A bracket giving the old value: "(previously 06:15)", "(was 14:05)", "(vorher 10:20)", "(antes 9:40)". */
const OLD_ASIDE = /\((?:previously|was|originally|formerly|vorher|bisher|früher|avant|auparavant|antes|tidigare|før|tidligere|eerder|prima)[ \t]+[^()\n]{1,24}\)/giu;

/** Whether the line at `lineStart` is an old-value line with a new-value line among the two below it. */
export function isOldValueLine(text: string, lineStart: number): boolean {
  const lines = text.slice(lineStart, lineStart + 400).split('\n', 3);
  return OLD_LINE.test(lines[0]!) && lines.slice(1).some((l) => NEW_LINE.test(l));
}

/**
 * What may follow a flight heading's words on its line: a word or two ("details") and a remark after a
 * dash or in brackets ("(no longer operating)"); a sentence ("Cancelled flights are refunded within …") is no heading.
 */
const HEADING_TAIL = String.raw`(?![\p{L}])(?:[ \t]+[\p{L}\d]+){0,2}(?:[ \t]*[-–(][^\n]{0,40})?[ \t]*$`;
/** A heading alone on its line over the replaced flight's block ("ORIGINAL FLIGHT (no longer operating)", "Ursprünglicher Flug"). */
const OLD_HEADING = new RegExp(String.raw`^[ \t]*(?:your[ \t]+)?(?:(?:original|old|previous|former|cancell?ed|replaced|ursprüngliche[rn]?|bisherige[rn]?|alte[rn]?)[ \t]+(?:flights?|flug|flyg|vuelo|vol)|(?:vol|vuelo)[ \t]+(?:initial|d'origine|annulé|original|anterior|cancelado))${HEADING_TAIL}`, 'gimu');
/** A heading alone on its line over the flight that replaces it ("YOUR NEW FLIGHT", "Neuer Flug", "Nouveau vol"). */
const NEW_HEADING = new RegExp(String.raw`^[ \t]*(?:your[ \t]+)?(?:(?:new|revised|updated|rebooked|replacement|neue[rn]?|nuevo|nytt?)[ \t]+(?:flights?|flug|flyg|vuelo)|nouveau[ \t]+vol|vol[ \t]+modifié)${HEADING_TAIL}`, 'gimu');

/**
 * A schedule-change notice may print the replaced flight whole under a heading of its own
 * ("ORIGINAL FLIGHT" over "Flight: AB 123" …) and the new one under another ("YOUR NEW FLIGHT"): the
 * spans from each old heading to the new heading after it. Without a new heading nothing is replaced.
 */
export function oldFlightSections(text: string): [number, number][] {
  const news = [...text.matchAll(NEW_HEADING)].map((m) => m.index);
  const out: [number, number][] = [];
  for (const m of text.matchAll(OLD_HEADING)) {
    const next = news.find((n) => n > m.index);
    if (next !== undefined) out.push([m.index, next]);
  }
  return out;
}

/** A seat column's heading marked as the old one ("SEAT WAS", "Old seat", "Sitz alt"). */
const OLD_SEAT_HEADING = /\b(?:was|old|previous|original|before|alt|bisher|ancien|antes|anterior|tidigare)\b/i;
const NEW_SEAT_HEADING = /\b(?:now|new|revised|updated|neu|jetzt|nouveau|nouvelle|nuevo|nueva|ny|nu)\b/i;

/**
 * The seats of a table row still booked: under a header that heads one seat column as the old
 * seat and another as the new ("SEAT WAS   SEAT NOW"), the row's old seats go. `seatHeadings` are
 * the header's seat cells in order; the row's seats are read in the same order, one per column.
 */
export function currentSeats<T>(seatHeadings: string[], seats: T[]): T[] {
  const old = seatHeadings.map((h) => OLD_SEAT_HEADING.test(h) && !NEW_SEAT_HEADING.test(h));
  if (!old.some(Boolean) || old.every(Boolean) || seats.length !== seatHeadings.length) return seats;
  return seats.filter((_, i) => !old[i]);
}

/** Whether an offset lies on one of the spans. */
export function inSpans(spans: [number, number][], index: number): boolean {
  return spans.some(([a, b]) => index >= a && index < b);
}
