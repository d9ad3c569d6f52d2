/**
 * Evidence → features: the handful of facts about how a value was found that its probability of
 * being right depends on. Values with the same features form one evidence class; calibration
 * maps each class to the share of its values that were right on labelled data.
 */
import type { Found } from '../found.js';

export type Validation = 'valid' | 'invalid' | 'unchecked';

export interface Features {
  method: Found<unknown>['method'];
  validation: Validation;
  /** Several sources gave the same value. */
  agreed: boolean;
  /** Another source gave a different value. */
  conflict: boolean;
  /** The source was read by OCR. */
  ocr: boolean;
}

export function featuresOf(f: Pick<Found<unknown>, 'method' | 'validated' | 'support' | 'conflict'>, ocr: boolean): Features {
  return {
    method: f.method,
    validation: f.validated === true ? 'valid' : f.validated === false ? 'invalid' : 'unchecked',
    agreed: f.support > 1,
    conflict: f.conflict,
    ocr,
  };
}

/** The evidence class key, most specific first; calibration falls back along this list. */
export function classKeys(x: Features): string[] {
  const method = x.ocr ? `ocr-${x.method}` : x.method;
  return [
    `${method}|${x.validation}|${x.agreed ? 'agreed' : 'single'}|${x.conflict ? 'conflict' : 'clean'}`,
    `${method}|${x.validation}`,
    method,
  ];
}
