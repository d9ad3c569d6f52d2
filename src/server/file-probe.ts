/**
 * Watches a file's bytes as they stream to storage: counts them (refusing past the size limit as soon
 * as it is crossed, not after the whole upload), and keeps the first and last 64 KiB so the real type
 * can be told from the content without holding the file. Office files are ZIPs whose part names sit
 * in the central directory at the end, hence the tail (OpenDocument's `mimetype` entry comes first).
 */
import { detectFormat, mimeTypeOf } from '../extract/detect.js';
import type { SourceFormat } from '../interfaces.js';
import { ApiError } from './errors.js';

const SAMPLE_BYTES = 64 * 1024;
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export interface ProbedFile {
  sizeBytes: number;
  format: SourceFormat;
  mimeType: string;
}

export class FileProbe {
  private head = Buffer.alloc(0);
  private tail = Buffer.alloc(0);
  private size = 0;

  constructor(private readonly fileName: string, private readonly maxBytes: number) {}

  /** Passes the stream through unchanged, observing it. */
  async *watch(content: AsyncIterable<Buffer | string> | Iterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const piece of content) {
      const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
      this.size += chunk.length;
      if (this.size > this.maxBytes) {
        throw new ApiError(413, 'file_too_large', `${this.fileName} is larger than ${this.maxBytes} bytes`);
      }
      if (this.head.length < SAMPLE_BYTES) this.head = Buffer.concat([this.head, chunk.subarray(0, SAMPLE_BYTES - this.head.length)]);
      this.tail = Buffer.concat([this.tail, chunk]).subarray(-SAMPLE_BYTES);
      yield chunk;
    }
  }

  /** After the stream ended: the size and the type read from the content; refuses empty and unknown files. */
  result(): ProbedFile {
    if (this.size === 0) throw new ApiError(400, 'empty_file', `${this.fileName} is empty`);
    let format = detectFormat(this.head);
    if (format === 'unknown' && this.head.subarray(0, 4).equals(ZIP_MAGIC)) {
      format = detectFormat(Buffer.concat([this.head, this.tail]));
    }
    if (format === 'unknown') {
      throw new ApiError(415, 'unsupported_type',
        `${this.fileName}: not a supported type (PDF, DOCX, XLSX, ODT, ODS, CSV, text, HTML, e-mail, calendar, PNG, JPEG, TIFF, HEIC)`);
    }
    return { sizeBytes: this.size, format, mimeType: mimeTypeOf(format, this.fileName) };
  }
}
