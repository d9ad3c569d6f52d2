/**
 * "15:00 (elekere atọ nke ehihie)", "18:30 (ƙarfe shida da rabi na yamma)": a bilingual Nigerian
 * form restates each clock time in words in brackets, on the Igbo clock ("elekere", o'clock) or the
 * Hausa one ("ƙarfe"). Such a bracket is the same time again, no remark on the item.
 */
const CLOCK_WORD = /^(?:elekere|ƙarfe|karfe)\s+[\p{L}\p{M}\d:.'’ -]+$/iu;

/** Whether a bracket's words only say the time again in Igbo or Hausa. */
export function restatesClockInWords(text: string): boolean {
  return CLOCK_WORD.test(text.trim());
}
