import PostalMime, { type Address, type Attachment } from 'postal-mime';
import type { ExtractedSource, ExtractIssue } from '../../interfaces.js';
import type { Draft, ParseContext } from '../draft.js';
import { countWords } from '../normalise.js';
import { htmlToText } from './html.js';

/**
 * E-mail (RFC 822 / MIME) via postal-mime. The text starts with the main headers so that spans can
 * point at the date or the sender; then the body: the plain-text part, or the HTML part's visible
 * text when there is no plain part or it is a stub. Attachments become child sources, read the same
 * way, down to the MIME depth limit. Images referenced from the HTML (logos, icons) are skipped.
 */
export async function parseEml(bytes: Buffer, context: ParseContext): Promise<Draft> {
  const mail = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer', maxNestingDepth: 50 });
  const metadata = {
    from: formatAddresses(mail.from ? [mail.from] : [])[0] ?? null,
    to: formatAddresses(mail.to ?? []),
    cc: formatAddresses(mail.cc ?? []),
    date: mail.date ? isoDate(mail.date) : null,
    subject: mail.subject ?? null,
  };
  const fromHtml = mail.html ? htmlToText(mail.html) : null;
  const plain = mail.text?.trim() ?? '';
  const body = fromHtml && countWords(plain) < countWords(fromHtml.text) * 0.5 ? fromHtml.text : plain;
  const header = [
    ['From', metadata.from], ['To', metadata.to.join(', ')], ['Cc', metadata.cc.join(', ')],
    ['Date', metadata.date], ['Subject', metadata.subject],
  ].filter(([, value]) => value).map(([label, value]) => `${label}: ${value}`).join('\n');
  const { children, warnings } = await readAttachments(mail.attachments, context);
  return {
    format: 'eml',
    text: `${header}\n\n${body}`,
    tables: fromHtml?.tables ?? [],
    html: mail.html ?? null,
    metadata,
    children,
    warnings,
  };
}

async function readAttachments(attachments: Attachment[], context: ParseContext): Promise<{ children: ExtractedSource[]; warnings: ExtractIssue[] }> {
  const wanted = attachments.filter((a) => !(a.related && a.mimeType.startsWith('image/')));
  if (wanted.length && context.depth >= context.limits.maxMimeDepth) {
    const names = wanted.map((a) => a.filename ?? a.mimeType).join(', ');
    return { children: [], warnings: [{ code: 'attachments_too_deep', message: `Attachments nested deeper than ${context.limits.maxMimeDepth} levels were not read: ${names}.` }] };
  }
  const children: ExtractedSource[] = [];
  for (const [index, attachment] of wanted.entries()) {
    const content = typeof attachment.content === 'string' ? Buffer.from(attachment.content) : Buffer.from(attachment.content as ArrayBuffer);
    const name = attachment.filename ?? `attachment-${index + 1}`;
    children.push(await context.extractAttachment(content, name, attachment.mimeType));
  }
  return { children, warnings: [] };
}

function formatAddresses(addresses: Address[]): string[] {
  return addresses.flatMap((a) => (a.group ? a.group : [a]))
    .map((m) => (m.name && m.address ? `${m.name} <${m.address}>` : m.address || m.name))
    .filter((value): value is string => Boolean(value));
}

function isoDate(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}
