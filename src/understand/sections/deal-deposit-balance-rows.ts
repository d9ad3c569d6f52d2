/**
 * A US offer's payment block is a pair of rows: "Deposit ⇥ 50% of guarantee due within 14 days …, by
 * wire to …" and "Balance ⇥ Balance of guarantee … paid … on the night of show at settlement." (a row
 * may wrap onto rows under an empty label cell). Together, as written, they are the payment terms.
 */
import type { Deal, ExtractedSource } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { normaliseText } from '../normalise/index.js';
import { evidenceAt, read, type Labelled, type Line } from '../text/index.js';

/** When or how the deposit is paid: it is a term, not just a share. */
const DUE = /(?<![\p{L}])(?:due|payable|within|by wire|prior to|upon signing|upon execution|zahlbar|f[äa]llig|betalas|payable|d[ûu]|pagadero)(?![\p{L}])/iu;
const BALANCE_LABEL = /^(?:balance|balance due|remaining balance|restbetrag|rest|saldo|solde|resto)$/i;
/** How far below the deposit's row the balance's row may stand (a page's footer may come between). */
const BALANCE_WITHIN = 10;
/** A row under an empty label cell: the value above it wrapped. */
const CONTINUATION = /^\t+(\S.*)$/;

/** A row's value with the rows it wraps onto, and where it ends. */
function rowValue(lines: Line[], l: Labelled): { value: string; end: number } {
  let value = l.value.trim(), end = l.span[1];
  for (let i = l.line.index + 1; i < lines.length; i++) {
    const m = CONTINUATION.exec(lines[i]!.text);
    if (!m) break;
    value = `${value} ${m[1]!.trim()}`;
    end = lines[i]!.end;
  }
  return { value, end };
}

export function paymentTermsFromDepositRows(source: ExtractedSource, draft: Draft<Deal>): void {
  if (draft.paymentTerms) return;
  const r = read(source);
  const deposit = r.labelled.find((l) => l.key === 'deposit' && DUE.test(l.value));
  // A bilingual form's label names the balance in one of its halves ("Balance / Saldo").
  const balance = deposit && r.labelled.find((l) => l.label.split(/[ \t]+\/[ \t]+/).some((h) => BALANCE_LABEL.test(h.trim())) && l.line.index > deposit.line.index && l.line.index - deposit.line.index <= BALANCE_WITHIN);
  if (!deposit || !balance) return;
  const [dep, bal] = [rowValue(r.lines, deposit), rowValue(r.lines, balance)];
  const text = normaliseText(`${dep.value.replace(/[ \t]*[.;]?$/, '.')} ${bal.value}`);
  if (text) draft.paymentTerms = found(text, evidenceAt(source, [deposit.span[0], bal.end], 'label'));
}
