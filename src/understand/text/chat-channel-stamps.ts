/**
 * A team-chat channel copied from the browser (a Teams channel's posts): each post is its sender's
 * name alone on a line, then a stamp line with the day and month (the year maybe) and the time
 * ("Ana Berg" over "04/10 10:14"), then the message. Around the posts the client writes its own
 * words: day dividers ("Monday 4 October"), "Edited", "Reply", "Collapse all" and reaction counts
 * ("👍 3", "Like 2"). Sender, stamp and client lines are blanked (offsets kept) and the posts become
 * chat turns, each dated by its stamp; year-less stamps take the year of the first full date the
 * text writes. Only text with three or more such posts, two senders posting twice each, and a
 * client's line among them is read so: a day sheet's "Travel" over "12.10 09:00" is no post.
 */
import type { ChatTurn } from './mask.js';
import { blankSpans, DAY_DIVIDER, firstWrittenYear, NAME, postHeads, stampDay, stampDays, stampsMonthFirst, turnsOf } from './chat-stamps.js';

/** "Ana Berg" over "04/10 10:14" (or "04/10/2027 10:14", "04/10 2:14 PM"). */
const POST_HEAD = new RegExp(String.raw`^[ \t]*(?<name>${NAME})[ \t]*\n[ \t]*(?<d>\d{1,2})[./](?<m>\d{1,2})(?:[./](?<y>\d{2,4}))?,?[ \t]+\d{1,2}:\d{2}(?:[ \t]*[AP]M)?[ \t]*$`, 'gmu');
/** The client's words between posts: edit marks, buttons, reaction counts. */
const CLIENT_LINE = /^[ \t]*(?:edited|reply|collapse all|see more|see less|(?:(?:\p{Extended_Pictographic}\uFE0F?|like|love|laugh|heart)[ \t]*\d{1,3}[ \t]*)+)[ \t]*$/gimu;

export interface ChannelChat { text: string; turns: ChatTurn[] }

export function channelStampChat(text: string): ChannelChat | null {
  // A known label over a dated line ("Travel" / "12.10 09:00") heads a day sheet's item, not a post.
  const heads = postHeads(text, POST_HEAD);
  if (heads.length < 3) return null;
  const posts = new Map<string, number>();
  for (const h of heads) posts.set(h.groups!.name!.toLowerCase(), (posts.get(h.groups!.name!.toLowerCase()) ?? 0) + 1);
  if ([...posts.values()].filter((n) => n >= 2).length < 2) return null;
  const client = [...text.matchAll(CLIENT_LINE), ...text.matchAll(DAY_DIVIDER)];
  if (!client.length) return null;
  const monthFirst = stampsMonthFirst(heads.map((h) => h.groups!));
  const days = stampDays(heads, firstWrittenYear(text), (h, year) => stampDay(h.groups!, monthFirst, year));
  const turns = turnsOf(text, heads, (i) => days[i]!);
  const out = blankSpans(text, [...heads, ...client].map((m): [number, number] => [m.index, m[0].length]));
  return { text: out, turns };
}
