/**
 * What is not the document's own words, blanked out before reading: an e-mail's header block
 * ("From: … Date: … Subject: …" at the top of its text), the "[10/03/2025, 14:02] Name: "
 * prefixes of a chat export ("[2025-03-10 14:02] Name: " in Signal's, "[10-03-2025 14:02:09] Name: " in a dashed iOS export,
 * or "[10/03/2025 14:02] Name" / "Name, [10/03/2025 2:02 PM]" alone on its line), and the "Name  9:14 AM"
 * sender lines and "Thursday, October 21st" day dividers of a channel pasted from a team chat.
 * Blanked with spaces, so every offset still points into the source text. The first chat prefix's
 * date is the chat's date; each message keeps its sender and its own day (a chat turn), against
 * which the relative dates it writes ("tomorrow", "Saturday") resolve.
 */
import { clockPrefixChat } from './chat-clock-prefixes.js';
import { blankPhotoEdgeNoise } from './photo-edge-noise.js';
import { blankScanMarginMarks } from './scan-margin-marks.js';
import { blankStatusBar } from './status-bar.js';
import { channelStampChat } from './chat-channel-stamps.js';
import { commaStampChat } from './chat-comma-stamps.js';
import { dayStampChat } from './chat-daystamps.js';
import { messengerClientLines } from './chat-app-lines.js';
import { chatDayDividers } from './chat-day-dividers.js';
import { messengerChat } from './chat-messenger.js';
import { screenshotChat } from './chat-screenshot.js';
import { blankSpans, DAY_DIVIDER, stampDay, stampsMonthFirst } from './chat-stamps.js';
import { labelKey } from './lexicon.js';
import { FOLLOW_UP_STAMP, teamChatChrome } from './team-chat-chrome.js';
import { blankWebmailChrome } from './webmail-chrome.js';
import { blankThaiClockMarks } from './thai-clock.js';
import { blankEthiopianClock } from './ethiopian-clock.js';
import { blankVoiceNoteChrome } from './chat-voice-notes.js';
import { blankRequestedColumn } from './requested-column.js';

const HEADER_LINE = /^(From|To|Cc|Bcc|Date|Subject|Sent|Reply-To)\s*:.*$/i;
const CHAT_PREFIX = /^\[?(?<d>\d{1,2})[-./](?<m>\d{1,2})[-./](?<y>\d{2,4}),?\s+\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AP]M)?\]?\s*(?:[-–]\s*)?(?<name>[^:\n]{2,40}):\s/gim;
/** An exported chat's stamp opening a line of the client's own ("12/03/27, 4:11 pm - Ana added Bo"), no sender's colon needed. */
const CHAT_NOTICE_STAMP = /^\[?\d{1,2}[-./]\d{1,2}[-./]\d{2,4},?[ \t]+\d{1,2}[:.]\d{2}(?::\d{2})?[ \t\u202f]*(?:[AP]M)?\]?[ \t]*[-–][ \t]*/gim;
/** A client's notice of members: "Ana added Bo and +44 …", "Ana removed Bo", "Bo left", "Bo joined using this group's invite link". */
const MEMBERS_NOTICE = /^[^:\n]{2,60}?[ \t](?:added|removed)[ \t][^:\n]+$|^[^:\n]{2,60}?[ \t](?:left|joined using this group['’]s invite link)[ \t]*$/u;
/** "[2027-11-09 10:02] Name: ": Signal's export stamps its messages with ISO dates. */
const CHAT_PREFIX_ISO = /^\[(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})[ T]\d{1,2}:\d{2}(?::\d{2})?\]\s*(?<name>[^:\n\]]{2,40}):[ \t]*/gmu;
/** "[11/03/2027 10:02] Ana Berg": a team chat's stamp and sender alone on a line, the message below it. */
const CHAT_STAMP_LINE = /^\[(?<d>\d{1,2})[-./](?<m>\d{1,2})[-./](?<y>\d{2,4}),?[ \t]+\d{1,2}[:.]\d{2}(?::\d{2})?[ \t]*(?:[AP]M)?\][ \t]*(?:[-–][ \t]*)?(?<name>\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3})[ \t]*$/gmu;
/** "Ana Berg, [11/03/2027 10:02 AM]": Telegram Desktop's copied messages, the sender before the stamp. */
const CHAT_SENDER_STAMP_LINE = /^(?<name>\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}),[ \t]*\[(?<d>\d{1,2})[-./](?<m>\d{1,2})[-./](?<y>\d{2,4}),?[ \t]+\d{1,2}[:.]\d{2}(?::\d{2})?[ \t]*(?:[AP]M)?\][ \t]*$/gmu;

