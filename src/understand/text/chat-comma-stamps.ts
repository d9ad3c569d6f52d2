/**
 * A chat space copied from a web client that heads each post with its sender, a comma and a
 * relative stamp on one line ("Ana Berg, Tue 10:05", "Ana Berg, Yesterday 16:40", "Ana Berg, 08:12",
 * "Ana Berg, Now"). Around the posts the client writes its own words: "Edited" under a post,
 * reaction lines ("👍 2  🎉 1"), the thread's "Thread · 3 replies" and the space's
 * "Space · 5 members". Heads and client lines are blanked (offsets kept) and the posts become chat
 * turns. The stamps are relative to the day of copying, which the text does not write: the turns
 * stay undated. Only text with three or more heads, someone posting twice and each head followed
 * by its post is read so: a day sheet's "Doors, 19:30" lines follow each other.
 */
import type { ChatTurn } from './mask.js';
import { blankSpans, NAME, postHeads, REACTION, someonePostsTwice, turnsOf } from './chat-stamps.js';

const DAY = String.raw`(?:[Tt]oday|[Yy]esterday|(?:[Mm]on|[Tt]ue|[Ww]ed|[Tt]hu|[Ff]ri|[Ss]at|[Ss]un)[a-z]*\.?)`;
const TIME = String.raw`\d{1,2}:\d{2}(?:[ \t]*[AaPp][Mm])?`;
/** "Ana Berg, Tue 10:05", "Ana Berg, 08:12", "Ana Berg, Now". Case-sensitive: every word of the name is capitalised. */
const HEAD_SOURCE = String.raw`^[ \t]*(?<name>${NAME}),[ \t]+(?:(?:${DAY}[ \t]+)?${TIME}|[Nn]ow|[Jj]ust now)[ \t]*$`;
const HEAD = new RegExp(HEAD_SOURCE, 'gmu');
const HEAD_LINE = new RegExp(HEAD_SOURCE, 'u');
/** The client's lines between posts. */
const CLIENT_LINE = new RegExp(String.raw`^[ \t]*(?:edited|${REACTION}(?:[ \t]+${REACTION})*|(?:thread[ \t]*[·•|-][ \t]*)?\d{1,3}[ \t]+repl(?:y|ies)|space[ \t]*[·•|-][ \t]*\d{1,4}[ \t]+members?)[ \t]*$`, 'gimu');

export interface CommaStampChat { text: string; turns: ChatTurn[] }

export function commaStampChat(text: string): CommaStampChat | null {
  // "Doors, 19:30": a known label with its time is a schedule's line, no sender.
  const heads = postHeads(text, HEAD);
  if (heads.length < 3 || !someonePostsTwice(heads)) return null;
  const nextLine = (h: RegExpMatchArray) => text.slice(h.index! + h[0].length + 1).split('\n', 1)[0]!;
  if (!heads.every((h) => nextLine(h).trim() && !HEAD_LINE.test(nextLine(h)))) return null;
  const turns = turnsOf(text, heads, () => null);
  const client = [...text.matchAll(CLIENT_LINE)].filter((m) => m.index > heads[0]!.index || /members?[ \t]*$/iu.test(m[0]));
  const out = blankSpans(text, [...heads, ...client].map((m): [number, number] => [m.index, m[0].length]));
  return { text: out, turns };
}
