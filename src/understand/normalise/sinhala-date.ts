/**
 * Sinhala weekdays as Sri Lankan chats write them, in Sinhala script and romanised ("Singlish"), with the
 * long vowels doubled or not: "සෙනසුරාදා" / "Senasurada" / "Senasuraada" (Saturday). Index 0 is Sunday.
 * "හෙට" / "heta" (tomorrow) is a Sinhala word only in Sinhala text: Swedish "heta" is "hot".
 */
export const SINHALA_WEEKDAYS: readonly string[][] = [
  ['ඉරිදා', 'irida', 'iridaa'],
  ['සඳුදා', 'sanduda', 'sandudaa', 'handuda'],
  ['අඟහරුවාදා', 'angaharuwada', 'angaharuwaada', 'angaharuvada'],
  ['බදාදා', 'badada', 'badaada'],
  ['බ්‍රහස්පතින්දා', 'බ්රහස්පතින්දා', 'brahaspathinda', 'brahaspatinda', 'brahaspathindaa'],
  ['සිකුරාදා', 'sikurada', 'sikuraada'],
  ['සෙනසුරාදා', 'senasurada', 'senasuraada'],
];

export const SINHALA_TOMORROW = ['හෙට', 'heta'];

/** Words only Singlish writes (romanised Sinhala particles and verbs): "show eka", "arrange karannam", "okkoma". */
export const SINGLISH = /(?<!\p{L})(?:eka|ekak|ekata|eke|karanawa|karannam|kala|thiyenawa|thiyena|witharai|okkoma|innawa|yanawa|enawa|ganna|neda|machan|aiya|aiye)(?!\p{L})/iu;
const SINHALA_SCRIPT = /[\u0D80-\u0DFF]/u;

/** Whether `text` is written in Sinhala, in its script or romanised. */
export function isSinhalaText(text: string): boolean {
  return SINHALA_SCRIPT.test(text) || SINGLISH.test(text);
}

/** A Sinhala weekday's number (0 = Sunday), for a name in either script. */
export function sinhalaWeekday(word: string): number | undefined {
  const lower = word.toLowerCase();
  const at = SINHALA_WEEKDAYS.findIndex((names) => names.includes(lower));
  return at < 0 ? undefined : at;
}
