/**
 * A Hausa chat's set: "zai hau stage" (he will go up on stage), "za su hau dandamali", the act named before it
 * going on, and "minti 45" (45 minutes) after the slot's time giving its length (read by schedule.ts's sentences).
 */

/** The going-on words, as a pattern to join the schedule's sentence reading. */
export const HAUSA_ON_STAGE = String.raw`(?<!\p{L})(?:za ta|zata|zai|za su|zasu|ta|ya|sun) hau(?: kan)? (?:stage|dandali|dandamali)(?!\p{L})`;
const ON_STAGE_WORDS = new RegExp(`^${HAUSA_ON_STAGE}$`, 'iu');
const MINUTES = /^\s*,?\s*(?:na\s+)?minti\s+(\d{2,3})(?!\d)/i;

/** Whether the sentence reading's item words are Hausa going on stage. */
export function isHausaOnStage(what: string): boolean {
  return ON_STAGE_WORDS.test(what);
}

/** The set's length in Hausa opening `after` ("minti 45", ", na minti 50"): the minutes and where their figure stands in it. */
export function hausaSetMinutes(after: string): { minutes: number; index: number; length: number } | null {
  const m = MINUTES.exec(after);
  return m ? { minutes: Number(m[1]), index: m[0].length - m[1]!.length, length: m[1]!.length } : null;
}
