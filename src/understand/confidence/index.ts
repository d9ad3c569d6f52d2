/** Confidence: evidence → features → calibrated probability. */
import type { Found } from '../found.js';
import { calibrated, roundScore } from './calibration.js';
import { featuresOf, type Place } from './features.js';

export { featuresOf, classKeys, genreOf, kindOf, type Features, type Place } from './features.js';
export { calibrated, classScore, type CalibrationTable } from './calibration.js';
export { doubtsOf, withDoubts } from './doubts.js';

/**
 * The calibrated probability that `f` is right. `at` names its source and path where known;
 * without them (ranking candidates while merging) the score rests on method and validation alone.
 */
export function scoreOf(f: Pick<Found<unknown>, 'method' | 'validated' | 'support' | 'conflict'>, at: Place = {}): number {
  return roundScore(calibrated(featuresOf(f, at)));
}
