/**
 * A promoter's mail states the payment inside its money paragraph: "Money: fee is €12,000 flat. 30%
 * deposit went out on Monday, the balance on the night in cash." A sentence that opens with the
 * deposit's share and goes on to the balance is the deal's payment terms, wherever it stands on its
 * line; a quoted line is an older message, read (behind its quote markers) only when no newer line
 * states the terms: a reply that only answers about the hotel leaves the quoted advance's "50% deposit
 * wired last week, balance at settlement." standing. A sentence naming a hired thing ("50% deposit paid to the
 * hotel, balance at check-out") is the hotel's or the hire's deposit, not the show's.
 */
import type { Deal, ExtractedSource } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { normaliseText } from '../normalise/index.js';
import { evidenceAt, isQuoted, read, sentenceAround, unquoted } from '../text/index.js';
import { HIRED_THING } from './hired-thing.js';

const DEPOSIT_SENTENCE = /(?:^\s*|(?<=[.!;:]\s+))(\d{1,3}\s?%\s+(?:deposit|advance)\b[^.!?\n]*?\bbalance\b[^.!?\n]*[.!]?)/i;
/**
 * The deposit's word first, as Portuguese writes it: "O adiantamento de 30% (R$ 6.000,00) já foi pago e o saldo
 * será pago no dia do show." An amount's dots ("6.000,00") end no sentence.
 */
const DEPOSIT_WORD_SENTENCE = /(?:^\s*|(?<=[.!;:]\s+))((?:(?:the|o)\s+)?(?:deposit|adiantamento)\s+(?:of|de)\s+\d{1,3}\s?%(?:[^.!?\n]|\.(?=\d))*?\b(?:balance|saldo)\b(?:[^.!?\n]|\.(?=\d))*[.!]?)/iu;

export function paymentTermsFromDepositSentence(source: ExtractedSource, draft: Draft<Deal>): void {
  if (draft.paymentTerms) return;
  const lines = read(source).lines;
  for (const line of [...lines.filter((l) => !isQuoted(l)), ...lines.filter(isQuoted).map(unquoted)]) {
    const m = DEPOSIT_SENTENCE.exec(line.text) ?? DEPOSIT_WORD_SENTENCE.exec(line.text);
    const text = m ? normaliseText(m[1]!) : null;
    const at = m ? m.index + m[0].indexOf(m[1]!) : 0;
    if (!m || !text || HIRED_THING.test(sentenceAround(line.text, at))) continue;
    const start = line.start + at;
    draft.paymentTerms = found(text, evidenceAt(source, [start, start + m[1]!.length], 'pattern'));
    return;
  }
}
