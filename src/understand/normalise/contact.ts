/**
 * Phones → E.164 (libphonenumber-js, with a default country from context), else the digits with a
 * leading "+" when one was written; e-mails → lower case, validated.
 */
import { getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

export interface NormalisedPhone {
  value: string;
  /** libphonenumber accepted it as a possible number for its country. */
  validated: boolean;
}

export function normalisePhone(text: string, defaultCountry?: string | null): NormalisedPhone | null {
  const raw = text.trim().replace(/^(?:tel|phone|mob|mobile)[:.]?\s*/i, '').replace(/\(0\)/g, '');
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 6 || digits.length > 15) return null;
  const intl = raw.replace(/^00(?=\d)/, '+');
  const parsed = parsePhoneNumberFromString(intl, (defaultCountry?.toUpperCase() as CountryCode) || undefined);
  if (parsed?.isPossible()) return { value: parsed.number, validated: parsed.isValid() };
  return { value: (intl.startsWith('+') ? '+' : '') + digits, validated: false, ...withCallingCode(intl, digits, defaultCountry) };
}

/**
 * A national number opening with its trunk "0" that the library cannot place (an old Lagos landline,
 * "01 280 4417"): the country's calling code stands for the "0", as the number is dialled from abroad.
 */
function withCallingCode(written: string, digits: string, country?: string | null): { value: string } | undefined {
  if (!country || !/^0[1-9]/.test(written.trim()) || digits.length < 8) return undefined;
  try {
    return { value: `+${getCountryCallingCode(country.toUpperCase() as CountryCode)}${digits.slice(1)}` };
  } catch {
    return undefined;
  }
}

const EMAIL = /^[a-z0-9._%+'-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/;
/** An address cut one or two letters into its last label (or after its dot), then a space and the label's rest: "….e us", "….ga l", "….co. uk". */
const WRAPPED_DOMAIN_END = /^\s*(\S+@\S+\.(?:[a-z]{1,2}\.?)?)\s+([a-z]{1,3})\s*$/i;
/** A word run on after a whole address is no part of it: "ana@x.de or", "ana@x.es y". */
const NOT_DOMAIN_TAIL = /^(?:or|and|y|o|e|et|ou|und|oder|of|og|en|i)$/i;

export function normaliseEmail(text: string): string | null {
  // "name@ example.org": a cell's address broken after (or before) its "@" by a printed column's wrap.
  // "name@venue.example .com": OCR read a space before the closing domain; one address, closed up.
  const closed = /^\s*\S+@\S+\s+\.[a-z]{2,}\s*$/i.test(text) ? text.replace(/\s+(?=\.[a-z]{2,}\s*$)/i, '') : text;
  const joined = /^\s*\S+(?:@\s+|\s+@)\S+\s*$/.test(closed) ? closed.replace(/\s*@\s*/, '@') : closed;
  // "name@venue.example.e us", "name@firm.example.co. uk": a narrow cell wrapped its address inside the closing domain.
  const wrapped = WRAPPED_DOMAIN_END.exec(joined);
  // Unless the part before the space is a whole address and the rest a word ("ana@x.de or").
  if (wrapped && !(EMAIL.test(wrapped[1]!.toLowerCase()) && NOT_DOMAIN_TAIL.test(wrapped[2]!))) return normaliseEmail(`${wrapped[1]}${wrapped[2]}`);
  const e = joined.trim().replace(/^mailto:/i, '').replace(/^[<(\[]|[>)\].,;:]$/g, '').toLowerCase();
  return EMAIL.test(e) ? e : null;
}

/**
 * The address at `m` in free text, with the rest of its last label when a cell or line wrapped it there
 * ("ana@firm.example.e us" at a cell's end reads as "ana@firm.example" and " .e us"): the closed-up
 * address and the length of text it covers, else the match as it is.
 */
export function wrappedEmailAt(text: string, m: RegExpMatchArray): { email: string; length: number } | null {
  const tail = /^\.?[a-z]{0,2}\.?[ \t]+[a-z]{1,3}(?=\t|\r|\n|$| {2,})/i.exec(text.slice(m.index! + m[0].length));
  const whole = tail ? normaliseEmail(m[0] + tail[0]) : null;
  if (whole && tail) return { email: whole, length: m[0].length + tail[0].length };
  const email = normaliseEmail(m[0]);
  return email ? { email, length: m[0].length } : null;
}

/** E-mail addresses and phone-like runs in free text, with offsets. */
export const EMAIL_IN_TEXT = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
export const PHONE_IN_TEXT = /(?:\+|00)?\d[\d ()./-]{5,}\d/g;