/**
 * "Maya Lindqvist  9:14 AM", "Tom [14:02]": a sender's name alone on a line with the message's time;
 * a thread pane repeats its parent post with the day ("Ola Nordvik  Mar 3rd at 9:12 AM").
 */
const SENDER_LINE = /^[ \t]*(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3})[ \t]*(?:[-–—][ \t]*)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?[ \t]+at[ \t]+)?\[?\d{1,2}:\d{2}(?:[ \t]*[AP]M)?\]?[ \t]*$/gmu;

/** One message of a chat export: who wrote it and the [start, end) of its text in the source. */
export interface ChatTurn {
  sender: string;
  /** Where the sender's name is written. */
  senderAt: number;
  span: [number, number];
  /** The day the message was sent, when its stamp (with the chat's year) gives one. */
  date: Date | null;
}

/** The index of the turn that holds offset `at`; -1 outside every turn. */
export function turnIndexAt(turns: ChatTurn[], at: number): number {
  return turns.findIndex((t) => t.span[0] <= at && at < t.span[1]);
}

export interface Masked {
  text: string;
  /** The date of the first chat message, when the text is a chat export. */
  chatDate: Date | null;
  /** The chat's messages with their senders, when the text is a chat export with dated prefixes. */
  turns: ChatTurn[];
}

