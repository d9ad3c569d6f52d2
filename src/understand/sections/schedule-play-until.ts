/**
 * "go on at 21:15 and play till 22:30", "on at 9pm, playing until 10:15pm": a set's start with its
 * end told by a verb of playing after it (past an "instead of 21:00" aside). The end is the set's.
 */
import { findTimes } from '../normalise/index.js';

const PLAY_UNTIL = /^[ \t]*(?:\(?instead of[ \t]+\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?\)?[ \t]*)?,?[ \t]*(?:and[ \t]+)?(?:play(?:s|ing)?|perform(?:s|ing)?)[ \t]+(?:till|until|to|through)[ \t]+(\d{1,2}(?:[:.]\d{2})?(?:[ \t]*[ap]\.?m\.?)?)(?![\d:.])/i;

/** The end `after` (the text right after a set's start time) tells, with where it stands in `after`. */
export function playedUntil(after: string): { value: string; index: number; length: number } | undefined {
  const m = PLAY_UNTIL.exec(after);
  if (!m || !/[:.]|[ap]\.?m/i.test(m[1]!)) return undefined;
  const time = findTimes(m[1]!)[0];
  if (!time) return undefined;
  return { value: time.value, index: m[0].length - m[1]!.length + time.index, length: time.length };
}
