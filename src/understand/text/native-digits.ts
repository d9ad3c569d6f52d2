/**
 * Arabic-Indic, Persian, Devanagari, Bengali, Gurmukhi, Lao, Myanmar and Khmer digits as ASCII digits. An Arabic sheet writes "١٤ مارس ٢٠٢٨" and
 * "٨:٠٠ مساءً", a Bengali one "৮ মার্চ ২০২৮" and "রাত ১১:০০"; every reader downstream looks for 0–9. A source with such digits is read through a
 * copy of the same length (text, pages and table cells), so every span still points at the source:
 *
 * - each digit becomes its ASCII digit ("٢٠٢٨" → "2028");
 * - a clock with an Arabic time-of-day word becomes the 24-hour clock, padded with spaces
 *   ("٨:٠٠ مساءً" → "20:00     "; inside prose with zero-width spaces, text/rendering-pad.ts): صباحاً morning, ظهراً midday, عصراً afternoon, مساءً evening, ليلاً night;
 * - a Bengali clock with its part of the day before it becomes the 24-hour clock (text/bengali-clock.ts),
 *   a Nepali or Hindi one in Devanagari too ("बेलुका ८ बजे" → "20:00", text/devanagari-clock.ts), a Marathi one ("सायं. ६.३० वा." → "18:30", text/marathi-clock.ts), a Punjabi one in Gurmukhi
 *   ("ਰਾਤ ੧੦:੦੦ ਵਜੇ" → "22:00", text/gurmukhi-clock.ts), a Burmese one ("ည ၈ နာရီခွဲ" → "20:30",
 *   text/burmese-clock.ts), and a Burmese date ("နိုဝင်ဘာလ ၂၀ ရက်" → "20 Nov", text/burmese-date.ts);
 * - a date with an Arabic, Bengali, Nepali or Hindi month name becomes an English one ("الخميس ١٦ مارس ٢٠٢٨" → "Thu 16 Mar 2028"),
 *   when it fits in the same length;
 * - such a clock or date right before its own Latin rendering ("٨:٠٠ مساءً / 20:00", "١٦ مارس – 16 Mar")
 *   is blanked, as the import keeps a bilingual value's Latin half.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { latinLineRendering } from './two-script-line.js';
import { persianClocks } from './persian-clock.js';
import { urduClocks } from './urdu-clock.js';
import { bengaliClocks } from './bengali-clock.js';
import { devanagariClocks } from './devanagari-clock.js';
import { marathiClocks } from './marathi-clock.js';
import { burmeseClocks } from './burmese-clock.js';
import { burmeseDates } from './burmese-date.js';
import { gurmukhiClocks } from './gurmukhi-clock.js';
import { kannadaClocks } from './kannada-clock.js';
import { pashtoClocks } from './pashto-clock.js';
import { padRendering } from './rendering-pad.js';
import { rewrittenCopy } from './rewritten-copy.js';

const NATIVE = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF\u0A66-\u0A6F\u0CE6-\u0CEF\u0ED0-\u0ED9\u1040-\u1049\u17E0-\u17E9]/;
// Any Arabic-script, Devanagari, Bengali, Gurmukhi or Myanmar letter or digit (or a Lao or Khmer digit): where native digits, clocks or month names may stand.
const NATIVE_SCRIPT = /[\u0600-\u06FF\u0900-\u0A7F\u0C80-\u0CFF\u0ED0-\u0ED9\u1000-\u109F\u17E0-\u17E9]/;
const NATIVE_G = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF\u0A66-\u0A6F\u0CE6-\u0CEF\u0ED0-\u0ED9\u1040-\u1049\u17E0-\u17E9]/g;
// The zero of each native digit run, ascending: Arabic-Indic, Persian, Devanagari, Bengali, Gurmukhi, Lao, Myanmar, Khmer.
const NATIVE_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ce6, 0x0ed0, 0x1040, 0x17e0];
// A clock followed by a time-of-day word; the word's tanwīn and alef spellings vary ("مساءً", "مساء", "صباحا").
// The one-letter "ص"/"م" (am/pm) only after a colon: "م" is also the metre ("ارتفاع الباب: ٢.٨٠ م", 2.80 m).
const DAY_WORD = String.raw`صباح[اًٌٍَُِّْ]*|ظهر[اًٌٍَُِّْ]*|عصر[اًٌٍَُِّْ]*|مساء[اًٌٍَُِّْ]*|ليل[اًٌٍَُِّْ]*`;
const CLOCK = new RegExp(String.raw`(?<![\d:])(\d{1,2})(?::(\d{2})(?!\d)[ \t\u00A0]*(${DAY_WORD}|ص|م)|\.(\d{2})(?!\d)[ \t\u00A0]*(${DAY_WORD}))(?![\p{L}\p{M}])`, 'gu');
const RENDERED = /^[ \t]*[/–—-][ \t]*|^[ \t]+/;

/** Bengali names with "য়" as "য" and its nukta (as the names are listed) and as the one letter "য়". */
function withOneLetterYa(names: [string, number][]): [string, number][] {
  return names.flatMap(([name, n]): [string, number][] => (name.includes('য\u09BC') ? [[name, n], [name.replaceAll('য\u09BC', '\u09DF'), n]] : [[name, n]]));
}

