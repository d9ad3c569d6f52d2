/**
 * Words a day sheet or tour book heads its blocks with that name no field of their own ("TRAVEL",
 * "PARKING", "GUEST LIST"). Written in capitals beside a label in capitals ("VENUE ⇥ TRAVEL"), such a
 * word is the next column's heading, not the label's value: a page laid out in two columns of blocks.
 */
const SECTION_WORDS = /^(?:travel|transport|logistics|routing|directions|itinerary|parking|guest[ \t]?list|tomorrow|today|production|merch(?:andise)?|weather|settlement|advance|general|info(?:rmation)?|misc(?:ellaneous)?|security|ticketing|press|media)$/i;

/**
 * Blocks a tour app's day page sets side by side under plain headings ("Hotel ⇥ Flights", "Stay — last night ⇥
 * Trains"): a plural block word is the next column's heading in any case, never a hotel's or act's name.
 */
const BLOCK_PLURALS = /^(?:flights|hotels|trains|transfers|rides|meals|contacts)$/i;

/** Whether `value` is a block heading in capitals beside `label`, also in capitals, or a plural block word beside a heading. */
export function isHeadingBeside(label: string, value: string): boolean {
  const caps = (t: string) => /\p{Lu}/u.test(t) && t === t.toUpperCase() && !/\d/.test(t);
  if (BLOCK_PLURALS.test(value.trim()) && /^\p{Lu}/u.test(label.trim()) && /^\p{Lu}/u.test(value.trim())) return true;
  return caps(label.trim()) && caps(value.trim()) && SECTION_WORDS.test(value.trim());
}
