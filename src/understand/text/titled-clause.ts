/**
 * An Iberian or Italian contract runs each clause on from its ordinal and title: "CUARTA. Forma de
 * pago. Un 30 % a la firma …", "TERCEIRA.- Forma de pagamento.- …", "QUINTO. Modalità di pagamento. …".
 * When the title names a clause topic (CLAUSE_KEYS in labels.ts: the payment terms, other terms), the
 * title is the label and the clause's text after it on the line the value (its wrapped lines follow it
 * as any value's do). A clause titled with anything else ("TERCEIRA. Caché. …") is left to the prose readers.
 */
import { labelKey, type LabelKey } from './lexicon.js';
import type { Line } from './lines.js';
import type { Labelled } from './labels.js';

/** The ordinal words that number a clause, in Spanish, Galician, Portuguese, Catalan and Italian (feminine for "cláusula", masculine for "artículo"). */
const ORDINAL = String.raw`(?:primer[ao]?|primeir[ao]|segund[ao]|segona|tercer[ao]?|terceir[ao]|cuart[ao]|quart[ao]|quint[ao]|cinquena|sext[ao]|sisena|s[ée]ptim[ao]|s[ée]tim[ao]|setena|octav[ao]|oitav[ao]|vuitena|noven[ao]|non[ao]|d[ée]cim[ao]|desena|prim[ao]|secondo|seconda|terz[ao])`;
const TITLED_CLAUSE = new RegExp(String.raw`^[ \t]*${ORDINAL}[ \t]*[.:–—-]+[ \t]*(\p{L}[\p{L} '’/]{2,40}?)[ \t]*[.:–—-]+[ \t]+(\S.*)$`, 'iu');

export function titledClauses(lines: Line[], keys: ReadonlySet<LabelKey>): Labelled[] {
  const out: Labelled[] = [];
  for (const line of lines) {
    const m = TITLED_CLAUSE.exec(line.text);
    const key = m ? labelKey(m[1]!) : null;
    if (!m || !key || !keys.has(key)) continue;
    const value = m[2]!.trimEnd();
    const start = line.start + m.index + m[0].length - m[2]!.length;
    out.push({ key, label: m[1]!, value, span: [start, start + value.length], line });
  }
  return out;
}
