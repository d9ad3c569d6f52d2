/**
 * Dates → `YYYY-MM-DD`. Numeric forms are read by hand (ISO, European day-first `14.03.2025`,
 * `14/03/2025`, with a month-first reading only when the day-first one is impossible); written forms
 * ("14 Mar 2025", "fredag 14 mars", "Freitag, 14. März") go through chrono-node's locale parsers.
 * A date without a year takes the occurrence nearest to the reference date (the e-mail's date, the show).
 */
import * as chrono from 'chrono-node';
import { findTimes } from './time.js';
import { DAY_PREPOSITION } from './day-prepositions.js';
import { thaiDates } from './thai-date.js';
import { vietnameseDates } from './vietnamese-date.js';
import { swahiliDates } from './swahili-date.js';
import { somaliDates } from './somali-date.js';
import { armenianDates, ARMENIAN_WEEKDAYS } from './armenian-date.js';
import { sinhalaWeekday } from './sinhala-date.js';
import { mongolianDates } from './mongolian-date.js';
import { uzbekDates } from './uzbek-date.js';
import { zuluDates } from './zulu-date.js';
import { xhosaDates } from './xhosa-date.js';
import { hausaDates } from './hausa-date.js';
import { kyrgyzDates } from './kyrgyz-date.js';
import { basqueDates } from './basque-date.js';

/** Locales tried in order; English first because most documents carry at least some English. */
const LOCALES = [chrono.en, chrono.de, chrono.sv, chrono.fr, chrono.es, chrono.nl] as const;

export interface DateMatch {
  value: string;
  /** Offset of the matched text in the input, and its length. */
  index: number;
  length: number;
  /** The year was written (not implied from the reference date). */
  hasYear: boolean;
}

/** Years a show's paperwork can speak of; "27-10-0391" in a booking number is no date. */
const YEARS = { first: 1900, last: 2199 };

export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < YEARS.first || year > YEARS.last || month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length <= 2 ? 2000 + n : n;
}

const ISO = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g;
const NUMERIC = /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})\b/g;
const SPACED_DOTTED = /\b(\d{1,2})\. (\d{1,2})\. ?(\d{4})\b/g;
/** Hungarian writes the year first, each part dotted: "2027.10.14.", "2027. 10. 14.". */
const YEAR_FIRST_DOTTED = /\b(\d{4})\. ?(\d{1,2})\. ?(\d{1,2})\.?(?!\d)/g;
/** Japanese and Chinese write year, month and day with their characters ("2026年9月8日"), Korean with its own ("2026년 9월 8일"). */
const CJK_YEAR_MONTH_DAY = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/gu;
/** The same without the year ("9월 17일", "9月17日"), the year taken as nearest the reference; not the tail of a dated one. */
const CJK_MONTH_DAY = /(?<![年년]\s*)(?<!\d)(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/gu;
/** "4/16(金)", "4/17（土）": Japanese and Chinese write a year-less day month first, with its weekday in brackets. */
const SLASHED_MONTH_CJK_WEEKDAY = /(?<![\d/])(\d{1,2})\/(\d{1,2})\s*[(（](?:[日月火水木金土]|[一二三四五六日])[)）]/gu;

/** A locale's name of weekday `d` (0 = Sunday), lower case, without a trailing dot. */
function weekdayName(locale: string, d: number, weekday: 'long' | 'short'): string {
  // 2020-03-01 was a Sunday.
  return new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' }).format(new Date(Date.UTC(2020, 2, 1 + d, 12))).toLowerCase().replace(/\.$/, '');
}

/** A locale's name of month `m` (0 = January), as Intl writes it in `format`. */
function monthName(locale: string, m: number, format: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale, { ...format, timeZone: 'UTC' }).format(new Date(Date.UTC(2020, m, 15)));
}

const WIDTHS = ['long', 'short'] as const;
const DAYS = [0, 1, 2, 3, 4, 5, 6];
const MONTHS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

