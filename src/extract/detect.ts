import { extname } from 'node:path';
import type { ExtractIssue, SourceFormat } from '../interfaces.js';
import { decodeText, looksBinary } from './decode.js';
import { sniffDelimiter } from './formats/csv.js';

/**
 * What a file is, from its content. The name and declared MIME type are only compared with the
 * result: a mismatch is a warning, never a reason to refuse the file.
 */

export const MIME_TYPES: Record<SourceFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  csv: 'text/csv',
  txt: 'text/plain',
  html: 'text/html',
  eml: 'message/rfc822',
  msg: 'application/vnd.ms-outlook',
  ics: 'text/calendar',
  vcf: 'text/vcard',
  rtf: 'application/rtf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  tiff: 'image/tiff',
  heic: 'image/heic',
  unknown: 'application/octet-stream',
};

const EXTENSIONS: Record<string, SourceFormat> = {
  '.pdf': 'pdf', '.docx': 'docx', '.xlsx': 'xlsx', '.odt': 'odt', '.ods': 'ods', '.csv': 'csv', '.tsv': 'csv', '.txt': 'txt',
  '.text': 'txt', '.md': 'txt', '.markdown': 'txt', '.html': 'html', '.htm': 'html', '.eml': 'eml', '.msg': 'msg', '.ics': 'ics', '.vcf': 'vcf', '.vcard': 'vcf', '.rtf': 'rtf',
  '.png': 'png', '.jpg': 'jpeg', '.jpeg': 'jpeg', '.tif': 'tiff', '.tiff': 'tiff', '.heic': 'heic', '.heif': 'heic',
};

const MAIL_HEADERS = /^(from|to|cc|subject|date|message-id|mime-version|received|return-path|reply-to|delivered-to|content-type|x-[\w-]+):/i;

