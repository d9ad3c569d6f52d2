import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, normaliseDate, isoDate, addDays, daysBetween } from '../../../src/understand/normalise/index.js';
import { int, pick, seeded } from './random.js';

const MONTHS: Record<string, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

test('every written form of a random date normalises to the same ISO date', () => {
  const rand = seeded(7);
  for (let i = 0; i < 300; i++) {
    const [y, m, d] = [int(rand, 2020, 2030), int(rand, 1, 12), int(rand, 1, 28)];
    const iso = isoDate(y, m, d)!;
    const dd = String(d).padStart(2, '0');
    const mm = String(m).padStart(2, '0');
    const lang = pick(rand, Object.keys(MONTHS));
    const month = MONTHS[lang]![m - 1]!;
    const forms = [
      iso, `${dd}.${mm}.${y}`, `${d}/${m}/${y}`, `${d} ${month} ${y}`, `${d} ${MONTHS.en![m - 1]!.slice(0, 3)} ${y}`,
      lang === 'de' ? `${d}. ${month} ${y}` : lang === 'es' ? `${d} de ${month} de ${y}` : `${d} ${month} ${y}`,
    ];
    for (const f of forms) assert.equal(normaliseDate(`Date: ${f}`), iso, f);
  }
});

test('a date without a year takes the occurrence nearest to the reference date', () => {
  const ref = new Date(Date.UTC(2025, 11, 20));
  assert.equal(normaliseDate('Freitag, 14. März', new Date(Date.UTC(2025, 0, 10))), '2025-03-14');
  assert.equal(normaliseDate('fredag 3 januari', ref), '2026-01-03');
  assert.equal(normaliseDate('14 Dec', ref), '2025-12-14');
  assert.equal(findDates('14 Dec', ref)[0]!.hasYear, false);
});

test('impossible dates and plain numbers are not dates', () => {
  assert.equal(normaliseDate('31.02.2025'), null);
  assert.equal(normaliseDate('Room 1203, 4 guests'), null);
  assert.equal(isoDate(2025, 13, 1), null);
  // A reference number shaped like a date is none: no year of a show's paperwork is 0391.
  assert.equal(normaliseDate('Booking no. KL-27-10-0391'), null);
});

test('a word beginning like a Croatian month does not make a date of words with none', () => {
  const ref = new Date(Date.UTC(2026, 10, 4));
  assert.deepEqual(findDates('Online check-in ab 23 Stunden vor Abflug. Jetzt buchen', ref), []);
  assert.equal(normaliseDate('Subota, 23. studenoga 2027.', ref), '2027-11-23');
});

test('US month-first numeric dates are read only when day-first is impossible', () => {
  assert.equal(normaliseDate('03/14/2025'), '2025-03-14');
  assert.equal(normaliseDate('03/04/2025'), '2025-04-03');
});

test('findDates reports offsets into the text', () => {
  const text = 'Check-in 14 Mar 2025, check-out 16.03.2025';
  const found = findDates(text);
  assert.deepEqual(found.map((f) => f.value), ['2025-03-14', '2025-03-16']);
  for (const f of found) assert.match(text.slice(f.index, f.index + f.length), /14 Mar 2025|16\.03\.2025/);
});

test('day arithmetic crosses months and years', () => {
  assert.equal(addDays('2025-12-31', 1), '2026-01-01');
  assert.equal(daysBetween('2025-02-27', '2025-03-01'), 2);
});
