/**
 * The show's date where no label states it: the date of the headline set's day, else the date the
 * source mentions most often (its subject counts too). Relative day references in prose — "the 16th",
 * "den 16:e", "am 16.", "el 16", "le 16" — resolve to the next such day on or after the message's date;
 * "Friday", "lørdag", "tomorrow" to the next such day after it. A date after a check-out word is the
 * hotel's leaving day and is not counted.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { found, type Found } from '../found.js';
import { addDays, findDates, isoDate } from '../normalise/index.js';
import { evidenceAt, read } from '../text/index.js';
import { stampDate } from '../text/stamp.js';
import { scheduleOf } from './schedule.js';
import { inRideBlock } from './schedule-ride-form.js';
import { looseDates } from './travel/phrases.js';
import { showMoved } from './show-moved.js';
import { SINHALA_WEEKDAYS } from '../normalise/sinhala-date.js';
import { isVersionClause } from './version-line.js';
import { isCityOfSigning } from './issue-date.js';
import { echoesDateBefore } from './show-date-weekday-echo.js';

/**
 * Tamil weekdays as Tanglish writes them, the day's name before "kizhamai" (day), apart or joined
 * ("Sani kizhamai", "Vellikizhamai"), and in Tamil script ("சனிக்கிழமை").
 */
const TAMIL_DAY_WORDS = ['kizhamai', 'kilamai', 'kizhama', 'kezhamai'];
const tamilWeekday = (names: string[], script: string): string[] =>
  [...names.flatMap((n) => TAMIL_DAY_WORDS.flatMap((k) => [`${n} ${k}`, `${n}${k}`])), script];

/** Sinhala weekdays, in Sinhala script and romanised ("Sikurada"), added to each day's names (sinhala-date.ts). */
function withSinhala(days: string[][]): string[][] {
  return days.map((names, d) => [...names, ...SINHALA_WEEKDAYS[d]!]);
}

/** Hausa weekdays ("Talata", "ranar Alhamis"; Friday also "Jumma'a" and with either apostrophe), added to each day's names. */
const HAUSA_DAY_NAMES = [['lahadi'], ['litinin'], ['talata'], ['laraba'], ['alhamis'], ["juma'a", 'juma’a', "jumma'a", 'jumma’a', 'jumaa'], ['asabar']];
function withHausa(days: string[][]): string[][] {
  return days.map((names, d) => [...names, ...HAUSA_DAY_NAMES[d]!]);
}

/**
 * Weekday names (EN/DE/SV/NO/DA/NL/FR/ES/IT/FI/PL/Filipino/Tamil, Finnish also as "on Saturday": "lauantaina", Polish as "w sobotę") → 0 (Sunday)…6, and words for "tomorrow". A weekday
 * written beside a date ("Saturday 10 July") is that date's and is not read again.
 */
const WEEKDAYS: string[][] = withHausa(withSinhala([
  ['sunday', 'sonntag', 'söndag', 'søndag', 'zondag', 'dimanche', 'domingo', 'domenica', 'sunnuntai', 'sunnuntaina', 'niedziela', 'niedzielę', 'linggo', ...tamilWeekday(['nyayiru', 'gnayiru', 'nyayitru', 'gnayitru'], 'ஞாயிற்றுக்கிழமை')],
  ['monday', 'montag', 'måndag', 'mandag', 'maandag', 'lundi', 'lunes', 'lunedì', 'maanantai', 'maanantaina', 'poniedziałek', ...tamilWeekday(['thingal', 'thingat', 'thinga'], 'திங்கட்கிழமை')],
  ['tuesday', 'dienstag', 'tisdag', 'tirsdag', 'dinsdag', 'mardi', 'martes', 'martedì', 'tiistai', 'tiistaina', 'wtorek', ...tamilWeekday(['sevvaai', 'sevvai', 'sevvaa'], 'செவ்வாய்க்கிழமை')],
  ['wednesday', 'mittwoch', 'onsdag', 'woensdag', 'mercredi', 'miércoles', 'mercoledì', 'keskiviikko', 'keskiviikkona', 'środa', 'środę', 'miyerkules', ...tamilWeekday(['budhan', 'budan', 'puthan', 'buthan'], 'புதன்கிழமை')],
  ['thursday', 'donnerstag', 'torsdag', 'donderdag', 'jeudi', 'jueves', 'giovedì', 'torstai', 'torstaina', 'czwartek', 'huwebes', ...tamilWeekday(['viyaazhan', 'viyazhan', 'viyaazha', 'viyazha', 'viyalan'], 'வியாழக்கிழமை')],
  ['friday', 'freitag', 'fredag', 'vrijdag', 'vendredi', 'viernes', 'venerdì', 'perjantai', 'perjantaina', 'piątek', 'biyernes', ...tamilWeekday(['velli'], 'வெள்ளிக்கிழமை')],
  ['saturday', 'samstag', 'lördag', 'lørdag', 'zaterdag', 'samedi', 'sábado', 'sabato', 'lauantai', 'lauantaina', 'sobota', 'sobotę', 'sabado', ...tamilWeekday(['sani', 'shani'], 'சனிக்கிழமை')],
]));
/** Tamil "naalaikku" / "நாளைக்கு" (tomorrow) is Tanglish's; "gobe" is Hausa's. */
const TOMORROW = ['tomorrow', 'gobe', 'imorgon', 'i morgon', 'i morgen', 'demain', 'mañana', 'domani', 'huomenna', 'jutro', 'bukas', 'naalaikku', 'nalaikku', 'naalaiku', 'nalaiku', 'naalai', 'நாளைக்கு', 'நாளை'];
// A weekday before its date, also in brackets ("Saturday (23/10)"), is that date's: the date is counted, not the word.
const RELATIVE_DAY = new RegExp(String.raw`(?<![\p{L}])(${[...WEEKDAYS.flat(), ...TOMORROW].join('|')})(?![\p{L}])(?!,?\s*\(?(?:the\s+)?\d)`, 'giu');

