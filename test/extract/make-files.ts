// Builders for the small files the extraction tests read: each makes a real file of its format.
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import CFB from 'cfb';
import { PDFDocument, StandardFonts } from 'pdf-lib';

export interface PlacedText {
  text: string;
  x: number;
  /** From the top of the page, in points. */
  top: number;
  size?: number;
  /** Draw glyph by glyph, as some PDF producers do, with this extra space between letters (pt). */
  tracking?: number;
}

/** A PDF with a text layer: one list of placed strings per page (A4, Helvetica). */
export async function makePdf(pages: PlacedText[][], info: { title?: string; author?: string } = {}): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  if (info.title) pdf.setTitle(info.title);
  if (info.author) pdf.setAuthor(info.author);
  for (const items of pages) {
    const page = pdf.addPage([595, 842]);
    for (const item of items) {
      const size = item.size ?? 11;
      if (item.tracking === undefined) {
        page.drawText(item.text, { x: item.x, y: 842 - item.top, size, font });
        continue;
      }
      let x = item.x;
      for (const glyph of item.text) {
        page.drawText(glyph, { x, y: 842 - item.top, size, font });
        x += font.widthOfTextAtSize(glyph, size) + item.tracking;
      }
    }
  }
  return Buffer.from(await pdf.save());
}

/** A field of a fillable form: a text box (several lines when `value` has them), a checkbox, a dropdown or a radio group. */
export type FormField =
  | { kind: 'text'; name: string; value: string; x: number; top: number; width: number; height: number }
  | { kind: 'checkbox'; name: string; checked: boolean; x: number; top: number }
  | { kind: 'dropdown'; name: string; options: string[]; chosen: string; x: number; top: number; width: number }
  | { kind: 'radio'; name: string; options: { value: string; x: number }[]; chosen: string; top: number };

/** A one-page fillable PDF form (AcroForm): printed labels, and fields holding what was typed in. */
export async function makeFormPdf(labels: PlacedText[], fields: FormField[]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  for (const label of labels) page.drawText(label.text, { x: label.x, y: 842 - label.top, size: label.size ?? 11, font });
  const form = pdf.getForm();
  for (const field of fields) {
    if (field.kind === 'text') {
      const box = form.createTextField(field.name);
      if (field.value.includes('\n')) box.enableMultiline();
      box.setText(field.value);
      box.addToPage(page, { x: field.x, y: 842 - field.top - field.height, width: field.width, height: field.height, font });
    } else if (field.kind === 'checkbox') {
      const box = form.createCheckBox(field.name);
      box.addToPage(page, { x: field.x, y: 842 - field.top - 12, width: 12, height: 12 });
      if (field.checked) box.check();
    } else if (field.kind === 'dropdown') {
      const list = form.createDropdown(field.name);
      list.addOptions(field.options);
      list.select(field.chosen);
      list.addToPage(page, { x: field.x, y: 842 - field.top - 18, width: field.width, height: 18, font });
    } else {
      const group = form.createRadioGroup(field.name);
      for (const option of field.options) group.addOptionToPage(option.value, page, { x: option.x, y: 842 - field.top - 12, width: 12, height: 12 });
      group.select(field.chosen);
    }
  }
  return Buffer.from(await pdf.save());
}

/** A PDF whose only page shows `image` (PNG) full-width: what a scanner produces. */
export async function makeScanPdf(png: Buffer): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const image = await pdf.embedPng(png);
  const page = pdf.addPage([595, 842]);
  page.drawImage(image, { x: 0, y: 842 - (595 * image.height) / image.width, width: 595, height: (595 * image.height) / image.width });
  return Buffer.from(await pdf.save());
}