/** Weekday names (long and short, lower case, no trailing dot) → 0 (Sunday)..6, for the supported languages. */
let weekdayNames: Map<string, number> | undefined;
export function weekdayNumber(name: string): number | undefined {
  if (!weekdayNames) {
    weekdayNames = new Map();
    for (const locale of ['en', 'de', 'sv', 'fr', 'es', 'nl', 'it', 'pt']) {
      for (const d of DAYS) for (const width of WIDTHS) weekdayNames.set(weekdayName(locale, d, width), d);
    }
    for (const [n, d] of [['tues', 2], ['thur', 4], ['thurs', 4]] as const) weekdayNames.set(n, d);
    // Greek ("Σάββατο", "Σάβ."), also without accents; Croatian ("petak 22.10.", "sub, 23. lis"):
    // each added where no other language's name claims the word.
    for (const d of DAYS) {
      // Danish and Norwegian ("lørdag", "lør. 15/8", "søn."), where Swedish has not claimed the name; Monday's
      // short "man" is an English word.
      for (const n of [weekdayName('da', d, 'long'), weekdayName('da', d, 'short')]) if (n !== 'man' && !weekdayNames.has(n)) weekdayNames.set(n, d);
      for (const width of WIDTHS) {
        const greek = weekdayName('el', d, width);
        for (const n of [greek, withoutAccents(greek), weekdayName('hr', d, width)]) if (!weekdayNames.has(n)) weekdayNames.set(n, d);
      }
      // Catalan ("divendres 7 de maig") and Turkish ("21 Nisan 2028 Cuma") by their long names:
      // their short forms ("dl", "Sal", "Per") are words or abbreviations of other languages.
      for (const n of [weekdayName('ca', d, 'long'), ...plainForms(weekdayName('tr', d, 'long'))]) if (!weekdayNames.has(n)) weekdayNames.set(n, d);
      // Romanian by their long names, also without diacritics ("vineri", "sâmbătă", "sambata").
      for (const n of [weekdayName('ro', d, 'long'), withoutAccents(weekdayName('ro', d, 'long'))]) if (!weekdayNames.has(n)) weekdayNames.set(n, d);
      // Bulgarian ("събота", "сб"); Hebrew by the word after "יום" ("יום חמישי"), the word that stands before a date.
      for (const n of [weekdayName('bg', d, 'long'), weekdayName('bg', d, 'short'), weekdayName('he', d, 'long').replace(/^יום\s+/, '')]) if (!weekdayNames.has(n)) weekdayNames.set(n, d);
      // Ukrainian long and short names ("субота", "сб") and the accusative a day takes ("у п'ятницю", "в неділю").
      const ukrainian = weekdayName('uk', d, 'long');
      for (const n of [ukrainian, weekdayName('uk', d, 'short'), ukrainian.replace(/а$/, 'у').replace(/я$/, 'ю')]) if (!weekdayNames.has(n)) weekdayNames.set(n, d);
      // Russian long and short names ("суббота", "сб") and the accusative a day takes ("в пятницу", "в среду").
      const russian = weekdayName('ru', d, 'long');
      for (const n of [russian, weekdayName('ru', d, 'short'), russian.replace(/а$/, 'у')]) if (!weekdayNames.has(n)) weekdayNames.set(n, d);
      // Slovenian and Serbian (both scripts) long names and the accusative a day takes ("v soboto", "u subotu", "у суботу").
      for (const locale of ['sl', 'sr-Latn', 'sr']) {
        const long = weekdayName(locale, d, 'long');
        for (const n of [long, long.replace(/a$/, locale === 'sl' ? 'o' : 'u').replace(/а$/, 'у')]) if (!weekdayNames.has(n)) weekdayNames.set(n, d);
      }
      // Estonian by their long names ("laupäev, 12. juuni"), also without diacritics: the short forms are single letters.
      for (const n of [weekdayName('et', d, 'long'), withoutAccents(weekdayName('et', d, 'long'))]) if (!weekdayNames.has(n)) weekdayNames.set(n, d);
      // Latvian long names and the form a day takes ("sestdien, 22.05.", "on Saturday"), also without diacritics;
      // Indonesian long names ("Sabtu, 14 Agustus"): both languages' short forms are words elsewhere ("min", "sel").
      const latvian = weekdayName('lv', d, 'long');
      for (const n of [latvian, latvian.replace(/a$/, ''), withoutAccents(latvian), withoutAccents(latvian).replace(/a$/, ''), weekdayName('id', d, 'long')]) if (!weekdayNames.has(n)) weekdayNames.set(n, d);
      // Malay long names ("Sabtu, 8 Mac"); Albanian long names without their article ("e shtunë, 4 mars" →
      // "shtunë"), also without diacritics.
      const albanian = weekdayName('sq', d, 'long').replace(/^e\s+/, '');
      for (const n of [weekdayName('ms', d, 'long'), albanian, withoutAccents(albanian)]) if (!weekdayNames.has(n)) weekdayNames.set(n, d);
      // Maltese long names without their article ("is-Sibt 17 ta' Lulju" → "sibt"), also without diacritics
      // ("gimgha"); Mongolian long names ("Бямба", "Баасан"), a script no other supported language writes them in.
      const maltese = weekdayName('mt', d, 'long').replace(/^\p{L}+-/u, '');
      for (const n of [maltese, withoutAccents(maltese).replace(/ħ/g, 'h'), weekdayName('mn', d, 'long')]) if (!weekdayNames.has(n)) weekdayNames.set(n, d);
      // Azerbaijani long names of one word ("9 sentyabr 2028, şənbə", "cümə"): the two-word ones ("cümə axşamı")
      // end on a word two days share; Sunday's "bazar" is also a market (German, Spanish, Portuguese, Turkish).
      const azerbaijani = weekdayName('az', d, 'long');
      if (!azerbaijani.includes(' ') && azerbaijani !== 'bazar' && !weekdayNames.has(azerbaijani)) weekdayNames.set(azerbaijani, d);
    }
    // Armenian long names ("ուրբաթ"), in a script no other language writes.
    ARMENIAN_WEEKDAYS.forEach((n, d) => weekdayNames!.set(n, d));
  }
  // Ukrainian writes its apostrophe ("п'ятниця") as a typewriter or typographic one, or as Intl's modifier letter.
  return weekdayNames.get(name.toLowerCase().replace(/['’]/g, 'ʼ'));
}

/** Whether `word` names a weekday in a supported language ("Friday", "Fr", "petak"). */
export function isWeekdayWord(word: string): boolean {
  return weekdayNumber(word.replace(/[.,]$/, '')) !== undefined;
}

/** Of the two readings of "11/05/2027", the one whose weekday the word just before it names; else undefined. */
function weekdayOrder(text: string, at: number, y: number, a: number, b: number): string | undefined {
  const dayFirst = isoDate(y, b, a);
  const monthFirst = isoDate(y, a, b);
  if (!dayFirst || !monthFirst || dayFirst === monthFirst) return undefined;
  const word = /(\p{L}{2,})\.?,?\s*$/u.exec(text.slice(Math.max(0, at - 16), at))?.[1];
  const weekday = word ? weekdayNumber(word) : undefined;
  if (weekday === undefined) return undefined;
  const dow = (iso: string) => new Date(`${iso}T12:00:00Z`).getUTCDay();
  if (dow(monthFirst) === weekday && dow(dayFirst) !== weekday) return monthFirst;
  return undefined;
}

function numericDates(text: string, ref: Date): DateMatch[] {
  const out: DateMatch[] = [];
  for (const m of text.matchAll(ISO)) {
    const value = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (value) out.push({ value, index: m.index, length: m[0].length, hasYear: true });
  }
  // Central European dates space their parts: "29. 10. 2027" (day first, four-digit year only).
  for (const m of text.matchAll(SPACED_DOTTED)) {
    const value = isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
    if (value) out.push({ value, index: m.index, length: m[0].length, hasYear: true });
  }
  for (const m of text.matchAll(YEAR_FIRST_DOTTED)) {
    const value = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (value) out.push({ value, index: m.index, length: m[0].length, hasYear: true });
  }
  for (const m of text.matchAll(CJK_YEAR_MONTH_DAY)) {
    const value = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (value) out.push({ value, index: m.index, length: m[0].length, hasYear: true });
  }
  for (const m of [...text.matchAll(CJK_MONTH_DAY), ...text.matchAll(SLASHED_MONTH_CJK_WEEKDAY)]) {
    const [month, day] = [Number(m[1]), Number(m[2])];
    const value = isoDate(nearestYear(month, day, ref), month, day);
    if (value) out.push({ value, index: m.index, length: m[0].length, hasYear: false });
  }
  for (const m of text.matchAll(NUMERIC)) {
    // A Thai or Lao sheet's Buddhist-era years are read through an A.D. copy (text/buddhist-era-dates.ts).
    const [a, b, y] = [Number(m[1]), Number(m[3]), fullYear(m[4]!)];
    // Day first (Europe); month first only when day first cannot be a date (US "03/14/2025"), or when
    // the weekday written before a slashed date says so ("Friday, 11/05/2027" is 5 November, a Friday).
    const value = (m[2] === '/' ? weekdayOrder(text, m.index, y, a, b) : undefined) ?? isoDate(y, b, a) ?? isoDate(y, a, b);
    if (value) out.push({ value, index: m.index, length: m[0].length, hasYear: true });
  }
  return out;
}

const withoutAccents = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '');
/** A Turkish word as printed and as capitals fold it or ASCII writes it ("salı", "sali"; "aralık", "aralik"). */
const plainForms = (word: string): string[] => [...new Set([word, word.replace(/ı/g, 'i'), withoutAccents(word.replace(/ı/g, 'i'))])];

/**
 * A Latvian month's forms: nominative, genitive, locative, dative and accusative ("janvāris", "janvāra",
 * "janvārī", "janvārim", "janvāri"; "maijs", "maija", "maijā", "maijam", "maiju"), each also without diacritics.
 */
function latvianMonthForms(nominative: string): string[] {
  const stem = nominative.replace(/i?s$/, '');
  const endings = nominative.endsWith('is') ? ['is', 'a', 'ī', 'im', 'i'] : ['s', 'a', 'ā', 'am', 'u'];
  const forms = endings.map((e) => stem + e);
  return [...new Set([...forms, ...forms.map(withoutAccents)])];
}

/** Month names (long and short, lower case, no trailing dot) → 1..12, for the supported languages. */
let monthNames: Map<string, number> | undefined;
function monthNumber(name: string): number | undefined {
  if (!monthNames) {
    monthNames = new Map();
    /** A full name that also answers to its first four letters (fourLetterStems), unless a language before claimed it. */
    const addWithStem = (name: string, m: number): void => {
      if (monthNames!.has(name)) return;
      monthNames!.set(name, m + 1);
      fourLetterStems.add(name);
    };
    // Hungarian too ("október", "okt."; a Hungarian date puts the year first).
    for (const locale of ['en', 'de', 'sv', 'fr', 'es', 'nl', 'hu']) {
      for (const m of MONTHS) for (const month of WIDTHS) monthNames.set(monthName(locale, m, { month }).toLowerCase().replace(/\.$/, ''), m + 1);
    }
    // Italian, Portuguese, Finnish, Danish, Norwegian and Icelandic by their full names only: short forms such as "set",
    // "out", "des" and "kesä" (summer) are everyday words. Finnish writes a day's month in the partitive ("6. marraskuuta").
    for (const locale of ['it', 'pt', 'fi', 'da', 'nb', 'is']) {
      for (const m of MONTHS) {
        const n = monthName(locale, m, { month: 'long' }).toLowerCase();
        monthNames.set(n, m + 1);
        if (locale === 'fi') monthNames.set(`${n}ta`, m + 1);
      }
    }
    const longAndGenitive = [{ month: 'long' }, { day: 'numeric', month: 'long' }] as const;
    // Polish full names, also in the genitive a day's date writes ("15 października"); short forms are words ("lis", "sie").
    for (const m of MONTHS) for (const format of longAndGenitive) monthNames.set(monthName('pl', m, format).replace(/[\d\s]/g, '').toLowerCase(), m + 1);
    // Croatian full names and genitives ("23. listopada"), short forms being words ("lis", "pro").
    // "listopad" is November in Polish and October in Croatian: it keeps its Polish reading here,
    // and a Croatian weekday or letter beside it turns it (croatianMonth).
    for (const m of MONTHS) {
      for (const format of longAndGenitive) addWithStem(monthName('hr', m, format).replace(/[\d\s.]/g, '').toLowerCase(), m);
    }
    monthNames.set('studenog', 11);
    fourLetterStems.add('studenog');
    // Czech full names and genitives ("17. dubna 2027"), with four-letter stems as Croatian's ("led", "pro" begin other words).
    for (const m of MONTHS) {
      for (const format of longAndGenitive) addWithStem(monthName('cs', m, format).replace(/[\d\s.]/g, '').toLowerCase(), m);
    }
    // Slovenian and Serbian, in both its scripts: full names and the genitive a day's date writes ("20. novembra",
    // "9. jula", "9. јула"), which Intl does not give: "-ber"/"-bar" drop their vowel, Slovenian "-ar" takes "-ja".
    for (const m of MONTHS) {
      const slovenian = monthName('sl', m, { month: 'long' }).toLowerCase();
      const serbian = [monthName('sr-Latn', m, { month: 'long' }), monthName('sr', m, { month: 'long' })].map((n) => n.toLowerCase());
      const genitives = [
        slovenian.replace(/ec$/, 'c').replace(/ber$/, 'br').replace(/ar$/, 'arj') + 'a',
        ...serbian.map((n) => n.replace(/([bб])([aа])([rр])$/, '$1$3') + (/[a-z]$/.test(n) ? 'a' : 'а')),
      ];
      for (const name of [slovenian, ...serbian, ...genitives]) addWithStem(name, m);
    }
    // Catalan ("7 de maig", "3 d'abril") and Turkish ("21 Nisan 2028", also "ARALIK" in capitals) by
    // their full names, with four-letter stems: "gen", "kas", "ara" begin too many other words.
    for (const m of MONTHS) {
      for (const name of [monthName('ca', m, { month: 'long' }).toLowerCase(), ...plainForms(monthName('tr', m, { month: 'long' }).toLowerCase())]) addWithStem(name, m);
    }
    // Romanian by their full names ("9 februarie 2028"), with four-letter stems ("mar", "oct" are claimed already).
    for (const m of MONTHS) addWithStem(monthName('ro', m, { month: 'long' }).toLowerCase(), m);
    // Estonian by their full names ("12. juuni 2027", "märts"), with four-letter stems ("det", "vee" begin other words).
    for (const m of MONTHS) addWithStem(monthName('et', m, { month: 'long' }).toLowerCase(), m);
    // Latvian in each case a date puts its month in ("22. maijā", "līdz 2. aprīlim", "31. maija"), also without
    // diacritics, and Indonesian ("14 Agustus 2027", "Agt") by their full names: four-letter stems as Estonian's.
    for (const m of MONTHS) {
      for (const name of [...latvianMonthForms(monthName('lv', m, { month: 'long' }).toLowerCase()), monthName('id', m, { month: 'long' }).toLowerCase()]) addWithStem(name, m);
    }
    monthNames.set('agt', 8);
    // Malay ("20 Disember 2027", "Ogos", "Mac") and Albanian ("16 tetor 2027", "nëntor", also "nentor") by their full
    // names, with four-letter stems as Indonesian's.
    for (const m of MONTHS) {
      const albanian = monthName('sq', m, { month: 'long' }).toLowerCase();
      for (const name of [monthName('ms', m, { month: 'long' }).toLowerCase(), albanian, withoutAccents(albanian)]) addWithStem(name, m);
    }
    // Azerbaijani by their full names ("3 oktyabr 2028", "sentyabr"), with four-letter stems as Malay's.
    for (const m of MONTHS) addWithStem(monthName('az', m, { month: 'long' }).toLowerCase(), m);
    // Maltese by their full names ("17 ta' Lulju 2027", "Ġunju", also "Gunju"), with four-letter stems as Indonesian's.
    for (const m of MONTHS) {
      const maltese = monthName('mt', m, { month: 'long' }).toLowerCase();
      for (const name of [maltese, withoutAccents(maltese)]) addWithStem(name, m);
    }
    // Filipino by their full names ("4 Disyembre 2027", "Marso"), with four-letter stems: "set", "may" and "ago" are English words.
    for (const m of MONTHS) addWithStem(monthName('fil', m, { month: 'long' }).toLowerCase(), m);
    // Bulgarian ("15 май 2027 г.") and Hebrew ("24 מאי 2027", "15 במאי": "in" glued on) by their full names,
    // in scripts no other supported language writes.
    for (const m of MONTHS) {
      for (const name of [monthName('bg', m, { month: 'long' }), monthName('he', m, { month: 'long' }), monthName('he', m, { day: 'numeric', month: 'long' }).replace(/[\d\s]/g, '')]) {
        if (!monthNames.has(name)) monthNames.set(name.toLowerCase(), m + 1);
      }
    }
    // Georgian ("9 ნოემბერი 2028", "8 ნოე."): the nominative and short form, the dative a day's date
    // takes ("2 ნოემბერს") and the genitive ("9 ნოემბრის", which drops the stem's last vowel before რ or ლ).
    for (const m of MONTHS) {
      const nominative = monthName('ka', m, { month: 'long' });
      const stem = nominative.replace(/ი$/u, '');
      const forms = [nominative, monthName('ka', m, { month: 'short' }), `${stem}ს`, `${stem}ის`, `${stem.replace(/[აე]([რლ])$/u, '$1')}ის`];
      for (const name of forms) if (!monthNames.has(name)) monthNames.set(name, m + 1);
    }
    // Ukrainian and Russian: the nominative ("червень", "сентябрь"), the genitive a day's date writes ("12
    // червня", "12 ноября 2027 г.") and the short form ("14 лист. 2027 р.", "18 сент."), with four-letter
    // stems ("тра", "вер" begin other words).
    for (const locale of ['uk', 'ru']) {
      for (const m of MONTHS) {
        for (const format of [{ month: 'long' }, { day: 'numeric', month: 'long' }, { month: 'short' }] as const) {
          const name = monthName(locale, m, format).replace(/[\d\s.]/g, '').toLowerCase();
          addWithStem(name, m);
        }
      }
    }
    // Tajik (Cyrillic): the Russian names without their soft sign, and with the izofat "-и" a day's date
    // writes ("3 марти 2028", "аз 21 июни").
    const tajik = ['январ', 'феврал', 'март', 'апрел', 'май', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
    for (const [m, name] of tajik.entries()) {
      for (const form of [name, `${name}и`]) if (!monthNames.has(form)) monthNames.set(form, m + 1);
    }
    // Greek: a day's month in the genitive ("13 Νοεμβρίου"), the nominative and the short form ("Νοε"),
    // each also without its accent, as capitals drop it ("13 ΝΟΕΜΒΡΙΟΥ").
    const nominative = ['Ιανουάριος', 'Φεβρουάριος', 'Μάρτιος', 'Απρίλιος', 'Μάιος', 'Ιούνιος', 'Ιούλιος', 'Αύγουστος', 'Σεπτέμβριος', 'Οκτώβριος', 'Νοέμβριος', 'Δεκέμβριος'];
    for (const m of MONTHS) {
      for (const n of [...WIDTHS.map((month) => monthName('el', m, { month })), nominative[m]!]) {
        const lower = n.toLowerCase().replace(/\.$/, '');
        for (const name of [lower, withoutAccents(lower)]) if (!monthNames.has(name)) monthNames.set(name, m + 1);
      }
    }
  }
  return monthNames.get(name.toLowerCase().replace(/\.$/, ''));
}

/**
 * Month names written without a three-letter short form (Croatian "studeni", "prosinac"): their stem
 * is four letters, as three ("stu", "pro", "tra") begin too many words of other languages ("Stunden",
 * "promoter", "travel") and would wake the date readers on text without a date.
 */
const fourLetterStems = new Set<string>();
let monthStems: Set<string> | undefined;
/** Whether any word of `text` begins like a month name of a supported language ("Mar", "März", "mars", "stud"). */
function hasMonthWord(text: string): boolean {
  if (!monthStems) {
    monthNumber('january');
    monthStems = new Set([...monthNames!.keys()].map((n) => n.slice(0, fourLetterStems.has(n) ? 4 : 3)));
  }
  for (const m of text.matchAll(/\p{L}{3,}/gu)) {
    const word = m[0].toLowerCase();
    if (monthStems.has(word.slice(0, 3)) || monthStems.has(word.slice(0, 4))) return true;
  }
  return false;
}

/**
 * Day-first written dates chrono's locales miss ("5 Januar 2029", "3 sept. 2025", Maltese "17 ta' Lulju"), and day ranges
 * within one month ("20.–22. März 2025", "14 - 16 March", "Fri 8 - Sun 10 Oct"), which give both ends.
 */
const DAY_MONTH = /\b(?:(\d{1,2})\.?\s*[–-]\s*(?:(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|må|ti|on|to|lö|sö|lun|mar|mer|jeu|ven|sam|dim|mié|jue|vie|sáb|dom|ma|wo|za|zo)\p{L}*\.?,?\s+)?)?(\d{1,2})\.?\s+(?:de\s+|d['’]|ta['’]\s+)?(\p{L}{3,12}\.?)(?:,?\s+(?:de\s+)?(\d{4}))?(?!\p{L})/giu;

/** Year-first written dates: Hungarian "2027. október 14.", "2027. okt. 14-én". */
const YEAR_MONTH_DAY = /\b(\d{4})\.\s+(\p{L}{3,12}\.?)\s+(\d{1,2})(?:\.|-\p{L}{1,3})?(?![\d\p{L}])/gu;

/** Latvian dates put the year first, then "of the year", day and month: "2027. gada 22. maijā", "2027. g. 2. aprīlim". */
const LATVIAN_YEAR_DAY_MONTH = /\b(\d{4})\.\s*(?:gada|g\.)\s+(\d{1,2})\.\s*(\p{L}{3,12})(?!\p{L})/gu;

const CROATIAN_WEEKDAY = /(?:ponedjeljak|utorak|srijeda|četvrtak|petak|subota|nedjelja|uto|sri|čet|pet|sub|ned)\.?,?\s*$/iu;
/**
 * "Subota, 23. listopada 2027.": October, where a Polish text's "23 listopada" is November. Croatian
 * when a Croatian weekday stands before the day, or the text has Croatian letters (č, ć, đ, š, ž)
 * and none that only Polish writes.
 */
function croatianMonth(text: string, index: number, name: string): number | undefined {
  if (!/^listopad/i.test(name)) return undefined;
  if (CROATIAN_WEEKDAY.test(text.slice(Math.max(0, index - 16), index))) return 10;
  return /[čćđšž]/i.test(text) && !/[ąęłńśźż]/i.test(text) ? 10 : undefined;
}

/**
 * "Fri 8 - Sun 10 Oct" is a range; "FLIGHT 1 - Thursday 21 October" is a counter before a date: a
 * range's end that names its weekday has its start name one too.
 */
function unpairedWeekdayRange(text: string, startAt: number, between: string): boolean {
  if (!/\p{L}/u.test(between)) return false;
  const word = /(\p{L}{2,})\.?,?\s*$/u.exec(text.slice(Math.max(0, startAt - 16), startAt))?.[1];
  return !word || weekdayNumber(word) === undefined;
}

function writtenDates(text: string, ref: Date): DateMatch[] {
  const out: DateMatch[] = [];
  for (const m of text.matchAll(YEAR_MONTH_DAY)) {
    const month = monthNumber(m[2]!);
    const value = month ? isoDate(Number(m[1]), month, Number(m[3])) : null;
    if (value) out.push({ value, index: m.index, length: m[0].length, hasYear: true });
  }
  const latvian: DateMatch[] = [];
  for (const m of text.matchAll(LATVIAN_YEAR_DAY_MONTH)) {
    const month = monthNumber(m[3]!);
    const value = month ? isoDate(Number(m[1]), month, Number(m[2])) : null;
    if (value) latvian.push({ value, index: m.index, length: m[0].length, hasYear: true });
  }
  out.push(...latvian);
  for (const m of text.matchAll(DAY_MONTH)) {
    if (latvian.length && overlaps({ value: '', index: m.index, length: m[0].length, hasYear: false }, latvian)) continue;
    const month = croatianMonth(text, m.index, m[3]!) ?? monthNumber(m[3]!);
    if (!month) continue;
    const day = Number(m[2]);
    const year = m[4] ? Number(m[4]) : nearestYear(month, day, ref, m[1] ? undefined : weekdayBefore(text, m.index));
    const value = isoDate(year, month, day);
    if (!value) continue;
    const endIndex = m.index + m[0].indexOf(m[2]!, m[1] ? m[1].length : 0);
    if (m[1] && !unpairedWeekdayRange(text, m.index, m[0].slice(m[1].length, endIndex - m.index))) {
      const start = isoDate(year, month, Number(m[1]));
      if (start) out.push({ value: start, index: m.index, length: m[1].length, hasYear: !!m[4] });
    }
    out.push({ value, index: endIndex, length: m.index + m[0].length - endIndex, hasYear: !!m[4] });
  }
  return out;
}

/** A year-less day more than a month before the reference date may be next year's (tours are advanced months ahead). */
const PAST_DAYS = 31;

/**
 * The year of a year-less day nearest the reference date. A nearest day more than a month in the past
 * may be next year's: a weekday written with it then picks, of the years around the reference, the
 * nearest one on which the day falls on that weekday ("Sat 9 Oct" read in December is next October's
 * when only that one is a Saturday). Otherwise a weekday that does not fit is the writer's slip.
 */
function nearestYear(month: number, day: number, ref: Date, weekday?: number): number {
  const y = ref.getUTCFullYear();
  const refDay = Date.UTC(y, ref.getUTCMonth(), ref.getUTCDate());
  const at = (cand: number) => Date.UTC(cand, month - 1, day);
  const nearest = (years: number[]) => years.reduce((best, cand) => (Math.abs(at(cand) - refDay) < Math.abs(at(best) - refDay) ? cand : best));
  const years = [y - 1, y, y + 1];
  const plain = nearest(years);
  if (weekday === undefined || refDay - at(plain) <= PAST_DAYS * 86_400_000) return plain;
  const onWeekday = years.filter((cand) => new Date(at(cand)).getUTCDay() === weekday);
  return onWeekday.length ? nearest(onWeekday) : plain;
}

/**
 * The weekday a word just before position `at` names ("Sat 9 Oct", "Friday, 12 March", "Sa 9. Okt"), else
 * undefined. A two-letter one only capitalised: lower-case "to", "do", "ma" are words of the sentence.
 */
function weekdayBefore(text: string, at: number): number | undefined {
  const word = /(?<!\p{L})(\p{L}{3,}|\p{Lu}\p{Ll})\.?,?\s*$/u.exec(text.slice(Math.max(0, at - 16), at))?.[1];
  return word ? weekdayNumber(word) : undefined;
}

function overlaps(a: DateMatch, list: DateMatch[]): boolean {
  return list.some((b) => a.index < b.index + b.length && b.index < a.index + a.length);
}

/**
 * Recent readings of short texts, by reference day: the sections read the same lines again, and a chrono
 * pass costs about a millisecond. Only the reference's day matters to the dates a text states.
 */
const recentReadings = new Map<string, DateMatch[]>();
const RECENT_LIMIT = 4000;
const RECENT_TEXT_LENGTH = 2000;

/**
 * Every date written in `text`, in order of position. Only dates whose day and month are written
 * count (a weekday alone or "tomorrow" is not a date a document states).
 */
export function findDates(text: string, ref: Date = new Date()): DateMatch[] {
  if (text.length > RECENT_TEXT_LENGTH) return datesIn(text, ref);
  const key = `${Math.floor(ref.getTime() / 86_400_000)} ${text}`;
  let dates = recentReadings.get(key);
  if (!dates) {
    dates = datesIn(text, ref);
    if (recentReadings.size >= RECENT_LIMIT) recentReadings.delete(recentReadings.keys().next().value!);
    recentReadings.set(key, dates);
  }
  return dates.map((d) => ({ ...d }));
}

/**
 * "Thu Oct 14 2027 15:00", "Oct 14, 2027 3:00 PM": chrono reads the time of day with the date. The
 * date's match ends before it, so the time stays a time for the readers that skip dates' text.
 */
function dateLength(text: string, timed: boolean): number {
  if (!timed) return text.length;
  const time = findTimes(text).filter((t) => t.index > 0 && t.index + t.length >= text.trimEnd().length).pop();
  const before = time ? text.slice(0, time.index).replace(/[\s,]*(?:\b(?:at|um|à|kl\.?|klo|@)\s*)?$/i, '') : '';
  return before.length > 0 ? before.length : text.length;
}

/** A weekday before a year-less day and month: "Friday 12/11", "Sa 13.11." (a dotted pair ends in a dot: "Sat 10.15" is a time). */
const WEEKDAY_DAY_MONTH = /(?<!\p{L})(\p{L}(?:\p{L}|['’ʼ](?=\p{L}))+)\.?,?\s+(\d{1,2})(?:\/(\d{1,2})|\.(\d{1,2})(\.)?)(?![./:]?\d)/gu;

/**
 * Bulgarian and Hebrew write a day by its day and month alone, dotted, and their times with a colon:
 * after a weekday in their script ("петък, 14.05", "יום רביעי 9.6"), a date preposition ("на 14.05",
 * "за 15.05", "ב-10.6", "עד 12.6") or, in a Hebrew line, in brackets ("(10.6)") such a pair is a day,
 * day first (day-prepositions.ts); the year is the one nearest the reference date.
 */
const SCRIPT_WEEKDAY = /[\u0400-\u04FF\u0590-\u05FF]{2,}/u;
const PREPOSITION_DAY_MONTH = new RegExp(String.raw`${DAY_PREPOSITION}(\d{1,2})\.(\d{1,2})(?![\d:]|[.,]\d)`, 'giu');

function yearlessDottedDates(text: string, ref: Date): DateMatch[] {
  const out: DateMatch[] = [];
  for (const m of text.matchAll(PREPOSITION_DAY_MONTH)) {
    const [day, month] = [Number(m[1]), Number(m[2])];
    const value = isoDate(nearestYear(month, day, ref), month, day);
    const at = m.index + m[0].length - m[1]!.length - m[2]!.length - 1;
    if (value) out.push({ value, index: at, length: m[0].length - (at - m.index), hasYear: false });
  }
  return out;
}

/**
 * "Friday 12/11": the weekday settles both the order (day first unless only month first falls on
 * it) and that the pair is a date at all; the year is the one nearest the reference date.
 */
function weekdayNumericDates(text: string, ref: Date): DateMatch[] {
  const out: DateMatch[] = [];
  for (const m of text.matchAll(WEEKDAY_DAY_MONTH)) {
    const weekday = weekdayNumber(m[1]!);
    if (weekday === undefined) continue;
    // A dotted pair without its closing dot is a day only after a Bulgarian or Hebrew weekday ("Sat 10.15" is a time).
    if (m[4] && !m[5] && !SCRIPT_WEEKDAY.test(m[1]!)) continue;
    const [a, b] = [Number(m[2]), Number(m[3] ?? m[4])];
    const readings = [[b, a], [a, b]].map(([month, day]) => isoDate(nearestYear(month!, day!, ref), month!, day!));
    const value = readings.find((iso) => iso && new Date(`${iso}T12:00:00Z`).getUTCDay() === weekday);
    const at = m.index + m[0].indexOf(m[2]!, m[1]!.length);
    if (value) out.push({ value, index: at, length: m.index + m[0].length - at, hasYear: false });
  }
  return out;
}

/**
 * A weekday, then an English ordinal day of the month: "Sat 13th", "Saturday the 13th", also in brackets; Singlish
 * writes its Sinhala weekdays so ("Irida (9th)", sinhala-date.ts).
 */
const WEEKDAY_ORDINAL = /(?<![\p{L}\p{M}])([\p{L}\p{M}\u200d]{2,16})\.?,?[ \t]+(?:the[ \t]+)?\(?(\d{1,2})(?:st|nd|rd|th)(?![\p{L}\d])/giu;

/**
 * The English weekday an ordinal's day follows: a whole name ("saturday the 13th") or a capitalised short
 * form ("Sat 13th"): other languages' short forms and lower-case ones are words elsewhere ("we can do 2nd set").
 */
function englishWeekday(word: string): number | undefined {
  const lower = word.toLowerCase();
  const at = ENGLISH_WEEKDAYS.findIndex((name) => name === lower || (/^\p{Lu}/u.test(word) && ENGLISH_SHORT.test(lower) && name.startsWith(lower)));
  return at < 0 ? undefined : at;
}
const ENGLISH_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** The short forms English writes: "Sun", "Tue"/"Tues", "Thu"/"Thur"/"Thurs", "Wed". */
const ENGLISH_SHORT = /^(?:sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)$/;

/**
 * "Sat 13th" in a message written on 5 November: the first day from a week before the reference on,
 * within four months, that is both that day of the month and that weekday (13 November).
 */
function weekdayOrdinalDates(text: string, ref: Date): DateMatch[] {
  const out: DateMatch[] = [];
  for (const m of text.matchAll(WEEKDAY_ORDINAL)) {
    const weekday = englishWeekday(m[1]!) ?? sinhalaWeekday(m[1]!);
    if (weekday === undefined) continue;
    // "Friday 12th May 2028" writes its month: the written-date readers read it whole.
    const next = /^[ \t]+(?:of[ \t]+)?(\p{L}{3,}\.?)/u.exec(text.slice(m.index + m[0].length));
    if (next && monthNumber(next[1]!)) continue;
    const day = Number(m[2]);
    for (let k = -7; k <= 120; k++) {
      const date = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate() + k));
      if (date.getUTCDate() !== day || date.getUTCDay() !== weekday) continue;
      out.push({ value: date.toISOString().slice(0, 10), index: m.index, length: m[0].length, hasYear: false });
      break;
    }
  }
  return out;
}

function datesIn(text: string, ref: Date): DateMatch[] {
  const found = numericDates(text, ref);
  for (const match of weekdayNumericDates(text, ref)) if (!overlaps(match, found)) found.push(match);
  for (const match of weekdayOrdinalDates(text, ref)) if (!overlaps(match, found)) found.push(match);
  for (const match of yearlessDottedDates(text, ref)) if (!overlaps(match, found)) found.push(match);
  // Thai month names and Buddhist-era years (thai-date.ts), in a script the written-date readers skip;
  // Vietnamese numbered months and weekdays (vietnamese-date.ts): "ngày 4 tháng 6", "Chủ Nhật 6/6";
  // Swahili month names and weekdays (swahili-date.ts): "Jumapili, 12 Machi 2028", "Alhamisi 9 Okt";
  // Somali month names with the day's ordinal ending (somali-date.ts): "8 Maarso 2027", "14-kii Oktoobar";
  // Mongolian numbered months (mongolian-date.ts): "2028 оны 9-р сарын 14", "9/13 (Лхагва)";
  // Uzbek hyphened days with case endings (uzbek-date.ts): "2028-yil 9-iyun", "20-maygacha";
  // isiZulu months with their noun prefix (zulu-date.ts): "20 kuMbasa 2027", "3 kaNhlaba";
  // Basque year-first dates with case endings (basque-date.ts): "2028ko uztailaren 8an", "Uztailak 8";
  // isiXhosa months and the Nguni loan names (xhosa-date.ts): "21 EyeKhala 2027", "9 Agasti";
  // Kyrgyz hyphened days with case endings (kyrgyz-date.ts): "5-мартта", "Жетинин айынын 7-күнү";
  // Hausa days with "ga" (hausa-date.ts): "Talata 12 ga Fabrairu", "daga Alhamis 6 zuwa Asabar 8 ga Nuwamba".
  for (const d of [...thaiDates(text), ...vietnameseDates(text), ...swahiliDates(text), ...somaliDates(text), ...mongolianDates(text), ...uzbekDates(text), ...zuluDates(text), ...basqueDates(text), ...xhosaDates(text), ...kyrgyzDates(text), ...hausaDates(text)]) {
    const value = isoDate(d.year ?? nearestYear(d.month, d.day, ref), d.month, d.day);
    const match = value ? { value, index: d.index, length: d.length, hasYear: d.year !== null } : null;
    if (match && !overlaps(match, found)) found.push(match);
  }
  // Armenian year-first dates with case endings (armenian-date.ts): "2028 թ. ապրիլի 9-ին", "«21» փետրվարի 2028 թ.".
  for (const a of armenianDates(text)) {
    const value = isoDate(a.year ?? nearestYear(a.month, a.day, ref), a.month, a.day);
    const match = value ? { value, index: a.index, length: a.length, hasYear: a.year !== null } : null;
    if (match && !overlaps(match, found)) found.push(match);
  }
  // Written dates need a digit and a month word; chrono's parsers are only run when both are there.
  if (!/\d/.test(text) || !hasMonthWord(text)) return found.sort((a, b) => a.index - b.index);
  for (const match of writtenDates(text, ref)) if (!overlaps(match, found)) found.push(match);
  for (const locale of LOCALES) {
    for (const r of locale.parse(text, ref)) {
      // "the day before (your show)": a day counted from an event, not from the message, is no date
      // ("tomorrow" is one, from the message's day).
      if (!/\d/.test(r.text) && /\b(?:before|after|prior)\b|veille|lendemain/i.test(r.text)) continue;
      // "de 20 min" (Spanish "in 20 minutes"): a span of time from now is no date ("ajungem în 20 de min");
      // nor is "now" (Dutch "nu", also a word of other languages: Romanian "nu" is "not").
      const tags = r.tags?.();
      if (tags?.has('result/relativeDateAndTime') || tags?.has('casualReference/now')) continue;
      const day = r.start.get('day');
      const month = r.start.get('month');
      if (!r.start.isCertain('day') || !r.start.isCertain('month') || day == null || month == null) continue;
      const hasYear = r.start.isCertain('year');
      const weekday = r.start.isCertain('weekday') ? r.start.get('weekday') ?? undefined : undefined;
      const year = hasYear ? r.start.get('year')! : nearestYear(month, day, ref, weekday);
      const value = isoDate(year, month, day);
      if (!value) continue;
      const match = { value, index: r.index, length: dateLength(r.text, !r.end && r.start.isCertain('hour')), hasYear };
      if (overlaps(match, found)) continue;
      found.push(match);
      // A range ("13/06 to 15/06", "20.–22. März") gives its end date too, at the end of the text.
      const endDay = r.end?.get('day');
      const endMonth = r.end?.get('month');
      if (r.end?.isCertain('day') && endDay != null && endMonth != null) {
        const endValue = isoDate(r.end.get('year') ?? year, endMonth, endDay);
        const tail = r.text.split(/\s*(?:–|-|\bto\b|\btill\b|\buntil\b|\bbis\b|\bal\b|\bau\b|\btot\b)\s*/i).pop() ?? '';
        if (endValue && endValue !== value) {
          match.length = Math.max(1, r.text.length - tail.length);
          found.push({ value: endValue, index: r.index + r.text.length - tail.length, length: tail.length, hasYear });
        }
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first date in `text`, normalised, or null. */
export function normaliseDate(text: string, ref?: Date): string | null {
  return findDates(text, ref)[0]?.value ?? null;
}

/** Parses a `YYYY-MM-DD` string back into a UTC Date (for reference dates). */
export function dateFromIso(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m || !isoDate(Number(m[1]), Number(m[2]), Number(m[3]))) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
}

/** Whole days from a to b (ISO dates). */
export function daysBetween(a: string, b: string): number | null {
  const da = dateFromIso(a);
  const db = dateFromIso(b);
  return da && db ? Math.round((db.getTime() - da.getTime()) / 86_400_000) : null;
}

export function addDays(iso: string, days: number): string | null {
  const d = dateFromIso(iso);
  if (!d) return null;
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
