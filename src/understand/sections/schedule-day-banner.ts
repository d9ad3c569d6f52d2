/**
 * A day's banner over an itinerary's block: "DAY 2 · THURSDAY 4 NOVEMBER 2027 · COPENHAGEN · SHOW DAY".
 * Longer than a bare date heading, it is still a heading when its parts are set apart by middle dots,
 * bars or spaced dashes, and it opens with the day: the date (a weekday beside it at most) is its
 * first part, or its second after a numbered day ("Day 2", "Tag 2", "Jour 2"). A subject line
 * ("Leeds 3/10 advance - Act") or a sentence is no banner.
 */
const PART_SEPARATOR = /\s+[·•|–—-]\s+|\s*[·•|]\s*/;
const NUMBERED_DAY = /^(?:day|dag|tag|d[ií]a|jour|giorno|dzie[ńn]|p[äa]iv[äa])\s*\d{1,2}\.?$/iu;
/** Weekdays (any supported language, full or short) may stand beside the date in its part. */
const WEEKDAY = /^(?:(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*|\p{L}+(?:day|dag|tag|ntai|stai)|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|mittwoch|luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|sabato|domenica|keskiviikko)\.?,?$/iu;

/** Whether `line` is a day banner, its date written at `dateAt` for `dateLength` characters. */
export function isDayBanner(line: string, dateAt: number, dateLength: number): boolean {
  if (line.length > 100) return false;
  const parts = line.split(PART_SEPARATOR);
  if (parts.length < 2) return false;
  let from = 0;
  for (const [i, part] of parts.entries()) {
    const at = line.indexOf(part, from);
    from = at + part.length;
    if (dateAt < at || dateAt >= from) continue;
    // "ARRIVAL DAY – Friday 19 November 2027": the day's title in capitals, then its date as the last part.
    const titled = i === parts.length - 1 && parts.slice(0, i).every(isCapitalTitle);
    if (!titled && (i > 1 || (i === 1 && !NUMBERED_DAY.test(parts[0]!.trim())))) return false;
    const rest = (line.slice(at, dateAt) + ' ' + line.slice(dateAt + dateLength, from)).trim();
    return rest.split(/\s+/).filter(Boolean).every((w) => WEEKDAY.test(w));
  }
  return false;
}

/** A title in capitals ("■ SHOW DAY", "ANKUNFT / ARRIVAL"): three letters or more, none in lower case. */
function isCapitalTitle(part: string): boolean {
  return (part.match(/\p{Lu}/gu)?.length ?? 0) >= 3 && !/\p{Ll}/u.test(part);
}

/** A row that opens with a clock time ("15:00 Get-in", "16:30 – 17:30 Soundcheck"), not with a date ("12.05.2027"). */
const TIMED_ROW = /^\s*\d{1,2}[:.h]\d{2}(?![.:/]?\d)/;

/**
 * A date line over timed rows: "Friday 8 May 2027, The Hall (all times local)" above "15:00 Get-in".
 * Longer than a bare date heading, it still heads the rows when it opens with the date (a weekday
 * before it at most), what follows is set off by a comma or dash, and the next line is a timed row.
 */
export function headsTimedRows(line: string, dateAt: number, dateLength: number, next: string | undefined): boolean {
  if (line.length > 100 || !next || !TIMED_ROW.test(next)) return false;
  const before = line.slice(0, dateAt).trim();
  if (before && !before.split(/\s+/).every((w) => WEEKDAY.test(w))) return false;
  return /^\s*(?:[,–—-]|$)/.test(line.slice(dateAt + dateLength));
}

/**
 * A line that closes on its day in brackets: "Run of show for the club (Sat 13th) 👇", "Plan for
 * tomorrow (Fri 12/11):". The bracket holds the date alone (a weekday beside it at most) and only a
 * colon, arrow or emoji follows it, or the day's title after a dash: the line announces the rows below as that day's.
 */
export function closesWithDayBracket(line: string, dateAt: number, dateLength: number): boolean {
  const open = line.lastIndexOf('(', dateAt);
  if (open < 0 || line.slice(open, dateAt).includes(')')) return false;
  const inside = line.slice(open + 1, dateAt).trim();
  if (inside && !inside.split(/\s+/).every((w) => WEEKDAY.test(w))) return false;
  const after = line.slice(dateAt + dateLength);
  return /^\s*\)[\s:↓⬇\p{Extended_Pictographic}\u{FE0F}\u{1F3FB}-\u{1F3FF}]*$/u.test(after) || DAY_TITLE_AFTER.test(after);
}

/** "Tomorrow (Mon 9 Mar) – departure", "भोलि (सोमबार, ९ मार्च) – प्रस्थान": the day's title of a word or two after a spaced dash. */
const DAY_TITLE_AFTER = /^\s*\)[ \t]+[–—-][ \t]+[\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+)?[ \t]*$/u;

/**
 * A chat message's last clause opening with its day and pointing at the lines below: "Hey Kasun! Irida
 * (9th) gig plan 👇", "Sat 13th running order:". The clause starts the line or follows a sentence's end
 * (a stop, "!", "?" or an emoji) and closes on a colon or a pointing arrow.
 */
export function opensPointingClause(line: string, dateAt: number): boolean {
  const before = line.slice(0, dateAt);
  if (before.trim() && !/(?:[.!?]|\p{Extended_Pictographic}\u{FE0F}?)\s+$/u.test(before)) return false;
  return /(?::|👇|⬇\u{FE0F}?|↓)\s*$/u.test(line) && line.length - dateAt <= 60;
}

/** A list row opening with a clock time, after its bullet and a word for "at the hour" ("- kl. 15:00 …", "- ժամը 15:00 …"). */
const LISTED_TIMED_ROW = /^\s*(?:[-–•*·]\s+)?(?:(?:kl|klo|ore|ora|godz|ժամը)\.?\s+)?\d{1,2}[:.]\d{2}(?![.:/]?\d)/iu;

/**
 * A contract's clause announcing the day's rows: "The parties agree on the schedule of the show day,
 * 12 March 2027:" over "- 15:00 get-in". It names one date and ends with a colon, or with the full
 * stop Armenian writes where others write a colon ("…, հետեւյալ ժամանակացույցը."), and the next line is
 * a timed row.
 */
export function announcesTimedRows(line: string, dates: number, next: string | undefined): boolean {
  if (dates !== 1 || !next || !LISTED_TIMED_ROW.test(next)) return false;
  return /:\s*$/.test(line) || (/[\u0531-\u0587]/u.test(line) && /\.\s*$/.test(line));
}
