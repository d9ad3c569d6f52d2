/** Confidence: evidence → features → calibrated probability. */
import type { Found } from '../found.js';
import { calibrated, roundScore } from './calibration.js';
import { featuresOf } from './features.js';

export { featuresOf, classKeys, type Features } from './features.js';
export { calibrated, type CalibrationTable } from './calibration.js';

/** The calibrated probability that `f` is right; `ocr` when its source was read by OCR. */
export function scoreOf(f: Pick<Found<unknown>, 'method' | 'validated' | 'support' | 'conflict'>, ocr = false): number {
  return roundScore(calibrated(featuresOf(f, ocr)));
}
