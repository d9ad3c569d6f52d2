/**
 * A hotel's phone as its own line or remark labels it: "Tel. +351 222 081 440", "Phone: 08 …", "puh." (Finnish), "tlf." (Danish, Norwegian: "Receptionen har tlf. 33 14 52 09"), or
 * a desk's name ("Reservations +44 …", "Reception: 020 …", in a sentence "Reception is 020 …", or in an answer about
 * the hotel "Their number is 020 …"); an American area code may open in a bracket ("Tel (503) …"). After a desk's name the number opens as
 * a phone's does (a "+", a trunk "0", a bracket): "Reservation 48213377" is a booking's number. A signature's
 * "Main: 416-…" (beside a clerk's "Direct:" line) is the hotel's switchboard. A reception's number may
 * go without a trunk prefix where a country has none, written in groups ("Reception: 33 14 52 09"). Bulgarian
 * and Hebrew desks and phone words ("Рецепция: 02 …", "טלפון המלון: 03-…") likewise, and Russian "тел. +7 …".
 */
const LABELLED_PHONE = /\b(?:(?:t[ée]l[ée]?(?:phone|fono|efon)?|phone|tfn|tlf|puh(?:elin)?|t)\.?:?[ \t]*((?:\+|\()?\d[\d ()/-]{6,}\d)|(?:reservations?|reception|front[ -]desk|rezeption|recepci[óo]n|r[ée]ception|(?:their|(?:the[ \t]+)?hotel['’]?s?)[ \t]+(?:phone[ \t]+)?number)\.?:?[ \t]*(?:(?:is|on)[ \t]+)?([+(0][\d ()/-]{6,}\d)|main(?:[ \t]+line)?:[ \t]*(\d[\d ()/-]{6,}\d)|(?:reception|front[ -]desk|rezeption|recepci[óo]n|r[ée]ception)\.?:?[ \t]*(\d{2,4}(?:[ .]\d{2,4}){2,})(?![ .]?\d))|(?<![а-яא-ת])(?:рецепция|ресепшн|телефон|тел\.|טלפון(?: המלון)?|קבלה)[ \t]*:?[ \t]*([+(0][\d ()/-]{6,}\d)/i;

/** The first labelled phone number in `text`, as written, with where it starts. */
export function labelledPhoneIn(text: string): { raw: string; index: number } | null {
  const m = LABELLED_PHONE.exec(text);
  const raw = m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4] ?? m?.[5];
  return m && raw ? { raw, index: m.index + m[0].indexOf(raw) } : null;
}