/** Lays out PDF objects and writes the cross-reference table, for PDFs pdf-lib cannot make. */
export function rawPdf(objects: string[], trailer: string): Buffer {
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} ${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A one-page PDF protected by a user password (standard security handler, RC4 40-bit). */
export function encryptedPdf(): Buffer {
  const hex32 = (byte: string) => byte.repeat(32);
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex32('ab')}> /U <${hex32('cd')}> /P -4 >>`,
  ], `/Root 1 0 R /Encrypt 4 0 R /ID [<${'11'.repeat(16)}> <${'11'.repeat(16)}>]`);
}

export interface ZipEntry {
  name: string;
  /** The content, or an already deflated stream with its real size and CRC. */
  data: Buffer | string | { deflated: Buffer; size: number; crc: number };
  /** Unix mode bits for the entry (e.g. 0o120777 for a symbolic link). */
  mode?: number;
  /** Size to write in the headers instead of the real one (a lying archive). */
  declaredSize?: number;
  /** Stored uncompressed, as an OpenDocument package's `mimetype` entry must be. */
  stored?: boolean;
}

/** A ZIP archive, deflated, written by hand so that tests control every header field. */
export function makeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const { packed, realSize, crc } = pack(entry.data, entry.stored);
    const name = Buffer.from(entry.name);
    const size = entry.declaredSize ?? realSize;
    // The fields the local header and the central directory record share, in the same order.
    const shared = Buffer.alloc(26);
    shared.writeUInt16LE(20, 0);
    shared.writeUInt16LE(entry.stored ? 0 : 8, 4);
    shared.writeUInt32LE(crc, 10);
    shared.writeUInt32LE(packed.length, 14);
    shared.writeUInt32LE(size, 18);
    shared.writeUInt16LE(name.length, 22);
    const local = Buffer.concat([uint32(0x04034b50), shared]);
    const tail = Buffer.alloc(14);
    tail.writeUInt32LE(((entry.mode ?? 0o100644) << 16) >>> 0, 6);
    tail.writeUInt32LE(offset, 10);
    const central = Buffer.concat([uint32(0x02014b50), Buffer.from([0x14, 0x03]), shared, tail]);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function uint32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(value);
  return bytes;
}

function pack(data: ZipEntry['data'], stored = false): { packed: Buffer; realSize: number; crc: number } {
  if (typeof data === 'object' && !Buffer.isBuffer(data)) return { packed: data.deflated, realSize: data.size, crc: data.crc };
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data);
  return { packed: stored ? bytes : deflateRawSync(bytes), realSize: bytes.length, crc: crc32(bytes) };
}

/** `size` zero bytes, deflated a megabyte at a time so the test itself never holds them. */
export async function deflatedZeros(size: number): Promise<{ deflated: Buffer; size: number; crc: number }> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const megabyte = Buffer.alloc(1024 * 1024);
  let crc = 0;
  for (let written = 0; written < size; written += megabyte.length) {
    const piece = megabyte.subarray(0, Math.min(megabyte.length, size - written));
    crc = crc32(piece, crc);
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  await new Promise((resolve) => deflate.end(resolve));
  return { deflated: Buffer.concat(chunks), size, crc };
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** WordprocessingML paragraphs and tables, for `makeDocx`. */
export const docxXml = {
  paragraph: (text: string, style?: string) =>
    `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`,
  table: (rows: string[][]) =>
    `<w:tbl>${rows.map((row) => `<w:tr>${row.map((cell) => `<w:tc><w:p><w:r><w:t>${cell}</w:t></w:r></w:p></w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`,
};

/** A minimal DOCX: body XML, plus an optional header and footer part. */
export function makeDocx(body: string, parts: { header?: string; footer?: string } = {}, extra: ZipEntry[] = []): Buffer {
  const rels = [
    parts.header && '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>',
    parts.footer && '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>',
  ].filter(Boolean).join('');
  const sectPr = `<w:sectPr>${parts.header ? '<w:headerReference w:type="default" r:id="rIdH"/>' : ''}${parts.footer ? '<w:footerReference w:type="default" r:id="rIdF"/>' : ''}</w:sectPr>`;
  const entries: ZipEntry[] = [
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>' },
    { name: '_rels/.rels', data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
    { name: 'word/_rels/document.xml.rels', data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>` },
    { name: 'word/document.xml', data: `<?xml version="1.0"?><w:document ${W}><w:body>${body}${sectPr}</w:body></w:document>` },
  ];
  if (parts.header) entries.push({ name: 'word/header1.xml', data: `<?xml version="1.0"?><w:hdr ${W}>${docxXml.paragraph(parts.header)}</w:hdr>` });
  if (parts.footer) entries.push({ name: 'word/footer1.xml', data: `<?xml version="1.0"?><w:ftr ${W}>${docxXml.paragraph(parts.footer)}</w:ftr>` });
  return makeZip([...entries, ...extra]);
}

