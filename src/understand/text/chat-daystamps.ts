/**
 * A phone chat pasted as text (iMessage, WhatsApp copied from the phone): day stamps alone on their
 * line without a year ("wo 13 okt. 14:05", "Fri 15 Oct 09:12", "Today 14:21"), and each message
 * opened by its sender's first name and a colon ("Ruben: Hoi!"). The stamps are the app's, not the
 * show's dates: they are blanked (offsets kept) and the messages become chat turns, so a later
 * message's correction is known as later. A line's "Name:" is a sender only when two or more
 * names each open two or more lines ("laden: 15:00" once is a label). The stamps take their year
 * from the first full date the text writes ("Zaterdag 16-10-2027"), else no date is given; each
 * message is dated by the stamp above it, the chat by its first stamp.
 */
import { findDates } from '../normalise/date.js';
import { labelKey } from './lexicon.js';
import type { ChatTurn } from './mask.js';

/** "wo 13 okt. 14:05", "Fri, 15 Oct 09:12", "13 okt. om 14:05": a weekday, a day and month word, a time. */
const DAY_STAMP = /^[ \t]*(?:\p{L}{2,10}\.?,?[ \t]+)?(?<day>\d{1,2})\.?[ \t]+(?<month>\p{L}{3,10}\.?)(?:[ \t]+(?:om|at|um|à|kl\.?|alle))?[ \t]+\d{1,2}[:.]\d{2}[ \t]*$/gmu;
/** A message's sender: a capitalised first name (or two words) opening its line, then a colon and text. */
const SENDER = /^(?<name>\p{Lu}[\p{L}'’-]{1,20}(?:[ \t]\p{Lu}[\p{L}'’-]{1,20})?):[ \t]+(?=\S)/gmu;
const YEAR_DATE = /\b\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d{2}\b|\b\d{1,2}\.?\s+\p{L}{3,10}\.?\s+(?:19|20)\d{2}\b/u;

export interface DayStampChat { text: string; chatDate: Date | null; turns: ChatTurn[] }

export function dayStampChat(text: string): DayStampChat | null {
  const stamps = [...text.matchAll(DAY_STAMP)].filter((m) => findDates(m[0]).length > 0);
  if (stamps.length < 2) return null;
  const senders = [...text.matchAll(SENDER)];
  const counts = new Map<string, number>();
  for (const s of senders) counts.set(s.groups!.name!, (counts.get(s.groups!.name!) ?? 0) + 1);
  // A known label written on several lines ("Bus: …", "Hotel: …" under each day of an itinerary) is no sender.
  const speakers = new Set([...counts].filter(([name, n]) => n >= 2 && !labelKey(name)).map(([name]) => name));
  if (speakers.size < 2) return null;
  const opening = senders.filter((s) => speakers.has(s.groups!.name!));
  let out = text;
  const blank = (index: number, length: number) => { out = out.slice(0, index) + ' '.repeat(length) + out.slice(index + length); };
  for (const s of stamps) blank(s.index, s[0].length);
  for (const s of opening) blank(s.index, s[0].length);
  // A message runs to the next sender's line or the next day stamp.
  const bounds = [...opening.map((s) => s.index), ...stamps.map((s) => s.index)].sort((a, b) => a - b);
  const year = firstWrittenYear(out);
  const dayOf = (stamp: RegExpMatchArray | undefined): Date | null => {
    const day = stamp && year ? findDates(`${stamp.groups!.day} ${stamp.groups!.month} ${year}`)[0]?.value : undefined;
    const date = day ? new Date(`${day}T12:00:00Z`) : null;
    return date && !Number.isNaN(date.getTime()) ? date : null;
  };
  const turns = opening.map((s): ChatTurn => ({
    sender: s.groups!.name!,
    senderAt: s.index,
    span: [s.index + s[0].length, bounds.find((b) => b > s.index) ?? text.length],
    date: dayOf(stamps.filter((t) => t.index < s.index).pop()),
  }));
  return { text: out, chatDate: dayOf(stamps[0]), turns };
}

/** The year of the first full date `text` writes ("Zaterdag 16-10-2027", "9 Oct 2027"). */
export function firstWrittenYear(text: string): number | undefined {
  const full = YEAR_DATE.exec(text);
  const year = full ? findDates(full[0])[0]?.value.slice(0, 4) : undefined;
  return year ? Number(year) : undefined;
}
