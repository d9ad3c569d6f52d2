/**
 * Latvian and Indonesian words for the items of a show day, added to the kinds' patterns of
 * activity-kinds.ts as the Bulgarian and Hebrew ones are. Latvian words are bounded by "no Latin
 * letter before it" (JavaScript's `\b` knows no "ā" or "ī"; the patterns run without the `u` flag); Indonesian advances mix in English item
 * words the main patterns know ("line check", "shuttle"), so only their own words are here.
 */
import type { ActivityKind } from '../../interfaces.js';

/** No Latin letter before the word: JavaScript's `\b` knows no "ā", "ř" or "ă" (the patterns run without the `u` flag). */
export const NO_LATIN_BEFORE = '(?<![a-zà-ž])';
const LV = NO_LATIN_BEFORE;

export const LATVIAN_INDONESIAN_KINDS: Partial<Record<ActivityKind, string>> = {
  soundcheck: `${LV}skaņas (?:pārbaude|provēšana)|${LV}skanas parbaude|${LV}cek (?:sound|suara)`,
  load_in: `${LV}ielāde|${LV}ielade|${LV}iekraušana|${LV}bongkar muat|${LV}loading barang`,
  doors: `${LV}durvju atvēršana|${LV}durvju atversana|${LV}durvis|${LV}buka pintu|${LV}pintu dibuka|${LV}open gate`,
  curfew: `${LV}pasākuma beigas|${LV}pasakuma beigas|${LV}jābeidzas|${LV}jabeidzas|${LV}batas waktu`,
  transfer: `${LV}transfērs|${LV}penjemputan|${LV}jemput|${LV}antar ke`,
  interview: `${LV}intervija|${LV}wawancara`,
  meeting: `${LV}tikšanās|${LV}rapat`,
  set: `${LV}uzstāšanās|${LV}uzstasanas|${LV}iesildītāj|${LV}iesilditaj|${LV}koncerts|${LV}penampilan|${LV}manggung`,
};

/** Latvian and Indonesian words of meals, stays and flights: items of other sections. */
export const LATVIAN_INDONESIAN_OTHER_SECTION = new RegExp(`${LV}(?:vakariņas|vakarinas|pusdienas|brokastis|ēdināšana|viesnīc|iebraukšana|izbraukšana|lidojums|izlidošana|ielidošana|makan (?:malam|siang)|sarapan|katering|penginapan|penerbangan)`, 'i');

/**
 * Item words the prose reader of schedule.ts looks for before a time ("Skaņas pārbaude – no plkst. 17:00",
 * "gate open untuk penonton jam 14.00"; English ride words such as "shuttle" stay out, as a provider's name
 * holds them); the time may follow the Latvian "plkst." (o'clock), which the reader's gap cannot cross as it
 * stops at a full stop, so `CLOCK_WORD` lets the time take it.
 */
export const LATVIAN_INDONESIAN_NARRATIVE = `(?<![a-zà-ž])(?:ielāde|skaņas pārbaude|durvju atvēršana|uzstāšanās sākums|gate open)`;
/** "plkst. 14:00" (Latvian), "pukul 19.30" (Indonesian): a word for "at … o'clock" written before the time. */
export const CLOCK_WORD = String.raw`(?:plkst\.?|pukul)\s*`;
/** "no plkst. 17:00 līdz plkst. 18:15", "19.30 sampai 20.30": the end of a range after "until". */
export const RANGE_UNTIL = String.raw`\s+(?:līdz|sampai|hingga)\s+(?:plkst\.?\s*)?`;
