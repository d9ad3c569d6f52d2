/**
 * Ukrainian rules, each reproduced here first on invented text: month names in
 * the genitive and short forms, weekdays in the accusative with either apostrophe, Ukrainian labels and
 * item words, an em dash between a schedule's time and its item, a technical run of area rows without a
 * heading, a quoted venue or hotel name without its marks, street-first addresses, "заселення" and
 * "виселення" for a stay, "фіксований гонорар" for a flat fee and "передоплата" for a deposit.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { findDates } from '../../src/understand/normalise/date.js';

const read = async (text: string) => (await understand([extractPastedText(text)])).extracted;
const ref = new Date('2027-08-20T12:00:00Z');

test('Ukrainian dates: the genitive and short month names, weekdays in the accusative with any apostrophe', () => {
  assert.deepEqual(findDates('неділя, 19 вересня 2027 р.', ref).map((d) => d.value), ['2027-09-19']);
  assert.deepEqual(findDates('пт, 3 груд. 2027 р. о 11:20', ref).map((d) => d.value), ['2027-12-03']);
  assert.deepEqual(findDates("у п'ятницю 17.09", ref).map((d) => d.value), ['2027-09-17']);
  assert.deepEqual(findDates('в суботу 18.09', ref).map((d) => d.value), ['2027-09-18']);
});

const ADVANCE = [
  'Дата: субота, 18 вересня 2027 р.',
  'Клуб: «Жовта Кава», вул. Шевченка 12, 61000 Харків',
  '',
  'Гонорар: фіксований гонорар 1 900 EUR.',
  'Оплата: 30% передоплата до 01.09.2027, решта готівкою після виступу.',
  '',
  'Таймінг:',
  '   16:30 — розвантаження',
  '   17:00–18:00 — саундчек',
  '   19:00 — відкриття дверей',
  '   20:30–22:00 — концерт',
  '   22:30 — кінець концерту',
  '',
  'Бекляйн: барабани Pearl Export, басовий комбо Markbass',
  'Звук: пульт Yamaha QL1, 4 монітори',
  'Світло: власний пульт, дві стійки',
  '',
  'Готель «Сад Вишень», просп. Науки 40, 61000 Харків.',
  'Заселення з 15:00 у пʼятницю 17.09, виселення до 11:00 у неділю 19.09.',
  '3 номери, сніданок включено.',
  'Номер бронювання: SV-4410.',
].join('\n');

test('a Ukrainian advance: labels, a quoted venue, its street-first address and city, a flat fee and deposit', async () => {
  const x = await read(ADVANCE);
  assert.equal(x.general.date, '2027-09-18');
  assert.equal(x.general.venue, 'Жовта Кава');
  assert.equal(x.general.city, 'Харків');
  assert.equal(x.general.country, 'UA');
  assert.equal(x.general.doorsTime, '19:00');
  assert.equal(x.general.curfewTime, '22:30');
  assert.equal(x.deal.fee, 1900);
  assert.equal(x.deal.dealType, 'flat');
  assert.equal(x.deal.depositPercent, 30);
});

test('a Ukrainian schedule parted by em dashes gives its items by their own words', async () => {
  const kinds = (await read(ADVANCE)).activities.map((a) => [a.kind, a.startTime]);
  assert.deepEqual(kinds, [['load_in', '16:30'], ['soundcheck', '17:00'], ['doors', '19:00'], ['set', '20:30'], ['curfew', '22:30']]);
});

test('three technical area rows in a row, without a heading, are the technical block', async () => {
  const t = (await read(ADVANCE)).technical;
  assert.equal(t.backline, 'барабани Pearl Export, басовий комбо Markbass');
  assert.equal(t.sound, 'пульт Yamaha QL1, 4 монітори');
  assert.equal(t.lighting, 'власний пульт, дві стійки');
});

test('a Ukrainian hotel: a quoted name after "Готель", its street-first address, "заселення" and "виселення", rooms', async () => {
  const [hotel] = (await read(ADVANCE)).hotels;
  assert.equal(hotel?.name, 'Сад Вишень');
  assert.equal(hotel?.address, 'просп. Науки 40, 61000 Харків');
  assert.equal(hotel?.checkInDate, '2027-09-17');
  assert.equal(hotel?.checkInTime, '15:00');
  assert.equal(hotel?.checkOutDate, '2027-09-19');
  assert.equal(hotel?.checkOutTime, '11:00');
  assert.equal(hotel?.rooms, 3);
  assert.equal(hotel?.bookingReference, 'SV-4410');
});
