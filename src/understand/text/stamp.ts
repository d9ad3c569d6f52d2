/**
 * A note's or transcript's stamp: a first line that dates the text with a numeric date and a clock
 * time ("Voice note · 14/09/2027 11:32 · 2:47", "Notes 2027-03-02 09:15"). Like a chat's or an
 * e-mail's date, it is when the text was written, against which "Saturday" and "the 25th" resolve.
 */
const STAMP = /(?<!\d)(?:(\d{1,2})[./](\d{1,2})[./](\d{4})|(\d{4})-(\d{2})-(\d{2}))(?:,|\s+kl\.?)?\s+\d{1,2}[:.]\d{2}(?![\d.])/;

const CHAT_SENDER = /^\s*(?::\d{2})?\]?\s*(?:-\s*)?[^:·|\n]{1,40}:/;

/** The date of the text's first line when that line is such a stamp (day first, as Europe writes it). */
export function stampDate(text: string): Date | null {
  const first = text.split('\n').find((l) => l.trim());
  if (!first || first.length > 160) return null;
  const m = STAMP.exec(first);
  // A chat export's first message ("13.05.2027, 09:12 - Ana: …") opens with its date: that is a message, not a title's stamp.
  if (!m || !/\p{L}/u.test(first.slice(0, m.index)) || CHAT_SENDER.test(first.slice(m.index + m[0].length))) return null;
  const [y, mo, d] = m[3] ? [m[3], m[2], m[1]] : [m[4], m[5], m[6]];
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return date.getUTCDate() === Number(d) && date.getUTCMonth() === Number(mo) - 1 ? date : null;
}