export function detectFormat(bytes: Buffer): SourceFormat {
  if (bytes.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return zipFormat(bytes);
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (isHeic(bytes)) return 'heic';
  if (startsWith(bytes, COMPOUND_FILE)) return compoundFormat(bytes);
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (isRtf(bytes)) return 'rtf';
  if (looksBinary(bytes)) return 'unknown';
  return textFormat(decodeText(bytes.subarray(0, 64 * 1024)).text);
}

const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** An Outlook message's MAPI property streams, named in UTF-16 in the compound file's directory. */
const MAPI_STREAM = Buffer.from('__substg1.0_', 'utf16le');

/** HEVC-coded HEIF brands; AVIF shares the container (brand mif1) but not the codec. */
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx']);

/** An ISO media file (`ftyp` box first) whose major or compatible brands include an HEVC image brand. */
function isHeic(bytes: Buffer): boolean {
  if (bytes.length < 16 || bytes.toString('latin1', 4, 8) !== 'ftyp') return false;
  const size = Math.min(bytes.readUInt32BE(0), bytes.length, 256);
  const brands = [bytes.toString('latin1', 8, 12)];
  for (let at = 16; at + 4 <= size; at += 4) brands.push(bytes.toString('latin1', at, at + 4));
  return brands.some((brand) => HEIC_BRANDS.has(brand));
}

/** Compound files (OLE2) are legacy Office documents or Outlook messages; only messages are read. */
function compoundFormat(bytes: Buffer): SourceFormat {
  return bytes.includes(MAPI_STREAM) ? 'msg' : 'unknown';
}

/** Office files are ZIPs told apart by their parts; the names sit uncompressed in the headers. */
function zipFormat(bytes: Buffer): SourceFormat {
  const openDocument = openDocumentFormat(bytes);
  if (openDocument) return openDocument;
  if (!bytes.includes('[Content_Types].xml')) return 'unknown';
  if (bytes.includes('word/document.xml')) return 'docx';
  if (bytes.includes('xl/workbook.xml')) return 'xlsx';
  return 'unknown';
}

const OPEN_DOCUMENT_TYPE = /^application\/vnd\.oasis\.opendocument\.(text|spreadsheet)(?:-template)?$/;

/**
 * An OpenDocument file (LibreOffice's own) names its kind in its first entry, `mimetype`, stored
 * uncompressed: the type's text follows that entry's local header. Text and spreadsheet documents
 * (and their templates) are read; drawings, presentations and master documents are not.
 */
function openDocumentFormat(bytes: Buffer): SourceFormat | null {
  if (bytes.length < 30 || bytes.readUInt16LE(8) !== 0) return null;
  const nameLength = bytes.readUInt16LE(26);
  if (bytes.toString('latin1', 30, 30 + nameLength) !== 'mimetype') return null;
  const start = 30 + nameLength + bytes.readUInt16LE(28);
  // A writer that streams the entry leaves its size at 0 in the local header: the next entry's header ends it.
  const size = bytes.readUInt32LE(18) || Math.max(0, bytes.indexOf('PK', start) - start);
  const kind = OPEN_DOCUMENT_TYPE.exec(bytes.toString('latin1', start, start + Math.min(size, 100)))?.[1];
  return kind === 'text' ? 'odt' : kind === 'spreadsheet' ? 'ods' : null;
}

/** RTF opens with its header group, `{\\rtf` (a byte-order mark or blank lines before it tolerated); \\binN data may make the rest look binary. */
function isRtf(bytes: Buffer): boolean {
  return /^(?:\xEF\xBB\xBF)?\s*\{\\rtf/.test(bytes.toString('latin1', 0, 64));
}

function textFormat(text: string): SourceFormat {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (/^BEGIN:VCALENDAR/i.test(head)) return 'ics';
  if (/^BEGIN:VCARD/i.test(head)) return 'vcf';
  if (/^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head) || /^<\?xml[^>]*>\s*<html/i.test(head)) return 'html';
  if (looksLikeHtmlFragment(head)) return 'html';
  if (looksLikeMail(head)) return 'eml';
  if (sniffDelimiter(head)) return 'csv';
  return 'txt';
}

/**
 * A page saved without its <html>/<head> wrapper (a spreadsheet's "web page" export starts with its
 * <meta> and <style>, a pasted snippet with its <table>): a head or block tag first, and a block
 * element closed further on.
 */
function looksLikeHtmlFragment(head: string): boolean {
  return /^<(meta|link|style|title|base|table|div)[\s>]/i.test(head) && /<\/(table|div|style|title)>/i.test(head);
}

/** A header block first: several `Name: value` lines (with folded continuations) before a blank line. */
function looksLikeMail(text: string): boolean {
  const lines = text.split(/\r?\n/, 60);
  let known = 0;
  for (const line of lines) {
    if (line === '') break;
    if (/^[ \t]/.test(line)) continue;
    if (!/^[\x21-\x39\x3b-\x7e]+:/.test(line)) return false;
    if (MAIL_HEADERS.test(line)) known++;
  }
  return known >= 3;
}

function startsWith(bytes: Buffer, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/** The MIME type to report: a text file named as Markdown is `text/markdown` though read as text. */
export function mimeTypeOf(format: SourceFormat, name: string): string {
  if (format === 'txt' && /\.(?:md|markdown)$/i.test(name)) return 'text/markdown';
  return MIME_TYPES[format];
}

/** A warning when the name or the declared type says something else than the content. */
export function typeMismatch(format: SourceFormat, name: string, declaredType: string | null | undefined): ExtractIssue | null {
  const byExtension = EXTENSIONS[extname(name).toLowerCase()];
  const declared = declaredType?.split(';')[0]?.trim().toLowerCase();
  const declaredFormat = declared ? (Object.entries(MIME_TYPES) as [SourceFormat, string][]).find(([, mime]) => mime === declared)?.[0] : undefined;
  const compatible = (other: SourceFormat | undefined) => !other || other === format || (format === 'csv' && other === 'txt') || (format === 'txt' && other === 'csv');
  if (compatible(byExtension) && compatible(declaredFormat)) return null;
  const said = [byExtension && `its name says ${byExtension}`, declaredFormat && declaredFormat !== byExtension && `its declared type says ${declaredFormat}`]
    .filter(Boolean).join(' and ');
  return { code: 'type_mismatch', message: `Read as ${format} from its content, although ${said}.` };
}
