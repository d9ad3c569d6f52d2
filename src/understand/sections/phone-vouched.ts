/**
 * A phone libphonenumber finds possible but not valid (a number from a range its metadata leaves out,
 * such as the UK's 07700 900… block) is still a phone when the writer vouches for it: a phone label
 * right before it ("m: 07700 …", "Tel. …", "Mobil: …") or the international form ("+44 7700 …").
 * Readers that otherwise demand a valid number (signatures, prose) accept such a one.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

const PHONE_LABEL_BEFORE = /(?:^|[\s|·,(])(?:m|t|p|mob|mobile?|mobil|cell|phone|tel|t[ée]l[ée]?phone|telefon|telefono|tel[ée]fono|m[óo]vil|handy|tlf|puh|gsm|portable|port)\.?\s*:?\s*$/iu;

/**
 * `alone`: the number is a line of its own in a signature block (under the name and title), which vouches
 * for it as a label does.
 */
export function vouchedPhone(before: string, raw: string, country: string | null, alone = false): boolean {
  const text = raw.trim().replace(/\(0\)/g, '').replace(/^00(?=\d)/, '+');
  const international = text.startsWith('+');
  if (!international && !alone && !PHONE_LABEL_BEFORE.test(before.slice(-24))) return false;
  const parsed = parsePhoneNumberFromString(text, (country?.toUpperCase() as CountryCode) || undefined);
  return !!parsed?.isPossible();
}
