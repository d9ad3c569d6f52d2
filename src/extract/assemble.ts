import type { ExtractedPage, ExtractedSource, ExtractErrorCode, ExtractIssue, SourceFormat } from '../interfaces.js';
import type { Draft } from './draft.js';
import { mimeTypeOf } from './detect.js';
import { countWords, normaliseText } from './normalise.js';

/** Who the source is, independent of what was read from it. */
export interface SourceIdentity {
  name: string;
  origin: ExtractedSource['origin'];
  declaredType: string | null;
  sizeBytes: number;
}

/** Pages are separated by a blank line in `text`; each page's offset points at its first character. */
const PAGE_SEPARATOR = '\n\n';

/**
 * Draft → ExtractedSource: normalises each page (or the whole text), lays pages end to end and
 * records where each starts, cuts the text at the output cap.
 */
export function assemble(draft: Draft, identity: SourceIdentity, maxOutputChars: number): ExtractedSource {
  const warnings = [...(draft.warnings ?? [])];
  const pages: ExtractedPage[] = [];
  let text: string;
  if (draft.pages) {
    const parts: string[] = [];
    let offset = 0;
    draft.pages.forEach((raw, index) => {
      if (index > 0) offset += PAGE_SEPARATOR.length;
      const pageText = normaliseText(raw);
      pages.push({ number: index + 1, text: pageText, offset });
      parts.push(pageText);
      offset += pageText.length;
    });
    text = parts.join(PAGE_SEPARATOR);
  } else {
    text = normaliseText(draft.text ?? '');
  }
  if (!text.trim() && !(draft.children?.length)) {
    warnings.push({ code: 'no_text', message: 'No text was found in the file: it may be blank, or an image too faint to read.' });
  }
  if (text.length > maxOutputChars) {
    warnings.push({ code: 'text_truncated', message: `Only the first ${maxOutputChars} characters of the text were kept.` });
    text = text.slice(0, maxOutputChars);
    cutPages(pages, maxOutputChars);
  }
  const tables = (draft.tables ?? [])
    .map((table) => ({ ...table, rows: table.rows.map((row) => row.map((cell) => normaliseText(cell).replace(/\s+/g, ' '))) }))
    .filter((table) => table.rows.some((row) => row.some((cell) => cell !== '')));
  return {
    ...base(identity, draft.format),
    text,
    pages,
    tables,
    wordCount: countWords(text),
    pageCount: draft.pages ? draft.pages.length : null,
    ocr: draft.ocr ?? { used: false, meanConfidence: null },
    metadata: draft.metadata ?? {},
    html: draft.html ?? null,
    warnings,
    children: draft.children ?? [],
  };
}

function cutPages(pages: ExtractedPage[], end: number): void {
  while (pages.length && pages[pages.length - 1]!.offset >= end) pages.pop();
  const last = pages[pages.length - 1];
  if (last) last.text = last.text.slice(0, end - last.offset);
}

/** A source that could not be read: the error, and nothing else. */
export function failed(identity: SourceIdentity, format: SourceFormat, code: ExtractErrorCode, message: string, warnings: ExtractIssue[] = []): ExtractedSource {
  return {
    ...base(identity, format),
    text: '',
    pages: [],
    tables: [],
    wordCount: 0,
    pageCount: null,
    ocr: { used: false, meanConfidence: null },
    metadata: {},
    html: null,
    warnings,
    children: [],
    error: { code, message },
  };
}

function base(identity: SourceIdentity, format: SourceFormat) {
  return {
    name: identity.name,
    origin: identity.origin,
    format,
    mimeType: identity.declaredType?.split(';')[0]?.trim() || mimeTypeOf(format, identity.name),
    sizeBytes: identity.sizeBytes,
    error: null,
  };
}