/** Where a word for "tomorrow" stands in `text` ("check-in tomorrow from 15:00", "zameldowanie: jutro"). */
export function tomorrowWord(text: string): { index: number; length: number } | null {
  const m = new RegExp(String.raw`(?<![\p{L}])(?:${TOMORROW.join('|')})(?![\p{L}])`, 'iu').exec(text);
  return m ? { index: m.index, length: m[0].length } : null;
}

/** "Friday" → the next Friday after `ref` (within a week); "tomorrow" → the day after. */
export function relativeDay(word: string, ref: Date): string | null {
  const today = ref.toISOString().slice(0, 10);
  const lower = word.toLowerCase();
  if (TOMORROW.includes(lower)) return addDays(today, 1);
  const weekday = WEEKDAYS.findIndex((names) => names.includes(lower));
  if (weekday < 0) return null;
  return addDays(today, ((weekday - ref.getUTCDay() + 6) % 7) + 1);
}

/** A weekday, then a day of the month: "domingo 23", "Sunday 23rd", "Sonntag, 23.". */
const WEEKDAY_AND_DAY = new RegExp(String.raw`(?<![\p{L}])(${WEEKDAYS.flat().join('|')})(?![\p{L}]),?\s+(?:the\s+|den\s+|el\s+|le\s+)?(\d{1,2})(?:st|nd|rd|th|:e|:a|\.|er|º)?(?![\d:.]*\d)`, 'iu');

/**
 * "(domingo 23)" beside a show on Saturday 22 May: the date within a week of `near` (YYYY-MM-DD)
 * that has both that day of the month and that weekday, with where it is written.
 */
export function weekdayAndDay(text: string, near: string): { value: string; index: number; length: number } | null {
  const m = WEEKDAY_AND_DAY.exec(text);
  if (!m) return null;
  const weekday = WEEKDAYS.findIndex((names) => names.includes(m[1]!.toLowerCase()));
  for (let delta = -7; delta <= 7; delta++) {
    const iso = addDays(near, delta);
    const date = iso ? new Date(`${iso}T12:00:00Z`) : null;
    if (date && date.getUTCDate() === Number(m[2]) && date.getUTCDay() === weekday) return { value: iso!, index: m.index, length: m[0].length };
  }
  return null;
}

/**
 * A hotel's leaving day written before a date ("Check-out Sunday, 21.11."): the morning after, not the show's day.
 * Its hour may stand between ("check-out by 11h on Sunday (21/11)").
 */
const CHECK_OUT_BEFORE = /(?:check[- ]?out|auschecken|abreise|utcheckning|utsjekk|uitchecken)\b(?:[^.\n\d]|\d{1,2}(?:[:.h]\d{2}|h)(?![\p{L}\d])){0,30}$/iu;

const ORDINAL_DAY = /\b(?:the|den|am|el|le|op)\s+(\d{1,2})(?:st|nd|rd|th|:e|:a|\.|er|º)?(?=[\s,.!?)]|$)/gi;

/** "the 16th" → the next 16th on or after `ref`, as YYYY-MM-DD. */
export function nextDayOfMonth(day: number, ref: Date): string | null {
  for (let m = 0; m < 3; m++) {
    const month = ref.getUTCMonth() + m;
    const year = ref.getUTCFullYear() + Math.floor(month / 12);
    const iso = isoDate(year, (month % 12) + 1, day);
    const refIso = ref.toISOString().slice(0, 10);
    if (iso && iso >= refIso) return iso;
  }
  return null;
}

