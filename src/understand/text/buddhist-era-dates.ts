/**
 * Thai and Lao paperwork writes numeric dates in the Buddhist era ("03.12.2570" is 3 December 2027). A source
 * written partly in Thai or Lao script, or naming the era ("B.E.", "พ.ศ.", "ພ.ສ."), is read through a copy
 * whose numeric dates carry the A.D. year, four digits for four so spans hold; free text keeps the printed
 * year (text/native-values.ts). Other paperwork's numbers stay as printed: "Ref 04.12.2570" in an English mail
 * is no date of 2027, and a reference holding such a number ("GRP-2570-118") is no date at all.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { christianEraYear } from '../normalise/buddhist-era.js';
import { rewrittenCopy, unchanged } from './rewritten-copy.js';

const ERA_PAPERWORK = /[\u0E00-\u0EFF]|\bB\.\s?E\./u;
const NUMERIC_DATE = /\b(\d{1,2}([./-])\d{1,2}\2)(\d{4})\b/g;

function christianEraDates(text: string): string {
  return text.replace(NUMERIC_DATE, (_date, dayMonth: string, _separator, year: string) => `${dayMonth}${christianEraYear(Number(year))}`);
}

/** The source with its numeric dates in A.D. years (its attachments too), or the source itself when it is no Thai or Lao paperwork. */
export function withChristianEraDates(source: ExtractedSource): ExtractedSource {
  const own = ERA_PAPERWORK.test(source.text);
  return rewrittenCopy(source, withChristianEraDates, own, own ? christianEraDates : unchanged);
}