const ODF_NAMESPACES = [
  'office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"', 'style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"', 'table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'dc="http://purl.org/dc/elements/1.1/"', 'draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
].map((ns) => `xmlns:${ns}`).join(' ');

/**
 * A minimal OpenDocument package as LibreOffice writes it: the stored `mimetype` entry first, then
 * `content.xml` holding `body` inside `office:spreadsheet` or `office:text`, the manifest, and
 * `styles.xml` holding `masterPage` (header and footer elements) when given.
 */
export function makeOpenDocument(kind: 'spreadsheet' | 'text', body: string, options: { masterPage?: string; manifest?: string } = {}): Buffer {
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ODF_NAMESPACES} office:version="1.3"><office:automatic-styles><number:date-style xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" style:name="N1"><number:text>/</number:text></number:date-style></office:automatic-styles><office:body><office:${kind}>${body}</office:${kind}></office:body></office:document-content>`;
  const manifest = options.manifest ?? '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.' + kind + '"/></manifest:manifest>';
  const entries: ZipEntry[] = [
    { name: 'mimetype', data: `application/vnd.oasis.opendocument.${kind}`, stored: true },
    { name: 'content.xml', data: content },
    { name: 'META-INF/manifest.xml', data: `<?xml version="1.0" encoding="UTF-8"?>${manifest}` },
  ];
  if (options.masterPage) {
    entries.push({ name: 'styles.xml', data: `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${ODF_NAMESPACES}><office:master-styles><style:master-page style:name="Standard">${options.masterPage}</style:master-page></office:master-styles></office:document-styles>` });
  }
  return makeZip(entries);
}

/** An uncompressed 8-bit greyscale TIFF of the given pixels (one byte per pixel, rows top to bottom). */
export function makeTiff(width: number, height: number, grey: Uint8Array): Buffer {
  const tags: [tag: number, type: number, value: number][] = [
    [256, 4, width], [257, 4, height], [258, 3, 8], [259, 3, 1], [262, 3, 1],
    [273, 4, 0 /* strip offset, set below */], [277, 3, 1], [278, 4, height], [279, 4, grey.length],
  ];
  const ifdSize = 2 + tags.length * 12 + 4;
  const header = Buffer.alloc(8 + ifdSize);
  header.write('II', 0, 'latin1');
  header.writeUInt16LE(42, 2);
  header.writeUInt32LE(8, 4);
  header.writeUInt16LE(tags.length, 8);
  tags.forEach(([tag, type, value], i) => {
    const at = 10 + i * 12;
    header.writeUInt16LE(tag, at);
    header.writeUInt16LE(type, at + 2);
    header.writeUInt32LE(1, at + 4);
    if (type === 3) header.writeUInt16LE(value, at + 8);
    else header.writeUInt32LE(tag === 273 ? header.length : value, at + 8);
  });
  return Buffer.concat([header, grey]);
}

/** What an Outlook message holds, for `makeMsg`. */
export interface OutlookMessage {
  subject: string;
  from: { name: string; email: string };
  recipients: { name: string; email: string; cc?: boolean }[];
  /** When it was sent. */
  sent: Date;
  body?: string;
  html?: string;
  attachments?: { name: string; mimeType: string; content: Buffer }[];
}