export function mask(text: string, isEmail: boolean, screenshot = false, scan = false): Masked {
  // A photo's OCR reads the board's edge and hand-drawn leaders as marks (photo-edge-noise.ts).
  // A screenshot's status bar: the capture's clock, no time of the show (status-bar.ts).
  // A scanned page's OCR reads dust and rules at a line's edge as lone marks (scan-margin-marks.ts).
  let out = screenshot ? blankStatusBar(blankPhotoEdgeNoise(text)) : scan ? blankScanMarginMarks(text) : text;
  if (isEmail) {
    const lines = text.split('\n');
    let offset = 0;
    for (const line of lines) {
      if (!HEADER_LINE.test(line.trimEnd())) break;
      out = out.slice(0, offset) + ' '.repeat(line.length) + out.slice(offset + line.length);
      offset += line.length + 1;
    }
  }
  // A message copied from a web mail page carries the client's labels and age line (webmail-chrome.ts).
  out = blankWebmailChrome(out);
  // A Thai clock time's "น." mark (thai-clock.ts).
  out = blankThaiClockMarks(out);
  // An Ethiopian-clock reading beside a 24-hour time (ethiopian-clock.ts).
  out = blankEthiopianClock(out);
  // A promoter's answered schedule: the act's requested times beside the confirmed ones (requested-column.ts).
  out = blankRequestedColumn(out);
  let chatDate: Date | null = null;
  let turns: ChatTurn[] = [];
  const prefixes = [...out.matchAll(CHAT_PREFIX), ...out.matchAll(CHAT_PREFIX_ISO), ...out.matchAll(CHAT_STAMP_LINE), ...out.matchAll(CHAT_SENDER_STAMP_LINE)]
    .sort((a, b) => a.index - b.index);
  if (prefixes.length >= 3) {
    const monthFirst = stampsMonthFirst(prefixes.map((p) => p.groups!));
    chatDate = stampDay(prefixes[0]!.groups!, monthFirst);
    // The client's own notices ("… created group", "… added …") carry the stamp without a sender: the
    // stamp is blanked and ends the message before it.
    const prefixAt = new Set(prefixes.map((p) => p.index));
    const notices = [...out.matchAll(CHAT_NOTICE_STAMP)].filter((n) => !prefixAt.has(n.index));
    // Asked in text order, so one cursor per sorted list finds the next stamp in a single pass.
    let [nextPrefix, nextNotice] = [0, 0];
    const nextStart = (after: number) => {
      while (nextPrefix < prefixes.length && prefixes[nextPrefix]!.index <= after) nextPrefix++;
      while (nextNotice < notices.length && notices[nextNotice]!.index <= after) nextNotice++;
      return Math.min(prefixes[nextPrefix]?.index ?? text.length, notices[nextNotice]?.index ?? text.length);
    };
    turns = prefixes.map((p): ChatTurn => ({
      sender: p.groups!.name!.trim(),
      senderAt: p.index + (p[0].startsWith(p.groups!.name!) ? 0 : p[0].lastIndexOf(p.groups!.name!.trim())),
      span: [p.index + p[0].length, nextStart(p.index)],
      date: stampDay(p.groups!, monthFirst),
    }));
    // A notice of members added or gone ("Ana added Bo Lind and +44 7700 900123") lists who is in the group:
    // a number there is that member's own, who writes under it, no detail of the name before it. Blanked whole.
    const members = notices.map((n): [number, number] => {
      const end = out.indexOf('\n', n.index);
      const line = out.slice(n.index + n[0].length, end < 0 ? out.length : end);
      return MEMBERS_NOTICE.test(line) ? [n.index, n[0].length + line.length] : [n.index, n[0].length];
    });
    // An iPhone export writes the same notice under a sender (a left-to-right mark before it, often lost
    // in pasting): "[04.05.27, 09:12:03] Ana Berg: Ana Berg added +44 7700 900123". Blanked whole too.
    // Under the group's own name, too, it opens with a member's name: "[…] Band x Club: Ana Berg added Bo".
    const writers = [...new Set(prefixes.map((p) => p.groups!.name!.trim()))];
    for (const p of prefixes) {
      const at = p.index + p[0].length;
      const end = out.indexOf('\n', at);
      const line = out.slice(at, end < 0 ? out.length : end).replace(/^[\u200E\u202A-\u202E]+/u, '').trimEnd();
      if (writers.some((w) => line.startsWith(`${w} `)) && MEMBERS_NOTICE.test(line)) members.push([at, (end < 0 ? out.length : end) - at]);
    }
    out = blankSpans(out, [...prefixes.map((p): [number, number] => [p.index, p[0].length]), ...members]);
  }
  // A transcribed voice note's notice and length, and its "Transcript:" word (chat-voice-notes.ts).
  out = blankVoiceNoteChrome(out);
  // A phone chat pasted with year-less day stamps and "Name:" openings (chat-daystamps.ts).
  // A phone screenshot's bubble times and date chip (chat-screenshot.ts).
  const shot = screenshot && !turns.length ? screenshotChat(out) : null;
  if (shot) { out = shot.text; chatDate = shot.chatDate; }
  // A Messenger conversation's "You sent" and name heads, stamps and client lines (chat-messenger.ts).
  const messenger = turns.length ? null : messengerChat(out);
  if (messenger) return { text: messenger.text, chatDate: messenger.chatDate ?? chatDate, turns: messenger.turns };
  const phone = turns.length ? null : dayStampChat(out);
  if (phone) return { text: phone.text, chatDate: phone.chatDate, turns: phone.turns };
  // A team channel's posts under a sender line and a stamp line (chat-channel-stamps.ts).
  const posts = turns.length ? null : channelStampChat(out);
  if (posts) return { text: posts.text, chatDate: posts.turns[0]!.date, turns: posts.turns };
  // A chat space's "Name, Yesterday 14:02" heads and its client lines (chat-comma-stamps.ts).
  const space = turns.length ? null : commaStampChat(out);
  if (space) return { text: space.text, chatDate, turns: space.turns };
  // A team channel copied with "[9:05 AM] Name: " openings and year-less day dividers (chat-clock-prefixes.ts).
  const clocked = turns.length ? null : clockPrefixChat(out);
  if (clocked) return { text: clocked.text, chatDate: chatDate ?? clocked.turns.find((t) => t.date)?.date ?? null, turns: clocked.turns };
  const channel = maskSenderLines(out);
  return { text: channel.text, chatDate: chatDate ?? channel.turns.find((t) => t.date)?.date ?? null, turns: turns.length ? turns : channel.turns };
}

