/**
 * A Messenger (Facebook / Instagram) conversation copied from the browser: each message run is
 * headed by its sender's name alone on a line, or "You sent" for the copier's own; replies are
 * headed "Name replied to you" / "You replied to Name" over the quoted line. Stamps stand alone on
 * their lines ("3 Mar 2027, 10:05", "Tue 09:40", "Yesterday at 19:02"), and the client writes its
 * own lines around the messages: the profile header ("Active 2h ago", "Works at …", "View profile"),
 * "Seen", reactions ("❤️ 1", "Name reacted 😂 to your message"), attachment notices ("Name sent a
 * photo.", "Voice message · 1:12", "PDF · 60 KB") and a link preview's bare host line. Heads, stamps,
 * client lines and a reply's quoted line (a repeat of an earlier line) are blanked (offsets kept),
 * and the messages become chat turns, so a later message's change is known as later. A stamp that
 * writes its date dates the messages under it; relative stamps ("Today at 09:02") leave them
 * undated, their day not being written. Only text with two or more "You sent" heads and another
 * sender heading two or more messages is read so.
 */
import { findDates } from '../normalise/date.js';
import { blankSpans, NAME, REACTION } from './chat-stamps.js';
import { labelKey } from './lexicon.js';
import type { ChatTurn } from './mask.js';

/** The copier's own messages: "You sent", "You replied to Ana". */
const SELF_HEAD = new RegExp(String.raw`^[ \t]*You (?:sent|replied to ${NAME})[ \t]*$`, 'gmu');
/** Another sender's head: the name alone on a line, or "Ana Berg replied to you". */
const NAME_HEAD = new RegExp(String.raw`^[ \t]*(?<name>${NAME})(?:[ \t]+replied to (?:you|themselves|${NAME}))?[ \t]*$`, 'gmu');
const TIME = String.raw`\d{1,2}:\d{2}(?:[ \t]*[AaPp][Mm])?`;
const MONTH_DAY = String.raw`(?:\d{1,2}[ \t]+\p{L}{3,9}\.?|\p{L}{3,9}\.?[ \t]+\d{1,2})(?:,?[ \t]+\d{4})?`;
const WEEKDAY = String.raw`(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*`;
/** "3 Mar 2027, 10:05", "Mar 3, 2027 at 10:05 AM", "Tue 09:40", "Yesterday at 19:02", "Today at 09:02". */
const STAMP = new RegExp(String.raw`^[ \t]*(?:(?<date>${MONTH_DAY})|${WEEKDAY}|today|yesterday)(?:,|[ \t]+at)?[ \t]+${TIME}[ \t]*$`, 'gimu');
/** The client's own lines. */
const CLIENT_LINE = new RegExp(String.raw`^[ \t]*(?:active (?:now|\d{1,2}[ \t]*[mhdw] ago)|you['’]re friends on facebook|you are now connected on messenger|(?:works at|lives in|studied at|went to)[ \t].+|view profile|seen|seen by .+|delivered|aa|${REACTION}(?:[ \t]+${REACTION})*|.+ reacted .+ to (?:your|their|a) message|.+ sent (?:an attachment|a photo|a video|a voice message|a gif|a sticker|a link)\.?|voice message[ \t]*·[ \t]*\d{1,2}:\d{2}|[A-Z0-9]{2,5}[ \t]*·[ \t]*\d+(?:[.,]\d+)?[ \t]*[KMG]?B)[ \t]*$`, 'gimu');
/** The file named under "Name sent an attachment.". */
const ATTACHMENT_NAME = /(sent an attachment\.?[ \t]*\n)([^\s/]+\.[A-Za-z0-9]{2,5})[ \t]*$/gmu;
const URL_HOST = /https?:\/\/([^/\s]+)/gu;

export interface MessengerChat { text: string; chatDate: Date | null; turns: ChatTurn[] }

