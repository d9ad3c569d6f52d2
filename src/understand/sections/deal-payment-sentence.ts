/**
 * A contract's sentence whose subject is the payment, at the start of its line: "Payment will be made
 * by bank transfer within 10 days of the show.", "Le paiement interviendra par virement …", "Die Zahlung
 * erfolgt …", "El pago se realizará …", Armenian "Հոնորարը վճարվում է …", Uzbek "Toʻlov ikki bosqichda amalga
 * oshiriladi: …" (the verb last; maybe after its clause number). With a fee stated, that sentence (wrapped over its lines) is the
 * deal's payment terms.
 */
import type { Deal, ExtractedSource } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { normaliseText } from '../normalise/index.js';
import { evidenceAt, read } from '../text/index.js';
import { wrappedText } from '../text/wrapped-value.js';

const PAYMENT_SUBJECT = /^[ \t]*(?:\d{1,2}(?:\.\d{1,2})+\.?[ \t]+)?((?:the\s+)?payment|le\s+(?:paiement|règlement|reglement)|die\s+(?:zahlung|bezahlung)|el\s+pago|il\s+pagamento|o\s+pagamento|de\s+betaling|betalningen|betalingen)\s+(?:(?:of\s+the\s+fee|du\s+prix|der\s+gage)\s+)?(?:will|shall|is|interviendra|sera|s['’]effectuera|erfolgt|wird|se\s+(?:realizar[áa]|efectuar[áa]|har[áa])|sar[àa]|avverr[àa]|ser[áa]|wordt|sker|skal|skall)\b|^[ \t]*(?:\d{1,2}(?:\.\d{1,2})+\.?[ \t]+)?((?:հոնորարը|վճարումը)\s+(?:վճարվում|կատարվում)\s+է)(?!\p{L})|^[ \t]*(?:\d{1,2}(?:\.\d{1,2})+\.?[ \t]+)?(to[ʻ'‘’]lov)\s+(?=[^.:\n]{0,40}?(?:amalga\s+oshiriladi|to[ʻ'‘’]lanadi))/iu;
/** Armenian ends a sentence with "։" (its full stop); a "." within it introduces what follows, as a colon does. */
const ARMENIAN_SENTENCE = /^.*?։/u;

export function paymentTermsFromSentence(source: ExtractedSource, draft: Draft<Deal>): void {
  if (draft.paymentTerms) return;
  const lines = read(source).lines;
  for (const line of lines) {
    const m = PAYMENT_SUBJECT.exec(line.text);
    const subject = m?.[1] ?? m?.[2] ?? m?.[3];
    if (!m || !subject) continue;
    const from = line.start + m.index + m[0].indexOf(subject);
    const { value, end } = wrappedText(lines, line.index, line.text.slice(from - line.start), line.end);
    // The sentence ends at its first full stop (a second sentence on the line is another matter).
    const sentence = (m[2] ? ARMENIAN_SENTENCE : /^.*?[.!](?=\s|$)/).exec(value)?.[0] ?? value;
    const text = normaliseText(sentence);
    if (!text) continue;
    draft.paymentTerms = found(text, evidenceAt(source, [from, sentence === value ? end : from + sentence.length], 'pattern'));
    return;
  }
}
