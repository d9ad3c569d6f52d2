/**
 * A fee written under its heading rather than after a colon: an e-mail's or day sheet's block
 * "CACHÉ" / "FEE" alone on its line, the amount opening the next line ("3.200 € + IVA (caché fijo).").
 * Read as that label's value, so the deal reader treats it like "Caché: 3.200 € …".
 */
import { labelKey, type Labelled, type Reading } from '../text/index.js';

/** The line opens with an amount: digits or a currency sign or code before them. */
const AMOUNT_FIRST = /^\s*(?:[€$£]|(?:eur|usd|gbp|sek|nok|dkk|chf|pln|czk)\b|kr\.?)?\s*\d/iu;

export function headedFees(r: Reading): Labelled[] {
  const out: Labelled[] = [];
  r.lines.forEach((line, i) => {
    const heading = line.text.trim();
    if (!heading || heading.length > 30 || /[:\d]/.test(heading) || labelKey(heading) !== 'fee') return;
    let n = i + 1;
    while (n < r.lines.length && n <= i + 2 && !r.lines[n]!.text.trim()) n++;
    const next = r.lines[n];
    if (!next || !AMOUNT_FIRST.test(next.text)) return;
    const value = next.text.trim();
    const at = next.start + next.text.indexOf(value);
    out.push({ key: 'fee', label: heading, value, span: [at, at + value.length], line: next });
  });
  return out;
}