/** Gurmukhi names with "ਸ਼" as one letter and as "ਸ" with its nukta. */
function withNuktaSha(names: [string, string][]): [string, string][] {
  return names.flatMap(([name, en]): [string, string][] => (name.includes('ਸ਼') ? [[name, en], [name.replaceAll('ਸ਼', 'ਸ\u0A3C'), en]] : [[name, en]]));
}

// Month names as Egypt and the Gulf write them, then as the Levant and Iraq do, then Persian names of
// the Gregorian months (a Solar Hijri date beside them, "۲۲ آبان", is left as written), then Urdu ones,
// then Bengali ones (a Bangla-calendar date beside them, "৩ ফাল্গুন", is left as written).
const MONTHS: [string, number][] = [
  ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['أبريل', 4], ['ابريل', 4], ['إبريل', 4], ['مايو', 5], ['يونيو', 6], ['يونيه', 6],
  ['يوليو', 7], ['يوليه', 7], ['أغسطس', 8], ['اغسطس', 8], ['سبتمبر', 9], ['أكتوبر', 10], ['اكتوبر', 10], ['نوفمبر', 11], ['ديسمبر', 12],
  ['كانون الثاني', 1], ['شباط', 2], ['آذار', 3], ['نيسان', 4], ['أيار', 5], ['حزيران', 6], ['تموز', 7], ['آب', 8],
  ['أيلول', 9], ['تشرين الأول', 10], ['تشرين الثاني', 11], ['كانون الأول', 12],
  ['ژانویه', 1], ['فوریه', 2], ['آوریل', 4], ['مه', 5], ['می', 5], ['ژوئن', 6], ['ژوئیه', 7], ['جولای', 7],
  ['اوت', 8], ['آگوست', 8], ['سپتامبر', 9], ['اکتبر', 10], ['نوامبر', 11], ['دسامبر', 12],
  ['جنوری', 1], ['فروری', 2], ['مارچ', 3], ['اپریل', 4], ['مئی', 5], ['جون', 6], ['جولائی', 7], ['اگست', 8],
  ['ستمبر', 9], ['نومبر', 11], ['دسمبر', 12],
  ...withOneLetterYa([
    ['জানুয়ারি', 1], ['জানুয়ারী', 1], ['ফেব্রুয়ারি', 2], ['ফেব্রুয়ারী', 2], ['মার্চ', 3], ['এপ্রিল', 4], ['মে', 5], ['জুন', 6],
    ['জুলাই', 7], ['আগস্ট', 8], ['আগষ্ট', 8], ['অগাস্ট', 8], ['সেপ্টেম্বর', 9], ['অক্টোবর', 10], ['নভেম্বর', 11], ['ডিসেম্বর', 12],
  ]),
  // Nepali, then Hindi names of the Gregorian months (a Bikram Sambat date beside them, "२०८५ फागुन ३", is left as written).
  ['जनवरी', 1], ['फेब्रुअरी', 2], ['फेब्रुवरी', 2], ['मार्च', 3], ['अप्रिल', 4], ['मे', 5], ['जुन', 6], ['जुलाई', 7], ['अगस्ट', 8], ['अगस्त', 8],
  ['सेप्टेम्बर', 9], ['अक्टोबर', 10], ['अक्टुबर', 10], ['नोभेम्बर', 11], ['डिसेम्बर', 12],
  ['फरवरी', 2], ['फ़रवरी', 2], ['अप्रैल', 4], ['मई', 5], ['जून', 6], ['सितंबर', 9], ['सितम्बर', 9], ['अक्टूबर', 10], ['अक्तूबर', 10],
  ['नवंबर', 11], ['नवम्बर', 11], ['दिसंबर', 12], ['दिसम्बर', 12],
  // Marathi names ("मार्च", "मे", "जून" as the Hindi ones).
  ['जानेवारी', 1], ['फेब्रुवारी', 2], ['एप्रिल', 4], ['जुलै', 7], ['ऑगस्ट', 8], ['सप्टेंबर', 9], ['ऑक्टोबर', 10], ['नोव्हेंबर', 11], ['डिसेंबर', 12],
  // Punjabi names in Gurmukhi ("ਫ਼" also as "ਫ" without its dot).
  ['ਜਨਵਰੀ', 1], ['ਫ਼ਰਵਰੀ', 2], ['ਫਰਵਰੀ', 2], ['ਮਾਰਚ', 3], ['ਅਪ੍ਰੈਲ', 4], ['ਅਪਰੈਲ', 4], ['ਮਈ', 5], ['ਜੂਨ', 6], ['ਜੁਲਾਈ', 7],
  ['ਅਗਸਤ', 8], ['ਸਤੰਬਰ', 9], ['ਅਕਤੂਬਰ', 10], ['ਨਵੰਬਰ', 11], ['ਦਸੰਬਰ', 12],
  // Kannada names of the Gregorian months.
  ['ಜನವರಿ', 1], ['ಫೆಬ್ರವರಿ', 2], ['ಫೆಬ್ರುವರಿ', 2], ['ಮಾರ್ಚ್', 3], ['ಏಪ್ರಿಲ್', 4], ['ಮೇ', 5], ['ಜೂನ್', 6], ['ಜುಲೈ', 7],
  ['ಆಗಸ್ಟ್', 8], ['ಸೆಪ್ಟೆಂಬರ್', 9], ['ಅಕ್ಟೋಬರ್', 10], ['ನವೆಂಬರ್', 11], ['ಡಿಸೆಂಬರ್', 12],
];
// Kannada weekdays.
const KANNADA_WEEKDAYS: [string, string][] = [
  ['ಭಾನುವಾರ', 'Sun'], ['ರವಿವಾರ', 'Sun'], ['ಸೋಮವಾರ', 'Mon'], ['ಮಂಗಳವಾರ', 'Tue'], ['ಬುಧವಾರ', 'Wed'], ['ಗುರುವಾರ', 'Thu'], ['ಶುಕ್ರವಾರ', 'Fri'], ['ಶನಿವಾರ', 'Sat'],
];
// Arabic weekdays, then Persian ones ("سه‌شنبه" with its zero-width non-joiner, without it, or with a space),
// then Urdu ones (written with "ہ", not the Persian "ه"), then Bengali ones, then Nepali and Hindi ones, then Punjabi ones.
const WEEKDAYS: [string, string][] = [
  ['الأحد', 'Sun'], ['الاثنين', 'Mon'], ['الإثنين', 'Mon'], ['الثلاثاء', 'Tue'], ['الأربعاء', 'Wed'], ['الخميس', 'Thu'], ['الجمعة', 'Fri'], ['السبت', 'Sat'],
  ['یکشنبه', 'Sun'], ['دوشنبه', 'Mon'], ['سه\u200Cشنبه', 'Tue'], ['سهشنبه', 'Tue'], ['سه شنبه', 'Tue'], ['چهارشنبه', 'Wed'], ['پنج\u200Cشنبه', 'Thu'], ['پنجشنبه', 'Thu'], ['پنج شنبه', 'Thu'], ['جمعه', 'Fri'], ['شنبه', 'Sat'],
  ['اتوار', 'Sun'], ['پیر', 'Mon'], ['سوموار', 'Mon'], ['منگل', 'Tue'], ['بدھ', 'Wed'], ['جمعرات', 'Thu'], ['جمعہ', 'Fri'], ['ہفتہ', 'Sat'],
  ['রবিবার', 'Sun'], ['রোববার', 'Sun'], ['সোমবার', 'Mon'], ['মঙ্গলবার', 'Tue'], ['বুধবার', 'Wed'], ['বৃহস্পতিবার', 'Thu'], ['শুক্রবার', 'Fri'], ['শনিবার', 'Sat'],
  ['आइतबार', 'Sun'], ['सोमबार', 'Mon'], ['मंगलबार', 'Tue'], ['मङ्गलबार', 'Tue'], ['बुधबार', 'Wed'], ['बिहीबार', 'Thu'], ['बिहिबार', 'Thu'], ['शुक्रबार', 'Fri'], ['शनिबार', 'Sat'],
  ['रविवार', 'Sun'], ['सोमवार', 'Mon'], ['मंगलवार', 'Tue'], ['बुधवार', 'Wed'], ['गुरुवार', 'Thu'], ['शुक्रवार', 'Fri'], ['शनिवार', 'Sat'],
  ['मंगळवार', 'Tue'], ['गुरूवार', 'Thu'],
  ...withNuktaSha([
    ['ਐਤਵਾਰ', 'Sun'], ['ਸੋਮਵਾਰ', 'Mon'], ['ਮੰਗਲਵਾਰ', 'Tue'], ['ਬੁੱਧਵਾਰ', 'Wed'], ['ਵੀਰਵਾਰ', 'Thu'], ['ਸ਼ੁੱਕਰਵਾਰ', 'Fri'], ['ਸ਼ਨੀਵਾਰ', 'Sat'], ['ਸ਼ਨਿੱਚਰਵਾਰ', 'Sat'],
  ]),
  ...KANNADA_WEEKDAYS,
];
const MONTH_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const DATE = new RegExp(`(?<![\\p{L}\\d])(?:(${alternation(WEEKDAYS.map(([w]) => w))})[،,]?[ \\t]+)?(\\d{1,2})[ \\t]+(${alternation(MONTHS.map(([m]) => m))})(?:[ \\t]+(\\d{4}))?(?![\\p{L}\\p{M}\\d])`, 'gu');
const LATIN_DATE = /^(?:\p{L}{3,9}\.?,?[ \t]+)?(\d{1,2})\.?[ \t]+(\p{L}{3})/u;