/**
 * A pasted chat channel heads each message with its sender and time. A line of a name and a time
 * is such a heading only when the text has at least three of them, someone speaks twice and each
 * one is followed by its message's text: a day sheet's "Doors 19:30" lines follow each other.
 */
/** The text of the line that ends just before offset `at` (a line start). */
function lineBefore(text: string, at: number): string {
  return text.slice(text.lastIndexOf('\n', at - 2) + 1, Math.max(0, at - 1));
}

/** "Doors", "Load-in:", "Soundcheck –": a line that is a known label alone, its value on the next line. */
function isLabelLine(line: string): boolean {
  const label = line.trim().replace(/[ \t]*[:–-]$/u, '');
  return label.length > 0 && labelKey(label) !== null;
}

function maskSenderLines(text: string): { text: string; turns: ChatTurn[] } {
  // A schedule's "Doors 20:00" or "Load-in 13:00" is a known label with a time, no sender.
  const senders = [...text.matchAll(SENDER_LINE)].filter((m) => !labelKey(m[1]!));
  const names = senders.map((m) => m[1]!.toLowerCase());
  if (senders.length < 3 || new Set(names).size === names.length) return { text, turns: [] };
  const nextLine = (m: RegExpMatchArray) => text.slice(m.index! + m[0].length + 1).split('\n', 1)[0]!;
  if (!senders.every((m) => nextLine(m).trim() && !new RegExp(SENDER_LINE.source, 'u').test(nextLine(m)))) return { text, turns: [] };
  // A bare time under a post opens its sender's follow-up message (team-chat-chrome.ts), unless
  // it is the value of the label on the line above ("Doors" over "19:30" in a posted schedule).
  const followUps = [...text.matchAll(FOLLOW_UP_STAMP)].filter((m) => m.index > senders[0]!.index && !isLabelLine(lineBefore(text, m.index)));
  const heads = [...senders.map((m) => ({ m, sender: m[1]!, senderAt: m.index + m[0].indexOf(m[1]!) })), ...followUps.map((m) => ({ m, sender: '', senderAt: -1 }))]
    .sort((a, b) => a.m.index - b.m.index);
  heads.forEach((h, i) => { if (!h.sender) Object.assign(h, { sender: heads[i - 1]!.sender, senderAt: heads[i - 1]!.senderAt }); });
  // A messenger's year-less day dividers date the messages under them; its own lines are blanked (chat-day-dividers.ts, chat-app-lines.ts).
  const dividers = chatDayDividers(text);
  const out = blankSpans(text, [
    ...heads.map((h): [number, number] => [h.m.index, h.m[0].length]),
    ...[...text.matchAll(DAY_DIVIDER)].map((m): [number, number] => [m.index, m[0].length]),
    ...teamChatChrome(text),
    ...dividers.map((d): [number, number] => [d.index, d.length]),
    ...messengerClientLines(text),
  ]);
  const turns = heads.map((h, i): ChatTurn => ({
    sender: h.sender, senderAt: h.senderAt, span: [h.m.index + h.m[0].length, heads[i + 1]?.m.index ?? text.length],
    date: dividers.findLast((d) => d.index < h.m.index)?.date ?? null,
  }));
  return { text: out, turns };
}
