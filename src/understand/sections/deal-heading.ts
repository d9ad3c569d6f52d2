/**
 * A fee written under its heading rather than after a colon: an e-mail's or day sheet's block
 * "CACHÉ" / "FEE" alone on its line, the amount opening the next line ("3.200 € + IVA (caché fijo).").
 * Read as that label's value, so the deal reader treats it like "Caché: 3.200 € …".
 */
import { labelKey, unquoted, type Labelled, type Reading } from '../text/index.js';

/** The line opens with an amount: digits or a currency sign or code before them. */
export const AMOUNT_FIRST = /^\s*(?:[€$£]|(?:eur|usd|gbp|sek|nok|dkk|chf|pln|czk)\b|kr\.?)?\s*\d/iu;

export function headedFees(r: Reading): Labelled[] {
  const out: Labelled[] = [];
  // A thread's quoted advance ("> FEE") is read without its quote markers, as labels are (read.ts).
  const lines = r.lines.map(unquoted);
  lines.forEach((line, i) => {
    const heading = line.text.trim();
    if (!heading || heading.length > 30 || /[:\d]/.test(heading) || labelKey(heading) !== 'fee') return;
    let n = i + 1;
    while (n < lines.length && n <= i + 2 && !lines[n]!.text.trim()) n++;
    const next = lines[n];
    if (!next || !AMOUNT_FIRST.test(next.text)) return;
    const value = next.text.trim();
    const at = next.start + next.text.indexOf(value);
    out.push({ key: 'fee', label: heading, value, span: [at, at + value.length], line: next });
  });
  return out;
}
