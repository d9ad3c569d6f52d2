/**
 * A photographed or scanned sheet prints its act's name twice: large, in capitals, as its title ("MARROW PINES"),
 * and small in the running order ("Headline: Marrow Pines"). OCR misreads small type more often ("Marrow Pinas"):
 * a name that differs from a title line by one letter, at the same length, is spelt as the title writes it.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { read } from '../text/index.js';
import { unshout } from './general-act.js';

/** How far down the page a title may stand (a photo's edge may add lines of specks above it). */
const TITLE_LINES = 8;

/** Whether two strings of one length differ in exactly one character. */
function oneLetterApart(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let apart = 0;
  for (let i = 0; i < a.length && apart <= 1; i++) if (a[i] !== b[i]) apart++;
  return apart === 1;
}

/** The act's name as the OCR'd sheet's capitals title spells it, when OCR slipped one letter of it; else null. */
export function spelledAsTitle(source: ExtractedSource, name: string): string | null {
  if (!source.ocr?.used || name.length < 6) return null;
  const lower = name.toLowerCase();
  for (const line of read(source).lines.slice(0, TITLE_LINES)) {
    const title = line.text.trim();
    if (!/^\p{Lu}[\p{Lu} '&.-]+$/u.test(title)) continue;
    if (oneLetterApart(title.toLowerCase(), lower)) return unshout(title);
  }
  return null;
}
