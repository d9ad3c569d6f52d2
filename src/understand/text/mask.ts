/**
 * What is not the document's own words, blanked out before reading: an e-mail's header block
 * ("From: … Date: … Subject: …" at the top of its text), the "[10/03/2025, 14:02] Name: "
 * prefixes of a chat export, and the "Name  9:14 AM" sender lines and "Thursday, October 21st"
 * day dividers of a channel pasted from a team chat. Blanked with spaces, so every offset still
 * points into the source text. The first chat prefix's date is the chat's date, for resolving
 * relative dates.
 */
const HEADER_LINE = /^(From|To|Cc|Bcc|Date|Subject|Sent|Reply-To)\s*:.*$/i;
const CHAT_PREFIX = /^\[?(\d{1,2})[./](\d{1,2})[./](\d{2,4}),?\s+\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AP]M)?\]?\s*(?:[-–]\s*)?[^:\n]{2,40}:\s/gim;

/** "Maya Lindqvist  9:14 AM", "Tom [14:02]": a sender's name alone on a line with the message's time. */
const SENDER_LINE = /^[ \t]*(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3})[ \t]*(?:[-–—][ \t]*)?\[?\d{1,2}:\d{2}(?:[ \t]*[AP]M)?\]?[ \t]*$/gmu;
/** A day divider between chat messages: "Today", "Yesterday", "Thursday, October 21st" (no year, no time). */
const DAY_DIVIDER = /^[ \t]*(?:today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?(?:[ \t]+\p{L}+[ \t]+\d{1,2}(?:st|nd|rd|th)?)?)[ \t]*$/gimu;

export interface Masked {
  text: string;
  /** The date of the first chat message, when the text is a chat export. */
  chatDate: Date | null;
}

export function mask(text: string, isEmail: boolean): Masked {
  let out = text;
  if (isEmail) {
    const lines = text.split('\n');
    let offset = 0;
    for (const line of lines) {
      if (!HEADER_LINE.test(line.trimEnd())) break;
      out = out.slice(0, offset) + ' '.repeat(line.length) + out.slice(offset + line.length);
      offset += line.length + 1;
    }
  }
  let chatDate: Date | null = null;
  const prefixes = [...out.matchAll(CHAT_PREFIX)];
  if (prefixes.length >= 3) {
    const [, d, m, y] = prefixes[0]!;
    const year = y!.length === 2 ? 2000 + Number(y) : Number(y);
    const date = new Date(Date.UTC(year, Number(m) - 1, Number(d), 12));
    chatDate = Number.isNaN(date.getTime()) ? null : date;
    for (const p of prefixes) out = out.slice(0, p.index) + ' '.repeat(p[0].length) + out.slice(p.index + p[0].length);
  }
  out = maskSenderLines(out);
  return { text: out, chatDate };
}

function blank(text: string, index: number, length: number): string {
  return text.slice(0, index) + ' '.repeat(length) + text.slice(index + length);
}

/**
 * A pasted chat channel heads each message with its sender and time. A line of a name and a time
 * is such a heading only when the text has at least three of them, someone speaks twice and each
 * one is followed by its message's text: a day sheet's "Doors 19:30" lines follow each other.
 */
function maskSenderLines(text: string): string {
  const senders = [...text.matchAll(SENDER_LINE)];
  const names = senders.map((m) => m[1]!.toLowerCase());
  if (senders.length < 3 || new Set(names).size === names.length) return text;
  const nextLine = (m: RegExpMatchArray) => text.slice(m.index! + m[0].length + 1).split('\n', 1)[0]!;
  if (!senders.every((m) => nextLine(m).trim() && !new RegExp(SENDER_LINE.source, 'u').test(nextLine(m)))) return text;
  let out = text;
  for (const m of senders) out = blank(out, m.index, m[0].length);
  for (const m of out.matchAll(DAY_DIVIDER)) out = blank(out, m.index, m[0].length);
  return out;
}