export function messengerChat(text: string): MessengerChat | null {
  const own = [...text.matchAll(SELF_HEAD)];
  if (own.length < 2) return null;
  const stamps = [...text.matchAll(STAMP)];
  const client = [...text.matchAll(CLIENT_LINE)];
  // A name heads messages when it stands alone on two or more lines after the first stamp (the
  // profile header above it repeats the name too) and is no known label.
  const firstStamp = stamps[0]?.index ?? 0;
  const clientAt = new Set(client.map((m) => m.index));
  const named = [...text.matchAll(NAME_HEAD)].filter((m) => !clientAt.has(m.index) && !labelKey(m.groups!.name!) && m.groups!.name! !== 'You');
  const counts = new Map<string, number>();
  for (const m of named) if (m.index > firstStamp) counts.set(m.groups!.name!, (counts.get(m.groups!.name!) ?? 0) + 1);
  const senders = new Set([...counts].filter(([, n]) => n >= 2).map(([name]) => name));
  if (!senders.size) return null;
  const others = named.filter((m) => senders.has(m.groups!.name!));
  const heads = [...own.map((m) => ({ m, sender: 'You' })), ...others.filter((m) => m.index > firstStamp).map((m) => ({ m, sender: m.groups!.name! }))]
    .sort((a, b) => a.m.index - b.m.index);
  const header = others.filter((m) => m.index < firstStamp);
  const boundaries = [...heads.map((h) => h.m.index), ...stamps.map((s) => s.index)].sort((a, b) => a - b);
  let date: Date | null = null;
  let at = 0;
  const turns = heads.map((h): ChatTurn => {
    while (at < stamps.length && stamps[at]!.index < h.m.index) date = stampDate(stamps[at++]!);
    const end = boundaries.find((b) => b > h.m.index) ?? text.length;
    const name = h.sender === 'You' ? h.m.index + h.m[0].indexOf('You') : h.m.index + h.m[0].indexOf(h.sender);
    return { sender: h.sender, senderAt: name, span: [h.m.index + h.m[0].length, end], date };
  });
  const blanks = [...heads.map((h) => h.m), ...header, ...stamps, ...client, ...repliedQuotes(text, heads.map((h) => h.m)), ...previewHosts(text)]
    .map((m): [number, number] => [m.index!, m[0].length]);
  for (const a of text.matchAll(ATTACHMENT_NAME)) blanks.push([a.index + a[1]!.length, a[2]!.length]);
  const chatDate = stamps.map(stampDate).find((d) => d) ?? null;
  return { text: blankSpans(text, blanks), chatDate, turns };
}

/** The day a stamp writes in full ("3 Mar 2027, 10:05"); relative and year-less stamps give none. */
function stampDate(stamp: RegExpMatchArray): Date | null {
  const written = stamp.groups?.['date'];
  if (!written || !/\d{4}/u.test(written)) return null;
  const day = findDates(written)[0]?.value;
  return day ? new Date(`${day}T12:00:00Z`) : null;
}

/** The line under a reply's head, when it repeats an earlier line: the quoted message, not a new one. */
function repliedQuotes(text: string, heads: RegExpMatchArray[]): RegExpMatchArray[] {
  const quotes: RegExpMatchArray[] = [];
  for (const head of heads.filter((m) => /replied to/u.test(m[0]))) {
    const from = head.index! + head[0].length + 1;
    const line = text.slice(from).split('\n', 1)[0]!;
    if (!line.trim() || !text.slice(0, head.index).split('\n').some((l) => l.trim() === line.trim())) continue;
    const quote = Object.assign([line], { index: from }) as RegExpMatchArray;
    quotes.push(quote);
  }
  return quotes;
}

/** A link preview's bare host line ("maps.example.com") under the link it previews. */
function previewHosts(text: string): RegExpMatchArray[] {
  const hosts = new Set([...text.matchAll(URL_HOST)].map((m) => m[1]!.toLowerCase()));
  return [...text.matchAll(/^[ \t]*([a-z0-9-]+(?:\.[a-z0-9-]+)+)[ \t]*$/gimu)].filter((m) => hosts.has(m[1]!.toLowerCase()));
}
