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
  return hasNew ? old : [];
}

/** Whether the line at `lineStart` is an old-value line with a new-value line among the two below it. */
export function isOldValueLine(text: string, lineStart: number): boolean {
  const lines = text.slice(lineStart, lineStart + 400).split('\n', 3);
  return OLD_LINE.test(lines[0]!) && lines.slice(1).some((l) => NEW_LINE.test(l));
}

/** Whether an offset lies on one of the spans. */
export function inSpans(spans: [number, number][], index: number): boolean {
  return spans.some(([a, b]) => index >= a && index < b);
}
