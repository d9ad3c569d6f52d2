/**
 * A form's answer that says the value is not known yet ("TBC", "à confirmer", "a confirmar", "noch
 * offen"): no value at all, so an area left open on an advance form stays empty rather than holding
 * the words that say so. A bracketed aside may follow ("TBC (waiting for the venue)").
 */
const PENDING = /^(?:tb[acd]|to be (?:confirmed|advised|announced|decided)|to confirm|[àa] (?:confirmer|d[ée]finir|pr[ée]ciser|valider)|a (?:confirmar|definir)|por confirmar|da (?:confermare|definire)|noch offen|offen|folgt|n\/?a|\?+)\.?(?:\s*\([^()]*\))?$/iu;

export function isPendingValue(text: string): boolean {
  return PENDING.test(text.trim());
}
