/**
 * Kyrgyz advance mails: hyphened dates with case endings and the traditional month names, the Gmail
 * attribution "… жазды:", ticket lines inside a quoted reply, Kyrgyz labels and item words, and flight
 * times written beside an airport's own name in Cyrillic, which are no items of the day.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFile } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { findDates } from '../../src/understand/normalise/date.js';
import { labelKey } from '../../src/understand/text/lexicon.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';

const ref = new Date('2027-03-01T12:00:00Z');

test('Kyrgyz dates: a hyphened day with any case ending, the year first, the traditional month with its day', () => {
  assert.deepEqual(findDates('Келүү: 12-март, шаршемби', ref).map((d) => d.value), ['2027-03-12']);
  assert.deepEqual(findDates('14-мартта концерт, 15-марттагы тартип', ref).map((d) => d.value), ['2027-03-14', '2027-03-15']);
  assert.deepEqual(findDates('2027-ж., 3-март, бейшемби, саат 09:10', ref).map((d) => d.value), ['2027-03-03']);
  assert.deepEqual(findDates('Жалган куран айынын 20-күнү, ишембиде', ref).map((d) => d.value), ['2027-03-20']);
});

test('Kyrgyz labels and item words', () => {
  assert.equal(labelKey('Мейманкана'), 'hotel');
  assert.equal(labelKey('Брондоо номери'), 'booking_reference');
  assert.equal(labelKey('Эскертүү'), 'notes');
  assert.equal(labelKey('Дареги'), 'address');
  assert.equal(activityKind('эшиктер ачылат'), 'doors');
  assert.equal(activityKind('жабдууларды түшүрүү'), 'load_in');
  assert.equal(activityKind('залды бошотуу'), 'curfew');
  assert.equal(activityKind('«Ак Куу» (ачуучу топ)'), 'set');
  assert.equal(activityKind('Ош (OSS)'), null);
});

test('a Kyrgyz thread: the quoted reply is a message of its own, its ticket lines name people without the quote marks', async () => {
  const bytes = Buffer.from([
    'From: Бермет <bermet@example.kg>', 'To: Азамат <azamat@example.kg>', 'Subject: Re: Ала-Тоо Бэнд — Ош, 12-март: адванс',
    'Date: Mon, 1 Mar 2027 09:00:00 +0000', 'Content-Type: text/plain; charset=utf-8', '',
    'Баары даяр.', '',
    'Дареги: Ош ш., Ленин көчөсү, 12', '',
    'Күндүн тартиби (12-март, жума):', '19:00 — эшиктер ачылат', '20:00 — Ала-Тоо Бэнд, 75 мүнөт', '',
    'Мейманкана: «Жибек Жолу» менен сүйлөштүм, 3 бөлмө.', 'Кирүү: 12-март, саат 14:00дөн.', '',
    '2027-ж., 28-февраль, жекшемби, саат 18:20 Азамат <azamat@example.kg> жазды:',
    '> Биздин рейс: KC 110, 12-март: Алматы (ALA) 07:40 → Бишкек (FRU) 08:55.',
    '> Жүргүнчүлөр:',
    '> Азамат Бейшеев — 465-2100000001',
    '> Жибек Маматова — 465-2100000002',
    '',
  ].join('\r\n'), 'utf8');
  const out = (await understand([await extractFile({ name: 'thread.eml', bytes })])).extracted;
  // The subject names the act before its place and date, closed by the advance word after a colon.
  assert.equal(out.general.artist, 'Ала-Тоо Бэнд');
  // The town its mark follows ("Ош ш.") is the city, not the street after it.
  assert.equal(out.general.city, 'Ош');
  // A lodging's name in quotation marks opening the value, the words after it a remark; Kyrgyz room counts.
  assert.equal(out.hotels[0]?.name, 'Жибек Жолу');
  assert.equal(out.hotels[0]?.rooms, 3);
  assert.equal(out.flights.length, 1);
  assert.equal(out.flights[0]!.date, '2027-03-12');
  assert.deepEqual(out.flights[0]!.passengers.map((p) => p.name), ['Азамат Бейшеев', 'Жибек Маматова']);
  assert.ok(!out.activities.some((a) => /ALA|FRU/.test(a.name ?? '')));
  // A running-order row named by the act alone, its length after a comma, is the act's set.
  assert.deepEqual(out.activities.filter((a) => a.kind === 'set').map((a) => [a.name, a.startTime]), [['Ала-Тоо Бэнд', '20:00']]);
  assert.equal(out.activities.find((a) => a.kind === 'doors')?.startTime, '19:00');
});
