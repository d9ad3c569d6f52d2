import type { ExtractedSource, ExtractIssue } from '../../interfaces.js';
import type { Draft, ParseContext } from '../draft.js';
import { countWords } from '../normalise.js';
import { htmlToText } from './html.js';

/**
 * One e-mail, whatever file it came in (MIME `.eml`, Outlook `.msg`): its main headers, bodies and
 * attachments, made into a source the same way. The text starts with the headers so that spans can
 * point at the date or the sender; then the body: the plain-text body, or the HTML body's visible
 * text when there is no plain one or it is a stub. Attachments become child sources, read the same
 * way, down to the MIME depth limit.
 */
export interface Mail {
  from: string | null;
  to: string[];
  cc: string[];
  /** ISO 8601 when it can be read; as written otherwise. */
  date: string | null;
  subject: string | null;
  text: string | null;
  html: string | null;
  /** Files the sender attached (not images the HTML shows inline). */
  attachments: { name: string; mimeType: string | null; content: Buffer }[];
}

export async function mailDraft(format: 'eml' | 'msg', mail: Mail, context: ParseContext): Promise<Draft> {
  const metadata = { from: mail.from, to: mail.to, cc: mail.cc, date: mail.date, subject: mail.subject };
  const fromHtml = mail.html ? htmlToText(mail.html) : null;
  const plain = mail.text?.trim() ?? '';
  const body = fromHtml && countWords(plain) < countWords(fromHtml.text) * 0.5 ? fromHtml.text : plain;
  const header = [
    ['From', mail.from], ['To', mail.to.join(', ')], ['Cc', mail.cc.join(', ')], ['Date', mail.date], ['Subject', mail.subject],
  ].filter(([, value]) => value).map(([label, value]) => `${label}: ${value}`).join('\n');
  const { children, warnings } = await readAttachments(mail.attachments, context);
  return { format, text: `${header}\n\n${body}`, tables: fromHtml?.tables ?? [], html: mail.html, metadata, children, warnings };
}

async function readAttachments(attachments: Mail['attachments'], context: ParseContext): Promise<{ children: ExtractedSource[]; warnings: ExtractIssue[] }> {
  if (attachments.length && context.depth >= context.limits.maxMimeDepth) {
    const names = attachments.map((a) => a.name).join(', ');
    return { children: [], warnings: [{ code: 'attachments_too_deep', message: `Attachments nested deeper than ${context.limits.maxMimeDepth} levels were not read: ${names}.` }] };
  }
  const children: ExtractedSource[] = [];
  for (const attachment of attachments) children.push(await context.extractAttachment(attachment.content, attachment.name, attachment.mimeType));
  return { children, warnings: [] };
}

/** "Name <address>", or whichever of the two there is. */
export function formatAddress(name: string | undefined, address: string | undefined): string | null {
  return name && address ? `${name} <${address}>` : address || name || null;
}

/** ISO 8601 when `value` is a date JavaScript can read; as written otherwise. */
export function isoDate(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}
