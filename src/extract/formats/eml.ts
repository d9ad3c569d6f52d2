import PostalMime, { type Address } from 'postal-mime';
import type { Draft, ParseContext } from '../draft.js';
import { formatAddress, isoDate, mailDraft } from './mail.js';

/**
 * E-mail (RFC 822 / MIME) via postal-mime, made into a source by mail.ts. Images referenced from
 * the HTML (logos, icons) are no attachments.
 */
export async function parseEml(bytes: Buffer, context: ParseContext): Promise<Draft> {
  const mail = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer', maxNestingDepth: 50 });
  const attachments = mail.attachments.filter((a) => !(a.related && a.mimeType.startsWith('image/'))).map((a, index) => ({
    name: a.filename ?? `attachment-${index + 1}`,
    mimeType: a.mimeType,
    content: typeof a.content === 'string' ? Buffer.from(a.content) : Buffer.from(a.content as ArrayBuffer),
  }));
  return mailDraft('eml', {
    from: formatAddresses(mail.from ? [mail.from] : [])[0] ?? null,
    to: formatAddresses(mail.to ?? []),
    cc: formatAddresses(mail.cc ?? []),
    date: mail.date ? isoDate(mail.date) : null,
    subject: mail.subject ?? null,
    text: mail.text ?? null,
    html: mail.html ?? null,
    attachments,
  }, context);
}

function formatAddresses(addresses: Address[]): string[] {
  return addresses.flatMap((a) => (a.group ? a.group : [a]))
    .map((m) => formatAddress(m.name, m.address))
    .filter((value): value is string => Boolean(value));
}
