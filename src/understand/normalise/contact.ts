/**
 * Phones → E.164 (libphonenumber-js, with a default country from context), else the digits with a
 * leading "+" when one was written; e-mails → lower case, validated.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

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
  return { value: (intl.startsWith('+') ? '+' : '') + digits, validated: false };
}

const EMAIL = /^[a-z0-9._%+'-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/;

export function normaliseEmail(text: string): string | null {
  // "name@ example.org": a cell's address broken after (or before) its "@" by a printed column's wrap.
  // "name@venue.example .com": OCR read a space before the closing domain; one address, closed up.
  const closed = /^\s*\S+@\S+\s+\.[a-z]{2,}\s*$/i.test(text) ? text.replace(/\s+(?=\.[a-z]{2,}\s*$)/i, '') : text;
  const joined = /^\s*\S+(?:@\s+|\s+@)\S+\s*$/.test(closed) ? closed.replace(/\s*@\s*/, '@') : closed;
  const e = joined.trim().replace(/^mailto:/i, '').replace(/^[<(\[]|[>)\].,;:]$/g, '').toLowerCase();
  return EMAIL.test(e) ? e : null;
}

/** E-mail addresses and phone-like runs in free text, with offsets. */
export const EMAIL_IN_TEXT = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
export const PHONE_IN_TEXT = /(?:\+|00)?\d[\d ()./-]{5,}\d/g;
