import type { ExtractedSource } from '../../interfaces.js';
import { isSpreadsheet } from './source-kind.js';

/**
 * Whether a source's text is spreadsheet rows (one row a line, cells tab-joined), which the prose
 * readers skip. A form's single response (csv: metadata layout "form-response") is written out as
 * question → answer blocks instead, and is read like any questionnaire.
 */
export function isRowText(source: Pick<ExtractedSource, 'format' | 'metadata'>): boolean {
  return isSpreadsheet(source) && source.metadata?.['layout'] !== 'form-response';
}

/** Whether a source is a form's single response written out as question → answer blocks (the answers are one person's words). */
export function isFormAnswers(source: Pick<ExtractedSource, 'metadata'>): boolean {
  return source.metadata?.['layout'] === 'form-response';
}
