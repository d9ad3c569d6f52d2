/**
 * What a web mail client adds around a message copied from its page, blanked before reading (offsets
 * kept): the mailbox label under the subject ("Inbox"), the sent line with its relative age
 * ("Wed, 10 Nov, 15:48 (2 days ago)") and the recipients line ("to me, Ollie"). Read as text they
 * join a sender's name ("Inbox Ana Ruiz") or pass for a role and a company.
 */
const MAILBOX_LABEL = /^[ \t]*(?:inbox|posteingang|inkorgen|innboks|indbakke|saapuneet|bo[iî]te de r[ée]ception|recibidos|bandeja de entrada|posta in arrivo|postvak in|odebrane|important|primary)[ \t]*(?:[x×][ \t]*)?$/i;
const AGE_LINE = /^[ \t]*[^\n]{0,60}\d{1,2}[:.]\d{2}(?:[ \t]*[AP]M)?[ \t]*\((?:\d+|an?|one)[ \t]+(?:minutes?|hours?|days?|weeks?|months?)[ \t]+ago\)[ \t]*$/i;
const RECIPIENTS_LINE = /^[ \t]*to[ \t]+(?:me\b[^\n]{0,80}|[^\n]{1,80},[ \t]*me)[ \t]*$/i;

export function blankWebmailChrome(text: string): string {
  const lines = text.split('\n');
  // Only a copied web mail page: its sent line with the age in brackets must be there.
  if (!lines.some((l) => AGE_LINE.test(l))) return text;
  let out = '';
  lines.forEach((line, i) => {
    const chrome = AGE_LINE.test(line) || RECIPIENTS_LINE.test(line) || (i < 4 && MAILBOX_LABEL.test(line));
    out += (chrome ? ' '.repeat(line.length) : line) + (i < lines.length - 1 ? '\n' : '');
  });
  return out;
}
