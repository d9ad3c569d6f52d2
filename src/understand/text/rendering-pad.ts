/**
 * The padding of a shorter rendering written over a native phrase at the same length (text/native-digits.ts,
 * text/persian-clock.ts: "۱۵ سپتامبر" → "15 Sep", "ساعت ۳ بعدازظهر" → "15:00"). Spaces there would read
 * as a column gap and cut a sentence short ("…تا 8 Nov      روی USB…"), so inside running prose — the
 * phrase followed by a space and a word — the padding is zero-width spaces, which extraction never
 * leaves in a text (so they mark padding alone). Before a dash, a bracket or the line's end it stays
 * spaces, as schedule lines and table cells are read.
 */
export const ZERO_WIDTH_SPACE = '\u200B';
const PROSE_AFTER = /^ [\p{L}\p{N}]/u;

/** `rendering` padded to `length`, given the text that follows the phrase it replaces. */
export function padRendering(rendering: string, length: number, after: string): string {
  return rendering.padEnd(length, PROSE_AFTER.test(after) ? ZERO_WIDTH_SPACE : ' ');
}

/** A value read from the padded copy without its padding. */
export function withoutRenderingPad(value: string): string {
  return value.includes(ZERO_WIDTH_SPACE) ? value.replaceAll(ZERO_WIDTH_SPACE, '') : value;
}
