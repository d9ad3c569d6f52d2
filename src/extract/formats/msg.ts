import msgreader, { type FieldsData } from '@kenjiuno/msgreader';
import iconv from 'iconv-lite';
import type { Draft, ParseContext } from '../draft.js';
import { decodeText } from '../decode.js';
import { formatAddress, isoDate, mailDraft } from './mail.js';

/**
 * Outlook message (`.msg`, MS-OXMSG: a compound file of MAPI properties) via @kenjiuno/msgreader,
 * made into a source by mail.ts as an `.eml` is. What Outlook saves when a message is dragged out of
 * it. The HTML body (PR_HTML) is bytes in the message's internet code page; hidden attachments are
 * the images the HTML shows inline; an attached message comes back as a `.msg` of its own and is read
 * as one.
 */

// The package is CommonJS with an ES-style default export: Node hands over its exports object.
const MsgReader = msgreader.default;

export async function parseMsg(bytes: Buffer, context: ParseContext): Promise<Draft> {
  const reader = new MsgReader(new Uint8Array(bytes).buffer);
  const message = reader.getFileData();
  if (message.error) throw new Error(message.error);
  const recipients = (kind: string) => (message.recipients ?? [])
    .filter((r) => (r.recipType ?? 'to') === kind)
    .map((r) => formatAddress(r.name, r.smtpAddress ?? r.email))
    .filter((value): value is string => Boolean(value));
  const sent = message.clientSubmitTime ?? message.messageDeliveryTime ?? message.creationTime;
  const attachments = (message.attachments ?? []).filter((a) => !a.attachmentHidden).map((a, index) => {
    const { fileName, content } = reader.getAttachment(a);
    return { name: fileName || `attachment-${index + 1}`, mimeType: a.attachMimeTag ?? null, content: Buffer.from(content) };
  });
  return mailDraft('msg', {
    from: formatAddress(message.senderName, message.senderSmtpAddress ?? message.senderEmail),
    to: recipients('to'),
    cc: recipients('cc'),
    date: sent ? isoDate(sent) : null,
    subject: message.subject ?? null,
    text: message.body ?? null,
    html: htmlBody(message),
    attachments,
  }, context);
}

function htmlBody(message: FieldsData): string | null {
  if (message.bodyHtml) return message.bodyHtml;
  if (!message.html) return null;
  const bytes = Buffer.from(message.html);
  const codepage = message.internetCodepage;
  // 65001 is UTF-8; other code pages are Windows ones iconv knows as cpNNNN.
  const encoding = codepage === 65001 ? 'utf-8' : `cp${codepage}`;
  return codepage && iconv.encodingExists(encoding) ? iconv.decode(bytes, encoding) : decodeText(bytes).text;
}
