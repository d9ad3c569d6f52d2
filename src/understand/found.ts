/**
 * The understanding layer's working currency: a value found in a source, with the evidence its
 * confidence is computed from. Section extractors produce Drafts; merging combines Drafts from
 * several sources; scoring turns each Found's evidence into a calibrated probability.
 */
import type { ExtractionMethod } from '../interfaces.js';

/** Where a value came from and how it was read. */
export interface Evidence {
  method: ExtractionMethod;
  /** Source name: the attached file's name, or "pasted text". */
  source: string;
  /** 1-based page where the format has pages. */
  page: number | null;
  /** [start, end) offsets into the source's extracted text. */
  span: [number, number] | null;
  /**
   * Whether the value passed validation against reference data (the IATA code exists, the phone
   * number parses for its country, the date is a real date). null where there is nothing to check.
   */
  validated: boolean | null;
}

export interface Found<T> extends Evidence {
  value: T;
  /** How many distinct sources gave this same value; 1 until merging. */
  support: number;
  /** Another source gave a different value for the same field. */
  conflict: boolean;
}

export function found<T>(value: T, evidence: Evidence): Found<T> {
  return { ...evidence, value, support: 1, conflict: false };
}

/**
 * One record (the show's general details, a hotel, a flight…) as found: each leaf a Found, or absent
 * when the source does not state it. Lists of scalars (hotel guests) become lists of Found; lists of
 * records (flight passengers) become lists of Drafts.
 */
export type Draft<T> = {
  [K in keyof T]?: NonNullable<T[K]> extends readonly (infer E)[]
    ? E extends object ? Draft<E>[] : Found<E>[]
    : Found<NonNullable<T[K]>>;
};
