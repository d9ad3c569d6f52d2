/**
 * A form's answer that holds no value. Pending: the value is not known yet ("TBC", "à confirmer", "a
 * confirmar", "noch offen"), so an area left open on an advance form stays empty rather than holding
 * the words that say so; a bracketed aside may follow ("TBC (waiting for the venue)"). Not applicable
 * ("n/a", "n.v.t."): there is none to give, which is no pending value (a question's "n/a" refuses it).
 */
const PENDING = /^(?:tb[acd]|to be (?:confirmed|advised|announced|decided)|to confirm|[àa] (?:confirmer|d[ée]finir|pr[ée]ciser|valider)|a (?:confirmar|definir)|por confirmar|da (?:confermare|definire)|noch offen|offen|folgt|\?+)\.?(?:\s*\([^()]*\))?$/iu;
const NOT_APPLICABLE = /^(?:n\/a|n\.?a\.?|n\.?v\.?t\.?)$/i;

export function isPendingValue(text: string): boolean {
  return PENDING.test(text.trim());
}

export function isNotApplicable(text: string): boolean {
  return NOT_APPLICABLE.test(text.trim());
}
