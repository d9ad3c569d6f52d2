/**
 * A hotel's phone as its own line or remark labels it: "Tel. +351 222 081 440", "Phone: 08 …", or
 * a desk's name ("Reservations +44 …", "Reception: …").
 */
const LABELLED_PHONE = /\b(?:t[ée]l[ée]?(?:phone|fono|efon)?|phone|tfn|t|reservations?|reception|front[ -]desk|rezeption|recepci[óo]n|r[ée]ception)\.?:?[ \t]*(\+?[\d][\d ()/-]{6,}\d)/i;

/** The first labelled phone number in `text`, as written, with where it starts. */
export function labelledPhoneIn(text: string): { raw: string; index: number } | null {
  const m = LABELLED_PHONE.exec(text);
  return m ? { raw: m[1]!, index: m.index + m[0].indexOf(m[1]!) } : null;
}
