/**
 * A contract's sentence introducing the fee's rows, ending in a colon: "the Promoter shall pay the
 * Producer the following flat sum:" over "Fee (net) 2 400,00 €". When the fee's row names no deal type,
 * the sentence just above it does. So does a clause just above that states the same amount in words and
 * figures ("… shall pay the lump sum of two thousand euros (2 000,00 € net)." over "Fee: 2 000,00 € net").
 */
import type { Deal, ExtractedSource } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { evidenceAt, read } from '../text/index.js';
import { moneyInText, normaliseMoney } from '../normalise/index.js';
import { dealTypeOf } from './deal.js';

/** Lines looked at above the fee's row (blank lines and the table's other rows between). */
const LOOK_BACK = 3;

export function dealTypeFromIntro(source: ExtractedSource, draft: Draft<Deal>): void {
  const at = draft.fee?.span?.[0];
  if (draft.dealType || at === undefined) return;
  const lines = read(source).lines;
  const row = lines.findIndex((l) => l.start <= at && at <= l.end);
  for (let i = row - 1; i >= 0 && i >= row - LOOK_BACK; i--) {
    const line = lines[i]!;
    if (!/:\s*$/.test(line.text)) {
      const type = statesFee(line.text, draft.fee!.value) ? dealTypeOf(line.text) : null;
      if (type) {
        draft.dealType = found(type, evidenceAt(source, [line.start, line.end], 'pattern'));
        return;
      }
      continue;
    }
    // The sentence may wrap: its line and the one above it.
    const sentence = `${lines[i - 1]?.text ?? ''} ${line.text}`;
    const type = dealTypeOf(sentence);
    if (type) draft.dealType = found(type, evidenceAt(source, [line.start, line.end], 'pattern'));
    return;
  }
}

/** The line names the amount `fee` (in any currency). */
function statesFee(text: string, fee: number): boolean {
  for (const m of moneyInText(text)) if (normaliseMoney(m[0], null)?.amount === fee) return true;
  return false;
}
