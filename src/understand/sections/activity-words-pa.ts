/**
 * Punjabi words for the items of a show day, in Gurmukhi, added to the kinds' patterns of
 * activity-kinds.ts. A word is bounded by "no Gurmukhi letter or sign before it" (`\b` knows only ASCII
 * letters). The gates opening is the doors ("ਗੇਟ ਖੁੱਲ੍ਹਣਗੇ", the gates will open); the loudspeakers
 * going off is the curfew ("ਲਾਊਡਸਪੀਕਰ ਬੰਦ"), as a Punjab show's sound limit is written.
 */
import type { ActivityKind } from '../../interfaces.js';

const PA = '(?<![\\u0A00-\\u0A7F])';

export const PUNJABI_KINDS: Partial<Record<ActivityKind, string>> = {
  soundcheck: `${PA}ਸਾਊਂ?ਡ ?-?ਚੈ[ੱ]?ਕ|${PA}ਲਾਈਨ ਚੈ[ੱ]?ਕ`,
  load_in: `${PA}ਲੋਡ[- ]?ਇਨ`,
  doors: `${PA}(?:ਗੇਟ|ਦਰਵਾਜ਼?ੇ) ਖੁ[ੱ]?ਲ੍?ਹ`,
  curfew: `${PA}ਕਰਫ਼?ਿਊ|${PA}(?:ਲਾਊਡਸਪੀਕਰ|ਸਪੀਕਰ|ਸਾਊਂ?ਡ|ਮਿਊਜ਼?ਿਕ) ਬੰਦ`,
  transfer: `${PA}ਪਿ[ੱ]?ਕ[- ]?ਅ[ੱ]?ਪ|${PA}ਟ੍ਰਾਂ?ਸਫਰ|${PA}ਗੱਡੀ`,
  interview: `${PA}ਇੰਟਰਵਿਊ|${PA}ਰੇਡੀਓ`,
  meeting: `${PA}ਮੀਟਿੰਗ`,
  set: `${PA}ਪੇਸ਼ਕਾਰੀ|${PA}ਸ਼ੋਅ`,
};

/** Punjabi words of meals, stays and flights: items of other sections. */
export const PUNJABI_OTHER_SECTION = new RegExp(`${PA}(?:ਖਾਣਾ|ਨਾਸ਼ਤਾ|ਡਿਨਰ|ਲੰਚ|ਲੰਗਰ|ਚੈੱਕ-ਇਨ|ਚੈੱਕ-ਆਊਟ|ਫਲਾਈਟ|ਉਡਾਣ)`);
