/**
 * A phone chat pasted as text (iMessage, WhatsApp copied from the phone): day stamps alone on their
 * line without a year ("wo 13 okt. 14:05", "Fri 15 Oct 09:12", "Today 14:21"), and each message
 * opened by its sender's first name and a colon ("Ruben: Hoi!"). The stamps are the app's, not the
 * show's dates: they are blanked (offsets kept) and the messages become chat turns, so a later
 * message's correction is known as later. A line's "Name:" is a sender only when two or more
 * names each open two or more lines ("laden: 15:00" once is a label). The stamps take their year
 * from the first full date the text writes ("Zaterdag 16-10-2027"), the next year once their month
 * turns back ("30 dec." then "2 jan."), else no date is given; each message is dated by the stamp
 * above it, the chat by its first stamp. "Yesterday 21:47" and "Today 09:14" are the last two days
 * before the chat was copied: the earliest days after the last dated stamp that keep their order
 * (yesterday the day after it, today the day after yesterday). The phone's receipts ("Delivered",
 * "Read 09:31") are blanked with the stamps. An iPhone writes its stamps month first and on the
 * 12-hour clock ("Thu, Apr 8 at 11:52 AM"), and a day of the past week by its weekday alone
 * ("Wednesday 4:20 PM"): the first such weekday after the last dated stamp.
 */
import { findDates, weekdayNumber } from '../normalise/date.js';
import { labelKey } from './lexicon.js';
import type { ChatTurn } from './mask.js';
import { blankSpans, firstWrittenYear, stampDays } from './chat-stamps.js';

/** A stamp's clock: "14:05", "11:52 AM". */
const CLOCK = String.raw`[ \t]+\d{1,2}[:.]\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]*$`;
const AT = String.raw`(?:[ \t]+(?:om|at|um|à|kl\.?|alle))?`;
/** "wo 13 okt. 14:05", "Fri, 15 Oct 09:12", "13 okt. om 14:05", "Thu, Apr 8 at 11:52 AM": a weekday, a day and month word, a time. */
const DAY_STAMP = new RegExp(String.raw`^[ \t]*(?:\p{L}{2,10}\.?,?[ \t]+)?(?:(?<day>\d{1,2})\.?[ \t]+(?<month>\p{L}{3,10}\.?)|(?<monthFirst>\p{L}{3,10}\.?)[ \t]+(?<dayAfter>\d{1,2}),?)${AT}${CLOCK}`, 'gmu');
/** "Yesterday 21:47", "Today 09:14", "Gestern um 21:47": a day word for the phone's last two days, then a time. */
const RELATIVE_STAMP = new RegExp(String.raw`^[ \t]*(?<word>yesterday|today|gestern|heute|igår|i går|idag|i dag|aujourd['’]hui|ayer|hoy|gisteren|vandaag|ieri|oggi)${AT}${CLOCK}`, 'gimu');
/** "Wednesday 4:20 PM": a day of the past week by its weekday alone. */
const WEEKDAY_STAMP = new RegExp(String.raw`^[ \t]*(?<weekday>\p{L}{3,12})${AT}${CLOCK}`, 'gmu');
const YESTERDAY = /^(?:yesterday|gestern|igår|i går|ayer|gisteren|ieri)$/i;
/** A phone's receipt under a message: "Delivered", "Read 09:31", "Gelesen". */
const RECEIPT = /^[ \t]*(?:delivered|read|seen|zugestellt|gelesen|levererat|läst|levert|lest|distribué|lu|entregado|leído|bezorgd|gelezen|consegnato|letto)(?:[ \t]+\d{1,2}[:.]\d{2})?[ \t]*$/gimu;
/** A message's sender: a capitalised first name (or two words) opening its line, then a colon and text. */
const SENDER = /^(?<name>\p{Lu}[\p{L}'’-]{1,20}(?:[ \t]\p{Lu}[\p{L}'’-]{1,20})?):[ \t]+(?=\S)/gmu;

export interface DayStampChat { text: string; chatDate: Date | null; turns: ChatTurn[] }

export function dayStampChat(text: string): DayStampChat | null {
  const dated = [...text.matchAll(DAY_STAMP)].filter((m) => findDates(m[0]).length > 0);
  const relative = [...text.matchAll(RELATIVE_STAMP), ...[...text.matchAll(WEEKDAY_STAMP)].filter((m) => weekdayNumber(m.groups!.weekday!) !== undefined)];
  if (!dated.length || dated.length + relative.length < 2) return null;
  const stamps = [...dated, ...relative].sort((a, b) => a.index - b.index);
  const senders = [...text.matchAll(SENDER)];
  const counts = new Map<string, number>();
  for (const s of senders) counts.set(s.groups!.name!, (counts.get(s.groups!.name!) ?? 0) + 1);
  // A known label written on several lines ("Bus: …", "Hotel: …" under each day of an itinerary) is no sender.
  const speakers = new Set([...counts].filter(([name, n]) => n >= 2 && !labelKey(name)).map(([name]) => name));
  if (speakers.size < 2) return null;
  const opening = senders.filter((s) => speakers.has(s.groups!.name!));
  const out = blankSpans(text, [...stamps, ...opening, ...text.matchAll(RECEIPT)].map((m): [number, number] => [m.index, m[0].length]));
  // A message runs to the next sender's line or the next day stamp, and is dated by the stamp above it.
  const bounds = [...opening.map((s) => s.index), ...stamps.map((s) => s.index)].sort((a, b) => a - b);
  const datedDays = stampDays(dated, firstWrittenYear(out), (stamp, year) => {
    const g = stamp.groups!;
    const day = year ? findDates(`${g.day ?? g.dayAfter} ${g.month ?? g.monthFirst} ${year}`)[0]?.value : undefined;
    const date = day ? new Date(`${day}T12:00:00Z`) : null;
    return date && !Number.isNaN(date.getTime()) ? date : null;
  });
  const days = relativeDays(stamps, new Map(dated.map((m, i) => [m, datedDays[i] ?? null])));
  let above = -1;
  let next = 0;
  const turns = opening.map((s): ChatTurn => {
    while (above + 1 < stamps.length && stamps[above + 1]!.index < s.index) above++;
    while (next < bounds.length && bounds[next]! <= s.index) next++;
    return {
      sender: s.groups!.name!,
      senderAt: s.index,
      span: [s.index + s[0].length, bounds[next] ?? text.length],
      date: days[above] ?? null,
    };
  });
  return { text: out, chatDate: days[0] ?? null, turns };
}

/**
 * Each stamp's day: a dated one its own, a weekday the first such day after the last dated one,
 * "yesterday" the day after that, "today" the day after yesterday.
 */
function relativeDays(stamps: RegExpMatchArray[], dated: Map<RegExpMatchArray, Date | null>): (Date | null)[] {
  let last: Date | null = null;
  let yesterday: Date | null = null;
  const after = (day: Date | null) => (day ? new Date(day.getTime() + 86_400_000) : null);
  return stamps.map((stamp) => {
    if (dated.has(stamp)) return (last = dated.get(stamp) ?? null);
    const weekday = stamp.groups!.weekday ? weekdayNumber(stamp.groups!.weekday) : undefined;
    if (weekday !== undefined) {
      let day = after(last);
      for (let i = 0; day && i < 7 && day.getUTCDay() !== weekday; i++) day = after(day);
      return (last = day);
    }
    if (YESTERDAY.test(stamp.groups!.word!)) return (yesterday ??= after(last));
    return after(yesterday ?? last);
  });
}
