/**
 * Turns values read from one source into Found values with their evidence: the span is where the
 * value is written in the source text (the written form, not the normalised one), the page follows
 * from the span. Used by the travel sections (hotels, flights, food) and the schema.org reader.
 */
import type { ExtractedSource, ExtractionMethod } from '../../../interfaces.js';
import { found, type Found } from '../../found.js';
import { pageAt, spanOf } from '../../text/index.js';

export type Where = [number, number] | string | null;

export interface Reader {
  source: ExtractedSource;
  /** A Found for `value`, located at a span or by searching the written form in the text. */
  at<T>(value: T, where: Where, validated?: boolean | null, method?: ExtractionMethod): Found<T>;
}

export function readerFor(source: ExtractedSource, method: ExtractionMethod): Reader {
  const ocrMethod = source.ocr.used ? 'ocr' : method;
  return {
    source,
    at(value, where, validated = null, m = ocrMethod) {
      const span = typeof where === 'string' ? spanOf(source.text, where) : where;
      return found(value, {
        method: m,
        source: source.name,
        page: span ? pageAt(source, span[0]) : null,
        span,
        validated,
      });
    },
  };
}


/** Sets a draft field only when there is a value (drafts leave unknown fields out). */
export function put<D extends object, K extends keyof D>(draft: D, key: K, value: D[K] | undefined): void {
  if (value !== undefined) draft[key] = value;
}
