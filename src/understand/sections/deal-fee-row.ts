/**
 * A price table's row written without a colon: a fee label opening the line, maybe a tax word, then
 * the amount ("Prix de cession HT 4 200,00 €", "Artist fee net 1,800 EUR"). Read as that label's
 * value, so the deal reader treats it like "Prix de cession : 4 200,00 €".
 */
import { normaliseMoney } from '../normalise/index.js';
import { leadingLabel, type LabelKey, type Labelled, type Reading } from '../text/index.js';
import { AMOUNT_FIRST } from './deal-heading.js';

const FEE_ONLY: ReadonlySet<LabelKey> = new Set(['fee']);
/** Words saying which side of the tax the amount is on ("HT", "net", "excl. VAT"), kept with the label. */
const TAX_WORD = /^[ \t]*(?:HT|H\.T\.|TTC|net(?:to)?|brut(?:to)?|gross|(?:excl|incl)\.?[ \t]+(?:VAT|tax)|hors taxes?)\b\.?[ \t]*/i;

/** A bare "Amount" or "Total" heads an invoice's or a booking's line as well: without a colon it names no fee. */
const GENERIC_LABEL = /^(?:total[ \t]+)?(?:amount|total|price|sum|betrag|summe|gesamt|montant|importe|prix|preis|bedrag|belopp|totaal)$/i;

export function feeLabelRows(r: Reading): Labelled[] {
  const out: Labelled[] = [];
  for (const line of r.lines) {
    const text = line.text.trimStart();
    if (text.includes(':') || continuesSentence(r, line.index)) continue;
    const label = leadingLabel(text, FEE_ONLY);
    if (!label || GENERIC_LABEL.test(text.slice(0, label.length).trim())) continue;
    const after = text.slice(label.length);
    const tax = TAX_WORD.exec(after)?.[0] ?? '';
    const value = after.slice(tax.length).trim();
    if (!AMOUNT_FIRST.test(value) || !normaliseMoney(value, null)?.currency) continue;
    const at = line.start + line.text.indexOf(value);
    out.push({ key: 'fee', label: `${text.slice(0, label.length)}${tax}`.trim(), value, span: [at, at + value.length], line });
  }
  return out;
}

/** A line opening in lower case under a line that ends mid-sentence ("… Destination amenity" / "fee USD 25 …") is that sentence wrapped, no row. */
function continuesSentence(r: Reading, index: number): boolean {
  const above = r.lines[index - 1]?.text.trim();
  return /^\p{Ll}/u.test(r.lines[index]!.text.trimStart()) && !!above && !/[.:;!?]$/.test(above);
}
