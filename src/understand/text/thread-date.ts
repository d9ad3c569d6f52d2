/**
 * The date of a thread whose newest message carries none (a thread pasted from a web mail client
 * shows "Wed, 10 Nov, 15:48 (2 days ago)" without a year): the latest date its quoted messages'
 * attribution lines state ("On Wed, 10 Nov 2027 at 11:02, Ana wrote:"). The newest message was
 * written on or after that day, so a yearless "Sat 13 Nov" resolves against the thread's own year
 * rather than against today.
 */
import type { EmailMessage } from './email.js';

export function latestMessageDate(messages: EmailMessage[]): Date | null {
  let latest: Date | null = null;
  for (const m of messages) if (m.date && (!latest || m.date.getTime() > latest.getTime())) latest = m.date;
  return latest;
}