/**
 * An Outlook .msg file (MS-OXMSG): a compound file whose streams are MAPI properties. Strings are
 * Unicode `__substg1.0_<id>001F` streams, binaries `…0102`; fixed-size values (the send time, a
 * recipient's type, an attachment's method) are 16-byte entries of a `__properties_version1.0` stream.
 */
export function makeMsg(message: OutlookMessage): Buffer {
  const file = CFB.utils.cfb_new();
  const unicode = (text: string) => Buffer.from(text, 'utf16le');
  const add = (path: string, content: Buffer) => CFB.utils.cfb_add(file, path, content);
  const fixed = (header: number, entries: { id: number; type: number; value: Buffer }[]) => {
    const properties = Buffer.alloc(header + 16 * entries.length);
    entries.forEach(({ id, type, value }, i) => {
      properties.writeUInt32LE(((id << 16) | type) >>> 0, header + 16 * i);
      properties.writeUInt32LE(6, header + 16 * i + 4); // readable and writable
      value.copy(properties, header + 16 * i + 8);
    });
    return properties;
  };
  const long = (n: number) => { const b = Buffer.alloc(8); b.writeUInt32LE(n); return b; };
  // FILETIME: 100-ns intervals since 1601-01-01.
  const filetime = (date: Date) => { const b = Buffer.alloc(8); b.writeBigUInt64LE((BigInt(date.getTime()) + 11644473600000n) * 10000n); return b; };
  const attachments = message.attachments ?? [];
  const header = Buffer.alloc(32);
  header.writeUInt32LE(message.recipients.length, 8);
  header.writeUInt32LE(attachments.length, 12);
  header.writeUInt32LE(message.recipients.length, 16);
  header.writeUInt32LE(attachments.length, 20);
  add('/__properties_version1.0', Buffer.concat([header, fixed(0, [{ id: 0x0039, type: 0x0040, value: filetime(message.sent) }])]));
  add('/__substg1.0_001A001F', unicode('IPM.Note'));
  add('/__substg1.0_0037001F', unicode(message.subject));
  add('/__substg1.0_0C1A001F', unicode(message.from.name));
  add('/__substg1.0_0C1F001F', unicode(message.from.email));
  add('/__substg1.0_0C1E001F', unicode('SMTP'));
  if (message.body !== undefined) add('/__substg1.0_1000001F', unicode(message.body));
  if (message.html !== undefined) add('/__substg1.0_10130102', Buffer.from(message.html, 'utf8'));
  add('/__nameid_version1.0/__substg1.0_00020102', Buffer.alloc(0));
  add('/__nameid_version1.0/__substg1.0_00030102', Buffer.alloc(0));
  add('/__nameid_version1.0/__substg1.0_00040102', Buffer.alloc(0));
  message.recipients.forEach((recipient, i) => {
    const folder = `/__recip_version1.0_#${i.toString(16).toUpperCase().padStart(8, '0')}`;
    add(`${folder}/__properties_version1.0`, fixed(8, [{ id: 0x0c15, type: 0x0003, value: long(recipient.cc ? 2 : 1) }]));
    add(`${folder}/__substg1.0_3001001F`, unicode(recipient.name));
    add(`${folder}/__substg1.0_3003001F`, unicode(recipient.email));
    add(`${folder}/__substg1.0_39FE001F`, unicode(recipient.email));
  });
  attachments.forEach((attachment, i) => {
    const folder = `/__attach_version1.0_#${i.toString(16).toUpperCase().padStart(8, '0')}`;
    add(`${folder}/__properties_version1.0`, fixed(8, [{ id: 0x3705, type: 0x0003, value: long(1) }]));
    add(`${folder}/__substg1.0_3707001F`, unicode(attachment.name));
    add(`${folder}/__substg1.0_370E001F`, unicode(attachment.mimeType));
    add(`${folder}/__substg1.0_37010102`, attachment.content);
  });
  return Buffer.from(CFB.write(file, { type: 'buffer' }) as Uint8Array);
}