/** Arabic dates in `text` (ASCII digits already) in English, or blanked before their Latin rendering; the same length. */
function latinDates(text: string): string {
  let out = '';
  let from = 0;
  for (const found of text.matchAll(DATE)) {
    const [whole, weekday, day, month, year] = found as unknown as [string, string | undefined, string, string, string | undefined];
    const at = found.index;
    const m = MONTHS.find(([name]) => name === month)![1];
    const after = text.slice(at + whole.length);
    const sep = RENDERED.exec(after)?.[0] ?? '';
    const next = LATIN_DATE.exec(after.slice(sep.length));
    const rendered = !!sep && !!next && Number(next[1]) === Number(day) && next[2]!.toLowerCase() === MONTH_EN[m - 1]!.toLowerCase();
    const english = [weekday ? WEEKDAYS.find(([w]) => w === weekday)![1] : '', day, MONTH_EN[m - 1], year ?? ''].filter(Boolean).join(' ');
    if (!rendered && english.length > whole.length) continue;
    const length = rendered ? whole.length + sep.length : whole.length;
    // "৮ মার্চ ২০২৮, রাত ১০:১৫" (or an Arabic comma, "۷ دسمبر، د غرمې ۱ بجې"): before a comma the padding goes in front, so no column gap parts the date from its time.
    const padded = /^[,،]/u.test(after) ? english.padStart(length) : padRendering(english, length, after);
    out += text.slice(from, at) + (rendered ? ' '.repeat(length) : padded);
    from = at + length;
  }
  return out + text.slice(from);
}

