/**
 * A team-chat channel copied from the browser (a Teams channel's posts): each post is its sender's
 * name alone on a line, then a stamp line with the day and month (the year maybe) and the time
 * ("Ana Berg" over "04/10 10:14"), then the message. Around the posts the client writes its own
 * words: day dividers ("Monday 4 October"), "Edited", "Reply", "Collapse all" and reaction counts
 * ("👍 3", "Like 2"). Sender, stamp and client lines are blanked (offsets kept) and the posts become
 * chat turns, each dated by its stamp; a year-less stamp takes the year of the first full date the
 * text writes. Only text with three or more such posts, one sender posting twice, is read so.
 */
import type { ChatTurn } from './mask.js';
import { firstWrittenYear } from './chat-daystamps.js';

const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}`;
/** "Ana Berg" over "04/10 10:14" (or "04/10/2027 10:14", "04/10 2:14 PM"). */
const POST_HEAD = new RegExp(String.raw`^[ \t]*(?<name>${NAME})[ \t]*\n[ \t]*(?<d>\d{1,2})[./](?<m>\d{1,2})(?:[./](?<y>\d{2,4}))?,?[ \t]+\d{1,2}:\d{2}(?:[ \t]*[AP]M)?[ \t]*$`, 'gmu');
/** The client's words between posts: edit marks, buttons, reaction counts. */
const CLIENT_LINE = /^[ \t]*(?:edited|reply|collapse all|see more|see less|(?:(?:\p{Extended_Pictographic}\uFE0F?|like|love|laugh|heart)[ \t]*\d{1,3}[ \t]*)+)[ \t]*$/gimu;
/** A day divider between posts: "Today", "Yesterday", "Thursday, October 21st", "Monday 4 October" (no year, no time). */
export const DAY_DIVIDER = /^[ \t]*(?:today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?(?:[ \t]+\p{L}+[ \t]+\d{1,2}(?:st|nd|rd|th)?|[ \t]+\d{1,2}\.?[ \t]+\p{L}+)?)[ \t]*$/gimu;

export interface ChannelChat { text: string; turns: ChatTurn[] }

export function channelStampChat(text: string): ChannelChat | null {
  const heads = [...text.matchAll(POST_HEAD)];
  const names = heads.map((h) => h.groups!.name!.toLowerCase());
  if (heads.length < 3 || new Set(names).size === names.length) return null;
  const stamps = heads.map((h) => h.groups!);
  // Day first, as the stamps' own order shows unless one can only be month first ("10/23").
  const monthFirst = stamps.some((s) => Number(s.m) > 12) && stamps.every((s) => Number(s.d) <= 12);
  const written = firstWrittenYear(text);
  let out = text;
  const blank = (index: number, length: number) => { out = out.slice(0, index) + ' '.repeat(length) + out.slice(index + length); };
  for (const h of heads) blank(h.index, h[0].length);
  for (const m of out.matchAll(CLIENT_LINE)) blank(m.index, m[0].length);
  for (const m of out.matchAll(DAY_DIVIDER)) blank(m.index, m[0].length);
  const turns = heads.map((h, i): ChatTurn => {
    const { d, m, y } = h.groups!;
    const year = y ? (y.length === 2 ? 2000 + Number(y) : Number(y)) : written;
    const date = year ? new Date(Date.UTC(year, Number(monthFirst ? d : m) - 1, Number(monthFirst ? m : d), 12)) : null;
    return {
      sender: h.groups!.name!,
      senderAt: h.index + h[0].indexOf(h.groups!.name!),
      span: [h.index + h[0].length, heads[i + 1]?.index ?? text.length],
      date: date && !Number.isNaN(date.getTime()) ? date : null,
    };
  });
  return { text: out, turns };
}
