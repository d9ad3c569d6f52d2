/**
 * A team channel copied as plain text (Slack's "Copy" of several messages) opens each post with its
 * time alone in brackets and the sender before a colon: "[9:05 AM] Ana Berg: van is loaded". A reply
 * in a thread says so before the colon ("[9:07 AM] Bo Lind replied to a thread: …", "… replied to Ana
 * Berg's message: "van is loaded" sure"), the quoted words being the earlier post's, not this one's.
 * The stamps carry no day: the client's year-less dividers ("Monday, March 8th") date the posts under
 * them (chat-day-dividers.ts). Only text with three or more such posts and a sender who posts twice
 * is read so; a day sheet's "[19:00] Doors: main room" lines have no repeated writer.
 */
import type { ChatTurn } from './mask.js';
import { blankSpans, DAY_DIVIDER, NAME, postHeads, someonePostsTwice, turnsOf } from './chat-stamps.js';
import { chatDayDividers } from './chat-day-dividers.js';
import { teamChatChrome } from './team-chat-chrome.js';

/** "[9:05 AM] Ana Berg: ", "[14:02] Bo Lind replied to a thread: ", "[9:07 AM] Bo Lind replied to Ana Berg's message: "…" ". */
const CLOCK_PREFIX = new RegExp(String.raw`^\[\d{1,2}:\d{2}(?:[ \t]*[AP]M)?\][ \t]*(?<name>${NAME})(?:[ \t]+replied to (?:a thread|[^:\n]{2,60}?['’]s? message)[ \t]*)?:(?:[ \t]*"[^"\n]*")?[ \t]*`, 'gmu');

export interface ClockPrefixChat { text: string; turns: ChatTurn[] }

export function clockPrefixChat(text: string): ClockPrefixChat | null {
  const heads = postHeads(text, CLOCK_PREFIX);
  if (heads.length < 3 || !someonePostsTwice(heads)) return null;
  const dividers = chatDayDividers(text);
  const turns = turnsOf(text, heads, (i) => dividers.findLast((d) => d.index < heads[i]!.index)?.date ?? null);
  const out = blankSpans(text, [
    ...heads.map((h): [number, number] => [h.index, h[0].length]),
    ...[...text.matchAll(DAY_DIVIDER)].map((m): [number, number] => [m.index, m[0].length]),
    ...dividers.map((d): [number, number] => [d.index, d.length]),
    ...teamChatChrome(text),
  ]);
  return { text: out, turns };
}