export function showDateOf(source: ExtractedSource): Found<string> | undefined {
  const r = read(source);
  const set = scheduleOf(source).find((i) => i.kind.value === 'set' && i.date);
  if (set?.date) return set.date;
  const counts = new Map<string, { n: number; span: [number, number] | null }>();
  const add = (value: string, span: [number, number] | null) => {
    const c = counts.get(value);
    counts.set(value, { n: (c?.n ?? 0) + 1, span: c?.span ?? span });
  };
  const ref = r.referenceDate ?? undefined;
  const subject = source.metadata['subject'];
  // A thread telling of the show's move: the subject and older messages carry the old day (show-moved.ts).
  const moved = showMoved(r, subject);
  // A subject names its show's day without a year too ("Brno 17.4.", "Leeds 14/11").
  if (!moved) for (const d of looseDates(typeof subject === 'string' ? subject : '', ref ?? null)) add(d.value, null);
  if (typeof subject === 'string' && ref && !moved) {
    for (const m of subject.matchAll(RELATIVE_DAY)) {
      const iso = relativeDay(m[1]!, ref);
      if (iso) add(iso, null);
    }
  }
  // "Saturday" in a thread that also writes "Saturday 3rd October" means that Saturday.
  const written = r.messages.flatMap((m) => m.lines.flatMap((l) => findDates(l.text, (m.date ?? r.referenceDate) ?? undefined).map((d) => d.value)));
  const weekdayOf = (iso: string) => new Date(`${iso}T12:00:00Z`).getUTCDay();
  const resolveDay = (word: string, sent: Date): string | null => {
    const next = relativeDay(word, sent);
    if (!next || TOMORROW.includes(word.toLowerCase())) return next;
    const sentIso = sent.toISOString().slice(0, 10);
    const limit = addDays(sentIso, 60) ?? sentIso;
    return written.find((d) => d > sentIso && d <= limit && weekdayOf(d) === weekdayOf(next)) ?? next;
  };
  // A note's stamp line (text/stamp.ts) dates the note, not the show.
  const stampLine = r.lines.find((l) => l.text.trim());
  const stamped = stampLine && stampDate(stampLine.text) ? stampLine.start : -1;
  const issued = r.labelled.filter((l) => l.key === 'issue_date');
  const messages = moved ? [...r.messages].sort((a, b) => a.depth - b.depth) : r.messages;
  // A chat dated by its own day dividers plans each day with weekday words ("Friday we land", "tomorrow
  // 3pm"); once a message writes the show's date in full with its year (a poster's "Saturday, 20 May
  // 2028", written before that day), that date names the show and the chat's day words do not outvote it.
  // Only a day after its message's own counts: a chat's dated stamps write their own day in full.
  const yearWritten = r.turns.some((t) => t.date) && r.messages.some((m) => m.date && m.lines.some((l) => findDates(l.text).some((d) => d.hasYear && d.value > m.date!.toISOString().slice(0, 10))));
  for (const message of messages) {
    if (moved && counts.size) break;
    for (const line of message.lines) {
      if (line.start === stamped) continue;
      // A labelled issue date ("Issued:", a form's "Timestamp:") dates the paper, not the show.
      if (issued.some((l) => l.span[0] <= line.end && line.start <= l.span[1])) continue;
      // A booked ride's "Datum:" row dates the ride (schedule-ride-form.ts), not the show.
      if (inRideBlock(source, [line.start, line.end])) continue;
      const text = line.text.replace(/^(\s*>)+/, (q) => ' '.repeat(q.length));
      const sent = message.date ?? r.referenceDate;
      for (const d of findDates(text, sent ?? undefined)) {
        // "Version 4 · issued 3 May 2027" dates the paper, not the show.
        // "En Vigo, a 12 de marzo de 2028" over a contract's parties is the day it was signed (issue-date.ts).
        if (!CHECK_OUT_BEFORE.test(text.slice(0, d.index)) && !isVersionClause(text.slice(0, d.index)) && !isCityOfSigning(text.slice(0, d.index), text.slice(d.index + d.length))) add(d.value, [line.start + d.index, line.start + d.index + d.length]);
      }
      if (!sent) continue;
      for (const m of text.matchAll(ORDINAL_DAY)) {
        const iso = nextDayOfMonth(Number(m[1]), sent);
        if (iso && iso <= (addDays(sent.toISOString().slice(0, 10), 90) ?? iso)) add(iso, [line.start + m.index, line.start + m.index + m[0].length]);
      }
      if (yearWritten) continue;
      for (const m of text.matchAll(RELATIVE_DAY)) {
        // "11-02-2027" over "Thursday": the date's own weekday, not another day (show-date-weekday-echo.ts).
        const weekday = WEEKDAYS.findIndex((names) => names.includes(m[1]!.toLowerCase()));
        if (weekday >= 0 && echoesDateBefore(source.text.slice(Math.max(0, line.start + m.index - 40), line.start + m.index), weekday, sent)) continue;
        const iso = resolveDay(m[1]!, sent);
        if (iso) add(iso, [line.start + m.index, line.start + m.index + m[0].length]);
      }
    }
  }
  const best = [...counts].sort((a, b) => b[1].n - a[1].n)[0];
  if (!best) return undefined;
  return found(best[0], evidenceAt(source, best[1].span, 'pattern', true));
}
