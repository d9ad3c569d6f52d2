/**
 * What is not the document's own words, blanked out before reading: an e-mail's header block
 * ("From: … Date: … Subject: …" at the top of its text) and the "[10/03/2025, 14:02] Name: "
 * prefixes of a chat export. Blanked with spaces, so every offset still points into the source text.
 * The first chat prefix's date is the chat's date, for resolving relative dates.
 */
const HEADER_LINE = /^(From|To|Cc|Bcc|Date|Subject|Sent|Reply-To)\s*:.*$/i;
const CHAT_PREFIX = /^\[?(\d{1,2})[./](\d{1,2})[./](\d{2,4}),?\s+\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AP]M)?\]?\s*(?:[-–]\s*)?[^:\n]{2,40}:\s/gim;

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
  return { text: out, chatDate };
}
