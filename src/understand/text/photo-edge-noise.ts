/**
 * OCR of a phone photo (a whiteboard, a printed sheet on a wall) reads the board's frame, marker
 * smudges and a glare spot at a line's edge as a lone mark ("| LOAD IN 14:00 |", "} DOORS 19:00",
 * "¢ Mara lind …"), and a hand-drawn leader between an item and its time as dots ("DINNER...... 18:00").
 * Those marks are blanked (offsets kept) so that an item's name starts and ends with its words.
 */
import { isWeekdayWord } from '../normalise/index.js';

/** A lone non-word mark at a line's start or end, set off by a space. */
const EDGE_MARK = /^([ \t]*)([|}{¢"'`.,;:!~_=«»\][])(?=[ \t]+\S)|(?<=\S[ \t]+)([|}{¢\][])([ \t]*)$/gmu;
/** An opening quote mark at a line's start that no other quote on the line closes ('"VELVET KITES 20:45'). */
const UNPAIRED_QUOTE = /^([ \t]*)["“”'‘’`](?=\p{L}[^"“”\n]*$)/gmu;
/** A leader of dots between words and what follows ("DOORS... 19:00", "LOADIN...... 14:00", "KITES . 20:45"). */
const LEADER = /(?<=\p{L})[ \t]*(?:\.{2,}|[ \t]\.(?=[ \t]))(?=[ \t]*\d)/gu;

/**
 * After a border mark at a line's start, a second speck the shadow or the tape left before the text: another
 * mark, a lone lower-case letter, or a lone digit before a clock time ("| | 12 Mill Road", "| a 11:30 PM Bus",
 * "| 1 8:00 PM Set").
 */
const SPECK_AFTER_BORDER = /^([ 	]*[|}{¢\][][ 	]+)([|}{¢:;.,!~_=\][]|\p{Ll}|\d(?=[ 	]+\d{1,2}[:.]\d{2}))(?=[ 	]+[\p{Lu}\d])/gmu;
/**
 * Short lower-case specks opening a line before its label or figures ("oo Promoter: …", "a i 12 Mill Road, …"):
 * the photo's edge, not words, as a label or an address opens with a capital or a digit.
 */
const LEAD_SPECKS = /^([ \t]*)((?:\p{Ll}{1,2}[ \t]+){1,2})(?=[\p{Lu}\d][^\n]*(?::|\d))/gmu;
/**
 * Specks of any case, or lone marks, opening a line before its clock time ("hn EF 16h00 - 17h00 Balances",
 * "oo . 17h15 Interview", "Lo a 17h45 Balances"): a schedule's row opens with its time, so up to three tokens of
 * one or two letters before it are the photo's edge, unless one is a weekday's short form ("Sa 14:00") or a
 * role that names the row ("DJ 23:00").
 */
const CLOCK_SPECKS = /^([ \t]*)((?:(?:\p{L}{1,2}|[|}{¢:;.,!~_=\][])[ \t]+){1,3})(?=\d{1,2}(?:[:.h]\d{2})(?!\d))/gmu;
const ROW_WORDS = /^(?:dj|mc|vj)$/i;
const isSpeck = (token: string) => !isWeekdayWord(token) && !ROW_WORDS.test(token);

/**
 * Specks after a line's last word ("Doors v Ee", "Curfew rE", "Soundcheck ee ]"): one or two letters in no
 * word's case, or a bracket, read from the shadow at the sheet's edge. Short words that end a line are kept.
 */
const TRAILING_SPECKS = /(?<=\p{L}{3,})((?:[ \t]+(?:\p{Ll}{1,2}|\p{Lu}\p{Ll}|\p{Ll}\p{Lu}|[|}{\][]))+)[ \t]*$/gmu;
const SHORT_WORDS = new Set(['a', 'x', 'in', 'up', 'on', 'at', 'to', 'of', 'is', 'by', 'or', 'am', 'pm', 'ok', 'no', 'go', 'me', 'us', 'we', 'it', 'an', 'as', 'do', 'so', 'st', 'rd', 'dr', 'mr', 'ms']);

/** The specks of a line's tail, blanked from the first one that is no short word. */
function blankTrailingSpecks(tail: string): string {
  const tokens = [...tail.matchAll(/\S+/g)];
  // "Load in": a short word right after the last long one is the line's own; specks may follow it.
  const kept = tokens.findIndex((t) => !SHORT_WORDS.has(t[0].toLowerCase()));
  return kept < 0 ? tail : tail.slice(0, tokens[kept]!.index) + blank(tail.slice(tokens[kept]!.index));
}

/**
 * A clock time's "PM" or "AM" as a photo's OCR misreads it ("5:00 ppm", "10:30 py", "9:15 prn"): read as the
 * meridiem, padded to its length so that offsets hold.
 */
const MISREAD_MERIDIEM = /(?<=\d[:.]\d{2}[ \t]?)(?:pp(?:m|rn)|prn|py|aam|arn)(?![\p{L}])/giu;
const meridiem = (misread: string) => (/^p/i.test(misread) ? 'pm' : 'am').padEnd(misread.length, ' ');

const blank = (s: string) => ' '.repeat(s.length);

export function blankPhotoEdgeNoise(text: string): string {
  return text
    .replace(SPECK_AFTER_BORDER, (_m, border: string, speck: string) => `${border}${blank(speck)}`)
    .replace(EDGE_MARK, (m, lead?: string, mark?: string, endMark?: string, trail?: string) =>
      mark !== undefined ? `${lead}${blank(mark)}` : `${blank(endMark ?? '')}${trail ?? ''}`)
    .replace(EDGE_MARK, (m, lead?: string, mark?: string, endMark?: string, trail?: string) =>
      mark !== undefined ? `${lead}${blank(mark)}` : `${blank(endMark ?? '')}${trail ?? ''}`)
    .replace(CLOCK_SPECKS, (m, lead: string, specks: string) => (specks.trim().split(/[ \t]+/).every(isSpeck) ? `${lead}${blank(specks)}` : m))
    .replace(LEAD_SPECKS, (_m, lead: string, specks: string) => `${lead}${blank(specks)}`)
    .replace(TRAILING_SPECKS, (tail: string) => blankTrailingSpecks(tail))
    .replace(UNPAIRED_QUOTE, (_m, lead: string) => `${lead} `)
    .replace(LEADER, blank)
    .replace(MISREAD_MERIDIEM, meridiem);
}
