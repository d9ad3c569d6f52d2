/**
 * What a web mail client adds around a message copied from its page, blanked before reading (offsets
 * kept): the mailbox label under the subject ("Inbox"), the sent line with its relative age
 * ("Wed, 10 Nov, 15:48 (2 days ago)") and the recipients line ("to me, Ollie"). Read as text they
 * join a sender's name ("Inbox Ana Ruiz") or pass for a role and a company. So does the sender's avatar,
 * their initials alone over their name and address ("PB" over "Paul Berthet <paul@…>"), in any client.
 */
const MAILBOX_LABEL = /^[ \t]*(?:inbox|posteingang|inkorgen|innboks|indbakke|saapuneet|bo[iî]te de r[ée]ception|recibidos|bandeja de entrada|posta in arrivo|postvak in|odebrane|important|primary)[ \t]*(?:[x×][ \t]*)?$/i;
const AGE_LINE = /^[ \t]*[^\n]{0,60}\d{1,2}[:.]\d{2}(?:[ \t]*[AP]M)?[ \t]*\((?:\d+|an?|one)[ \t]+(?:minutes?|hours?|days?|weeks?|months?)[ \t]+ago\)[ \t]*$/i;
const RECIPIENTS_LINE = /^[ \t]*to[ \t]+(?:me\b[^\n]{0,80}|[^\n]{1,80},[ \t]*me)[ \t]*$/i;

/** Whether `line` is two or three capitals alone that are the initials of the name opening the `next` line. */
export function isAvatarInitials(line: string, next: string | undefined): boolean {
  const initials = /^\s*(\p{Lu}{2,3})\s*$/u.exec(line)?.[1];
  next = next?.trim();
  if (!initials || !next) return false;
  const words = /^(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){1,2})(?=\s*(?:<|$))/u.exec(next)?.[1]?.split(/\s+/);
  return !!words && words.length === initials.length && words.every((w, k) => w[0] === initials[k]);
}

export function blankWebmailChrome(text: string): string {
  const lines = text.split('\n');
  // The client's labels and age line only on a copied web mail page: its sent line with the age in brackets must be there.
  const page = lines.some((l) => AGE_LINE.test(l));
  const chrome = lines.map((line, i) => isAvatarInitials(line, lines[i + 1])
    || (page && (AGE_LINE.test(line) || RECIPIENTS_LINE.test(line) || (i < 4 && MAILBOX_LABEL.test(line)))));
  if (!chrome.includes(true)) return text;
  return lines.map((line, i) => (chrome[i] ? ' '.repeat(line.length) : line)).join('\n');
}
