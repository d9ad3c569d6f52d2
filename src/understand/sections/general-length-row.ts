/**
 * A running-order table may give the set's length a row of its own: "Set length ⇥ 75 minutes ⇥ No
 * encore". The row's first cell is the set-length label, and a later cell is the length.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { normaliseDuration } from '../normalise/index.js';
import { evidenceAt, labelKey, read } from '../text/index.js';

export function lengthFromRow(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.setLengthMinutes) return;
  for (const table of read(source).tables) {
    for (const rec of table.records) {
      const [label, ...rest] = rec.all;
      if (!label || labelKey(label.value.trim()) !== 'set_length') continue;
      const cell = rest.find((c) => c.span && normaliseDuration(c.value.trim()));
      if (!cell) continue;
      draft.setLengthMinutes = found(normaliseDuration(cell.value.trim())!, evidenceAt(source, cell.span!, 'table', true));
      return;
    }
  }
}

/**
 * A contract says the set's length in a sentence: "The performance shall have a duration of 75 (seventy-five)
 * minutes", "la durata dell'esibizione sarà di 75 minuti". A performance word and a length word come
 * before the minutes in one sentence; a spelled-out number in brackets may follow the figure.
 */
const LENGTH_WORD = String.raw`(?<![\p{L}])(?:durata|duration|length|dur[ée]e|duraci[óo]n|dauer)(?![\p{L}])`;
const PERFORMANCE_WORD = String.raw`(?<![\p{L}])(?:esibizione|performance|set|concerto|concert|show|spettacolo|prestation|actuaci[óo]n|auftritts?)(?![\p{L}])`;
const LENGTH_SENTENCE = new RegExp(String.raw`(?:${LENGTH_WORD}[^.;\n]{0,60}?${PERFORMANCE_WORD}|${PERFORMANCE_WORD}[^.;\n]{0,60}?${LENGTH_WORD})[^.;\n\d]{0,30}?(\d{2,3})\s*(?:\([^()\d]{2,30}\)\s*)?(?:minutes|minuti|minutos|minuten|min)(?![\p{L}])`, 'iu');

/** A message says it outright: "Set is 75 mins incl encore", "our set's 60 min", "das Set ist 90 Minuten". */
const SET_IS_LENGTH = new RegExp(String.raw`${PERFORMANCE_WORD}(?:['’]s|\s+(?:is|ist|är|er|es|est))\s+(?:(?:about|around|ca\.?|approx\.?|circa)\s+)?(\d{2,3})\s*(?:minutes|minuti|minutos|minuten|minuter|mins?)(?![\p{L}])`, 'iu');

export function lengthFromProse(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.setLengthMinutes) return;
  const m = LENGTH_SENTENCE.exec(source.text) ?? SET_IS_LENGTH.exec(source.text);
  const minutes = m ? Number(m[1]) : 0;
  if (!m || minutes < 20 || minutes > 240) return;
  const at = m.index + m[0].lastIndexOf(m[1]!, m[0].length - m[1]!.length);
  draft.setLengthMinutes = found(minutes, evidenceAt(source, [at, at + m[1]!.length], 'pattern', true));
}
