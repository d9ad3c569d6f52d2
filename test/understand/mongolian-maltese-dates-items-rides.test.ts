/**
 * Mongolian and Maltese advances. Mongolian numbered months ("2028 оны 9-р сарын 12", "9/11
 * (Пүрэв)"), Maltese month names after "ta'" ("il-Ħadd 3 ta' Awwissu 2028"), both languages' labels, Mongolian
 * items of the day, a reply's flight replacing its quoted draft's, and ride lines in either language's layout.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { findDates } from '../../src/understand/normalise/date.js';
import { labelKey } from '../../src/understand/text/lexicon.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';

const ref = new Date(Date.UTC(2028, 7, 1));
const dates = (text: string) => findDates(text, ref).map((d) => d.value);
const read = async (lines: string[]) => (await understand([extractPastedText(lines.join('\n'))])).extracted;

test('Mongolian numbered months: year first with "оны", a case ending after the day, a slashed pair with its weekday', () => {
  assert.deepEqual(dates('Огноо: 2028 оны 9-р сарын 12, Мягмар гараг'), ['2028-09-12']);
  assert.deepEqual(dates('Ирэх: 9-р сарын 11-нд, 15:00-аас'), ['2028-09-11']);
  assert.deepEqual(dates('9/11 (Пүрэв) 10:00 – тосох'), ['2028-09-11']);
});

test('Maltese month names after "ta\'", with the weekday\'s article before the day', () => {
  assert.deepEqual(dates("Data: il-Ħadd 3 ta' Awwissu 2028"), ['2028-08-03']);
  assert.deepEqual(dates("Il-bilanċ jitħallas fl-20 ta' Settembru 2028."), ['2028-09-20']);
  assert.deepEqual(dates("Check-in: is-Sibt 2 ta' Awwissu, mis-3:00pm"), ['2028-08-02']);
});

test('Mongolian and Maltese labels', () => {
  assert.equal(labelKey('Зочид буудал'), 'hotel');
  assert.equal(labelKey('Тоглох газар'), 'venue');
  assert.equal(labelKey('Захиалгын дугаар'), 'booking_reference');
  assert.equal(labelKey('Onorarju'), 'fee');
  assert.equal(labelKey('Kmamar'), 'rooms');
  assert.equal(labelKey('Indirizz'), 'address');
});

test('Mongolian items of the day: checks, doors, rides from one place to another', () => {
  assert.equal(activityKind('Дууны шалгалт'), 'soundcheck');
  assert.equal(activityKind('Хаалга нээх'), 'doors');
  assert.equal(activityKind('Буудлаас клуб руу'), 'transfer');
  assert.equal(activityKind('Оройн хоол'), null);
});

test('an act\'s check after a dash is one item; a Mongolian item glossed in English keeps its gloss', async () => {
  const items = (await read([
    'Огноо: 2028 оны 9-р сарын 12',
    '',
    'ЦАГИЙН ХУВААРЬ',
    '15:00–16:00\tНарны Хүү – дууны шалгалт',
    '19:00\tХаалга нээх',
    '20:00–21:30\tНарны Хүү',
    '23:00\tТоглолт дуусах (curfew) – хатуу',
  ])).activities;
  const check = items.find((a) => a.startTime === '15:00');
  assert.equal(check?.name, 'Нарны Хүү – дууны шалгалт');
  assert.equal(check?.kind, 'soundcheck');
  assert.equal(items.find((a) => a.startTime === '19:00')?.kind, 'doors');
  const end = items.find((a) => a.startTime === '23:00');
  assert.equal(end?.name, 'Тоглолт дуусах (curfew)');
  assert.equal(end?.notes, 'хатуу');
});

test('a ride line dated by a slashed day and bracketed weekday, named in Mongolian, with its note', async () => {
  const items = (await read([
    'Огноо: 2028 оны 9-р сарын 12',
    'ТЭЭВЭР',
    '9/11 (Даваа) 10:00 – Нисэх буудлаас тосох: Нисэх буудал, ирэх танхим → Цэнхэр Нуур Зочид Буудал. Жолооч самбартай угтана.',
  ])).activities;
  const ride = items.find((a) => a.startTime === '10:00');
  assert.equal(ride?.kind, 'transfer');
  assert.equal(ride?.date?.slice(5), '09-11');
  assert.equal(ride?.location, 'Нисэх буудал, ирэх танхим');
  assert.equal(ride?.destination, 'Цэнхэр Нуур Зочид Буудал');
  assert.equal(ride?.notes, 'Жолооч самбартай угтана.');
});

test('a numbered ride at "2:30pm" with a sentence after its destination: the bracket stays with the place', async () => {
  const items = (await read([
    "Data: is-Sibt 2 ta' Awwissu 2028",
    'TRASPORT',
    "Shuttle 1 – il-Ġimgħa 1 ta' Awwissu, 2:30pm: Airport (Arrivals hall) → Hotel Baħar. Pawlu jistenniekom barra.",
    "Shuttle 2 – il-Ħadd 3 ta' Awwissu, 6:15am: Hotel Baħar → Airport (Departures). Ħallu ċ-ċwievet fir-reception.",
  ])).activities;
  const first = items.find((a) => a.name === 'Shuttle 1');
  assert.equal(first?.date?.slice(5), '08-01');
  assert.equal(first?.startTime, '14:30');
  assert.equal(first?.location, 'Airport (Arrivals hall)');
  assert.equal(first?.notes, 'Pawlu jistenniekom barra.');
  const last = items.find((a) => a.name === 'Shuttle 2');
  assert.equal(last?.destination, 'Airport (Departures)');
  assert.equal(last?.notes, 'Ħallu ċ-ċwievet fir-reception.');
});

test('a flight only in the quoted draft, on a route the reply flies, is replaced', async () => {
  const flights = (await read([
    'Hi Mara,',
    'Final details below.',
    'Flights: XQ402 · 2028.09.10 · Berlin (BER) 09:10 → Vilnius (VNO) 12:05',
    'Return: XQ403 · 2028.09.13 · Vilnius (VNO) 13:00 → Berlin (BER) 14:00',
    'Best,',
    'Dorj',
    '',
    'On Mon, 4 Sep 2028 at 10:00, Mara Lind <mara@example.org> wrote:',
    '> Draft:',
    '> Flight: XQ408 · 2028.09.10 · BER 06:00 → VNO 09:00',
  ])).flights;
  assert.deepEqual(flights.map((f) => f.flightNumber).sort(), ['XQ402', 'XQ403']);
});
