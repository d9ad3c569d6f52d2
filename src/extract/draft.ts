import type {
  ExtractedSource, ExtractedTable, ExtractIssue, SourceFormat, SourceMetadata,
} from '../interfaces.js';
import type { ExtractLimits } from './limits.js';

/** What a format parser hands back: raw text by page or whole, before normalisation and offsets. */
export interface Draft {
  format: SourceFormat;
  /** One string per page, for formats with pages (PDF, images). */
  pages?: string[];
  /** The whole text, for formats without pages. */
  text?: string;
  tables?: ExtractedTable[];
  metadata?: SourceMetadata;
  html?: string | null;
  ocr?: { used: boolean; meanConfidence: number | null };
  warnings?: ExtractIssue[];
  children?: ExtractedSource[];
}

/** What every parser may use besides the bytes. */
export interface ParseContext {
  limits: ExtractLimits;
  /** 0 for an uploaded file, 1 for its attachments, and so on. */
  depth: number;
  /** Reads an e-mail attachment the same way as a file, one level deeper. */
  extractAttachment(bytes: Buffer, name: string, declaredType: string | null): Promise<ExtractedSource>;
}

export type Parser = (bytes: Buffer, context: ParseContext) => Promise<Draft>;
