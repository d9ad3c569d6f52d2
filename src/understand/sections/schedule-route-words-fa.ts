/**
 * A Persian ride says its route in words inside its name: "ون از هتل به سالن" ("van from the hotel to
 * the hall"), "حرکت ون از لابی هتل به فرودگاه". The name stays as written; the place after "از" (from)
 * is where the ride leaves from, the place after "به" (to) where it goes, up to the name's end or a
 * comma, bracket or dash.
 */
const B = '(?<![\\u0600-\\u06FF\\u200C])';
const PLACE = '[^،,؛;()\\n–—]{1,40}?';
const FROM_TO = new RegExp(`${B}از[ \\t]+(?<from>${PLACE})[ \\t]+${B}به[ \\t]+(?<to>${PLACE})[ \\t]*(?=$|[،,؛;()\\n–—])`, 'u');

/** The origin and destination a Persian ride's name states, each with its offset in `name`. */
export function persianRideRoute(name: string): { from: { value: string; index: number }; to: { value: string; index: number } } | null {
  const m = FROM_TO.exec(name);
  if (!m) return null;
  const from = m.groups!['from']!;
  const to = m.groups!['to']!;
  const fromAt = m.index + m[0].indexOf(from);
  return { from: { value: from, index: fromAt }, to: { value: to, index: m.index + m[0].lastIndexOf(to) } };
}
