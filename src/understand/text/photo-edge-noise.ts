/**
 * OCR of a phone photo (a whiteboard, a printed sheet on a wall) reads the board's frame, marker
 * smudges and a glare spot at a line's edge as a lone mark ("| LOAD IN 14:00 |", "} DOORS 19:00",
 * "¢ Mara lind …"), and a hand-drawn leader between an item and its time as dots ("DINNER...... 18:00").
 * Those marks are blanked (offsets kept) so that an item's name starts and ends with its words.
 */

/** A lone non-word mark at a line's start or end, set off by a space. */
const EDGE_MARK = /^([ \t]*)([|}{¢"'`.,;:!~_«»\][])(?=[ \t]+\S)|(?<=\S[ \t]+)([|}{¢\][])([ \t]*)$/gmu;
/** An opening quote mark at a line's start that no other quote on the line closes ('"VELVET KITES 20:45'). */
const UNPAIRED_QUOTE = /^([ \t]*)["“”'‘’`](?=\p{L}[^"“”\n]*$)/gmu;
/** A leader of dots between words and what follows ("DOORS... 19:00", "LOADIN...... 14:00", "KITES . 20:45"). */
const LEADER = /(?<=\p{L})[ \t]*(?:\.{2,}|[ \t]\.(?=[ \t]))(?=[ \t]*\d)/gu;

const blank = (s: string) => ' '.repeat(s.length);

export function blankPhotoEdgeNoise(text: string): string {
  return text
    .replace(EDGE_MARK, (m, lead?: string, mark?: string, endMark?: string, trail?: string) =>
      mark !== undefined ? `${lead}${blank(mark)}` : `${blank(endMark ?? '')}${trail ?? ''}`)
    .replace(UNPAIRED_QUOTE, (_m, lead: string) => `${lead} `)
    .replace(LEADER, blank);
}
