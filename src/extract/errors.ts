import type { ExtractErrorCode } from '../interfaces.js';

/**
 * Thrown inside a parser when the file itself is at fault. `extract` turns it into the source's
 * `error`; anything else thrown is a bug in Intake or a library and becomes `parser_crashed`.
 */
export class ExtractError extends Error {
  constructor(readonly code: ExtractErrorCode, message: string) {
    super(message);
    this.name = 'ExtractError';
  }
}

export const MESSAGES: Record<ExtractErrorCode, string> = {
  pdf_encrypted: 'The PDF is password-protected. Send a copy without a password, or paste its text.',
  file_corrupt: 'The file is damaged or incomplete and could not be read. Try exporting or downloading it again.',
  unsupported_type: 'This kind of file cannot be read. PDF, Word (.docx), Rich Text (.rtf), Excel (.xlsx), OpenDocument (.odt, .ods), CSV, text, HTML, e-mail (.eml, Outlook .msg), calendar (.ics), contacts (.vcf) and images (PNG, JPEG, TIFF, HEIC) can.',
  too_large: 'The file is larger than the size limit.',
  too_many_pages: 'The document has more pages than the page limit.',
  timeout: 'Reading the file took too long and was stopped.',
  out_of_memory: 'Reading the file needed more memory than allowed and was stopped.',
  parser_crashed: 'The file could not be read because the reader failed on it.',
  empty_file: 'The file is empty.',
};

/** An ExtractError with the standard message, plus a detail where one helps. */
export function fail(code: ExtractErrorCode, detail?: string): ExtractError {
  return new ExtractError(code, detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code]);
}
