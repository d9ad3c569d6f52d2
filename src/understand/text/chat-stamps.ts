/**
 * What the chat readers (mask.ts, chat-daystamps.ts, chat-channel-stamps.ts, …) share: reading a
 * message's numeric stamp ("04/10", "10/23/2027") as a day, dating year-less stamps from a written
 * year on, the client's day dividers, a client's post heads and the turns they open, and blanking many
 * spans of a text at once (offsets kept).
 */
import { findDates } from '../normalise/date.js';
import type { ChatTurn } from './mask.js';
import { labelKey } from './lexicon.js';

/** A sender's name as chat clients print it: one to four capitalised words. */
export const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}`;
/** A reaction under a message: an emoji (with its modifiers) and a count ("❤️ 2"). */
export const REACTION = String.raw`\p{Extended_Pictographic}[\uFE0F\u200D\p{Extended_Pictographic}\p{EMod}]*[ \t]*\d{1,3}`;

/** An English month word: "October", "Oct", "Sept.". */
const MONTH_WORD = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
/** A day divider between posts: "Today", "Yesterday", "Thursday, October 21st", "Monday 4 October" (no year, no time). */
export const DAY_DIVIDER = new RegExp(String.raw`^[ \t]*(?:today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?(?:[ \t]+${MONTH_WORD}[ \t]+\d{1,2}(?:st|nd|rd|th)?|[ \t]+\d{1,2}\.?[ \t]+${MONTH_WORD})?)[ \t]*$`, 'gimu');

/** A numeric stamp's parts: day and month in either order, the year when written. */
export type StampParts = Record<string, string | undefined>;

/** Stamps are day first unless one of them can only be month first ("10/23/2027"). */
export function stampsMonthFirst(stamps: StampParts[]): boolean {
  return stamps.some((s) => Number(s.m) > 12) && stamps.every((s) => Number(s.d) <= 12);
}

/** The day of a numeric stamp in `year` (or the year it writes), or null when it is no day. */
export function stampDay({ d, m, y }: StampParts, monthFirst: boolean, year?: number): Date | null {
  const full = y ? (y.length === 2 ? 2000 + Number(y) : Number(y)) : year;
  if (full === undefined) return null;
  const date = new Date(Date.UTC(full, Number(monthFirst ? d : m) - 1, Number(monthFirst ? m : d), 12));
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * The days of stamps in the order the chat writes them, year-less ones from `year` on: a stamp whose
 * month comes before the previous stamp's is in the next year ("30/12" then "02/01"). `dayIn`
 * without a year gives a stamp's day only when the stamp writes its year.
 */
export function stampDays<T>(stamps: T[], year: number | undefined, dayIn: (stamp: T, year: number | undefined) => Date | null): (Date | null)[] {
  let previous: Date | null = null;
  return stamps.map((stamp) => {
    // A stamp that writes its own year needs none.
    const own = dayIn(stamp, undefined);
    if (own) {
      previous = own;
      return own;
    }
    let date = dayIn(stamp, year);
    if (date && previous && year !== undefined && date.getUTCMonth() < previous.getUTCMonth()) {
      year += 1;
      date = dayIn(stamp, year);
    }
    if (date) previous = date;
    return date;
  });
}

// "4/16/27": a year of two digits after a slashed day and month is a full date too.
const YEAR_DATE = /\b\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d{2}\b|\b\d{1,2}\.?\s+\p{L}{3,10}\.?\s+(?:19|20)\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2}(?![\d/])/u;

/** The year of the first full date `text` writes ("Zaterdag 16-10-2027", "9 Oct 2027", "4/16/27"). */
export function firstWrittenYear(text: string): number | undefined {
  const full = YEAR_DATE.exec(text);
  const year = full ? findDates(full[0])[0]?.value.slice(0, 4) : undefined;
  return year ? Number(year) : undefined;
}

/** `text` with each [index, length] span replaced by spaces, built once. */
export function blankSpans(text: string, spans: [number, number][]): string {
  if (!spans.length) return text;
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [index, length] of sorted) {
    const from = Math.max(index, at);
    const to = index + length;
    if (to <= at) continue;
    out += text.slice(at, from) + ' '.repeat(to - from);
    at = to;
  }
  return out + text.slice(at);
}

/** The post heads `head` finds in `text`, but a known label's ("Doors: 19:30", "Travel") is a day sheet's item, no sender. */
export function postHeads(text: string, head: RegExp): RegExpExecArray[] {
  return [...text.matchAll(head)].filter((h) => !labelKey(h.groups!['name']!));
}

/** Whether some sender heads two posts or more: a conversation, not a list of different items. */
export function someonePostsTwice(heads: RegExpExecArray[]): boolean {
  const names = heads.map((h) => h.groups!['name']!.toLowerCase());
  return new Set(names).size < names.length;
}

/** Each head's post as a chat turn: its sender, and its text up to the next head; `dateOf` dates the i-th. */
export function turnsOf(text: string, heads: RegExpExecArray[], dateOf: (i: number) => Date | null): ChatTurn[] {
  return heads.map((h, i): ChatTurn => ({
    sender: h.groups!['name']!,
    senderAt: h.index + h[0].indexOf(h.groups!['name']!),
    span: [h.index + h[0].length, heads[i + 1]?.index ?? text.length],
    date: dateOf(i),
  }));
}