function digit(ch: string): string {
  const code = ch.charCodeAt(0);
  return String(code - NATIVE_ZEROS.findLast((zero) => code >= zero)!);
}

// The Arabic thousands and decimal separators between digits ("۳۵٬۰۰۰", "۲٫۵") and the Arabic percent sign.
const SEPARATOR = /(?<=\d)[\u066B\u066C](?=\d)|\u066A/g;
const separator = (ch: string) => (ch === '\u066C' ? ',' : ch === '\u066B' ? '.' : '%');

function hour24(hour: number, word: string): number | null {
  if (hour > 12) return null;
  if (/^(صباح|ص$)/u.test(word)) return hour === 12 ? 0 : hour;
  if (/^ظهر/u.test(word)) return hour === 12 || hour >= 10 ? hour : hour + 12;
  if (/^ليل/u.test(word)) return hour === 12 ? 0 : hour >= 6 ? hour + 12 : hour;
  return hour === 12 ? 12 : hour + 12;
}

/** `text` with native digits as ASCII and native clocks as 24-hour ones, at the same length. */
export function latinDigits(text: string): string {
  if (!NATIVE_SCRIPT.test(text)) return text;
  const ascii = burmeseDates(burmeseClocks(kannadaClocks(gurmukhiClocks(devanagariClocks(marathiClocks(bengaliClocks(pashtoClocks(urduClocks(persianClocks(text.replace(NATIVE_G, digit).replace(SEPARATOR, separator), text))))))))));
  let out = '';
  let from = 0;
  for (const m of ascii.matchAll(CLOCK)) {
    const at = m.index;
    const [whole, h] = m as unknown as [string, string];
    const min = (m[2] ?? m[4])!;
    const word = (m[3] ?? m[5])!;
    // Only a clock written in native digits: a Latin "8:00 م" is left as written.
    if (at < from || !NATIVE.test(text.slice(at, at + h.length + 1 + min.length))) continue;
    const hour = hour24(Number(h), word);
    if (hour === null || Number(min) > 59) continue;
    const after = ascii.slice(at + whole.length);
    const sep = RENDERED.exec(after)?.[0] ?? '';
    const next = /^(\d{1,2})[:.](\d{2})(?!\d)/.exec(after.slice(sep.length));
    const rendered = !!next && !!sep && Number(next[1]) === hour && next[2] === min;
    const length = rendered ? whole.length + sep.length : whole.length;
    out += ascii.slice(from, at) + (rendered ? ' '.repeat(length) : padRendering(`${String(hour).padStart(2, '0')}:${min}`, length, after));
    from = at + length;
  }
  return latinDates(out + ascii.slice(from));
}

/** The source read with ASCII digits (its attachments too), or the source itself when it has no Arabic or Bengali script. */
export function withLatinDigits(source: ExtractedSource): ExtractedSource {
  const own = NATIVE_SCRIPT.test(source.text) || source.tables.some((t) => t.rows.some((r) => r.some((c) => NATIVE_SCRIPT.test(c))));
  // A line written in Arabic and again in Latin letters keeps its Latin half (text/two-script-line.ts); a table cell is one value.
  return rewrittenCopy(source, withLatinDigits, own, (text) => latinLineRendering(latinDigits(text)), latinDigits);
}
