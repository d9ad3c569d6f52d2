import type { ExtractedSource } from '../../interfaces.js';

/** Whether a source is an e-mail, MIME (.eml) or Outlook (.msg): read as a letter, with its headers and quoted replies. */
export function isMail(source: Pick<ExtractedSource, 'format'>): boolean {
  return source.format === 'eml' || source.format === 'msg';
}

/** Whether a source is a spreadsheet's rows: a CSV file or a workbook (XLSX, ODS), read the same way. */
export function isSpreadsheet(source: Pick<ExtractedSource, 'format'>): boolean {
  return source.format === 'csv' || source.format === 'xlsx' || source.format === 'ods';
}

/** Whether a source is a photo or screenshot read by OCR (PNG, JPEG, HEIC), not a scanned page. */
export function isPhoto(source: Pick<ExtractedSource, 'format' | 'ocr'>): boolean {
  return source.ocr?.used === true && (source.format === 'png' || source.format === 'jpeg' || source.format === 'heic');
}

/** Whether a source is a scanned page read by OCR (a PDF or TIFF with no text layer), not a photo. */
export function isScan(source: Pick<ExtractedSource, 'format' | 'ocr'>): boolean {
  return source.ocr?.used === true && (source.format === 'pdf' || source.format === 'tiff');
}
