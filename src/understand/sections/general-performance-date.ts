/**
 * A contract states the show's day in its own sentence ("La représentation aura lieu le samedi 3 mai
 * 2028 à …", "The performance will take place on 3 May 2028", "Das Konzert findet am 12.03.2028 statt"):
 * that date is the show's, however often a hotel night's or a transfer's next day is mentioned further on.
 * The date must follow the phrase closely (a weekday may stand between); a phrase followed by a place
 * ("shall take place at the Venue") states no day. A contract's undertaking to perform ("EL ARTISTA se obliga a
 * presentar un concierto … en la Sala X, el día viernes 21 de noviembre de 2026", "The Artist agrees to perform at …
 * on 3 May 2028") names the show and its place before the day, so its date is read anywhere in the sentence.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { findDates } from '../normalise/index.js';
import { evidenceAt, read } from '../text/index.js';

const TAKES_PLACE = /(?<![\p{L}])(?:aura lieu|se tiendra|se d[ée]roulera|will take place|takes place|shall take place|is to take place|findet|tendr[áa] lugar|se celebrar[áa]|avr[àa] luogo|si terr[àa]|vindt plaats|zal plaatsvinden|[äa]ger rum|kommer att [äa]ga rum|finder sted)(?![\p{L}])/giu;
/** How far after the phrase its date may begin: "le jeudi ", "on Saturday, ", "am ". */
const DATE_WITHIN = 24;
/** The performer's undertaking to perform: the show's day comes later in the same sentence. */
const UNDERTAKES_TO_PERFORM = /(?<![\p{L}])(?:se obliga a|se compromete a|obriga-se a|compromete-se a|s['’]engage à|agrees to|undertakes to|shall|si impegna a)\s+(?:presentar|realizar|ofrecer|actuar|apresentar|perform|donner|présenter|se produire|esibirsi)(?![\p{L}])/giu;
/** How far the sentence of an undertaking is read for its day, cut at its stop. */
const SENTENCE_WITHIN = 320;
const SENTENCE_END = /[.;](?=\s+\p{Lu}|\s*$)/u;

export function dateFromPerformanceSentence(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.date) return;
  const text = source.text;
  const ref = read(source).referenceDate ?? undefined;
  const days = new Set<string>();
  let first: { value: string; at: number; length: number } | null = null;
  for (const m of text.matchAll(TAKES_PLACE)) {
    const from = m.index + m[0].length;
    // The sentence may wrap: read on over one line break.
    const after = text.slice(from, from + DATE_WITHIN + 40).replace(/\n/g, ' ');
    const d = findDates(after, ref).find((x) => x.hasYear && x.index <= DATE_WITHIN);
    if (!d) continue;
    days.add(d.value);
    first ??= { value: d.value, at: from + d.index, length: d.length };
  }
  for (const m of text.matchAll(UNDERTAKES_TO_PERFORM)) {
    const from = m.index + m[0].length;
    const reach = text.slice(from, from + SENTENCE_WITHIN);
    const stop = SENTENCE_END.exec(reach);
    const sentence = reach.slice(0, stop ? stop.index : reach.length).replace(/\n/g, ' ');
    const d = findDates(sentence, ref).find((x) => x.hasYear);
    if (!d) continue;
    days.add(d.value);
    first ??= { value: d.value, at: from + d.index, length: d.length };
  }
  // Two sentences naming two days (two shows, or a moved date) leave the day to the other readings.
  if (!first || days.size !== 1) return;
  draft.date = found(first.value, evidenceAt(source, [first.at, first.at + first.length], 'pattern', true));
}
