/**
 * An advance workbook with isiZulu labels glossed in English ("Usuku / Date"). Its
 * timetable dates the days with isiZulu month names ("14 kuNhlaba 2028"), heads the place column
 * "From – Where", lists its flights among the rows, and keeps each item's name in both languages
 * (the values are written once); its food table names each meal in the notes column beside the
 * provider; its rooming list names Dutch guests with surname particles.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { normaliseDate } from '../../src/understand/normalise/index.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('isiZulu month names with their noun prefix are dates', () => {
  assert.equal(normaliseDate('14 kuNhlaba 2028 (uLwesihlanu)'), '2028-05-14');
  assert.equal(normaliseDate('3 kaZibandlela 2027'), '2027-12-03');
  assert.equal(normaliseDate('28 ngoMasingana 2029'), '2029-01-28');
  assert.equal(normaliseDate('9 uNcwaba', new Date(Date.UTC(2028, 5, 1))), '2028-08-09');
});

const SHEET = [
  'UHLELO / RUN SHEET',
  'Umculi / Artist\t\tThe Pale Orchards',
  'Indawo / Venue\t\tHarbour Loft, 7 Dock Street, Durban',
  'Usuku lombukiso / Show date\t\t15 kuNhlaba 2028',
  '',
  'Usuku / Date\tIsikhathi / Time\tKuze kube / Until\tOkwenzekayo / Item\tIndawo / From – Where\tKuya / To\tAmanothi / Notes',
  '14 kuNhlaba 2028\t08:05\t09:10\tIndiza / Flight – ZX 318 CPT → DUR\tCape Town Intl\tDurban arrivals\tPNR QWE12R',
  '14 kuNhlaba 2028\t09:40\t\tUkulandwa / Airport pick-up\tArrivals hall B\tHotel\tDriver Thabo',
  '15 kuNhlaba 2028\t13:00\t\tUkulayisha / Load-in\tRear dock\t\t3 crew from venue',
  '15 kuNhlaba 2028\t16:00\t17:00\tUkuhlola umsindo / Soundcheck\tMain room',
  '15 kuNhlaba 2028\t19:00\t\tUkuvulwa kweminyango / Doors\tLobby',
].join('\n');

test('a form that only labels in two languages keeps its items named in both, dated by isiZulu months', async () => {
  const { activities } = await extracted(SHEET);
  assert.deepEqual(activities.map((a) => [a.name, a.kind, a.date, a.startTime, a.location]), [
    ['Ukulandwa / Airport pick-up', 'transfer', '2028-05-14', '09:40', 'Arrivals hall B'],
    ['Ukulayisha / Load-in', 'load_in', '2028-05-15', '13:00', 'Rear dock'],
    ['Ukuhlola umsindo / Soundcheck', 'soundcheck', '2028-05-15', '16:00', 'Main room'],
    ['Ukuvulwa kweminyango / Doors', 'doors', '2028-05-15', '19:00', 'Lobby'],
  ]);
});

test('a flight row drawn as a route is the flight, no ride', async () => {
  const { activities, flights } = await extracted(SHEET);
  assert.ok(!activities.some((a) => /ZX 318/.test(a.name ?? '') || a.startTime === '08:05'));
  assert.deepEqual(flights.map((f) => [f.flightNumber, f.date, f.fromAirport, f.toAirport]), [['ZX318', '2028-05-14', 'CPT', 'DUR']]);
});

test('a provider table names each meal in its notes column', async () => {
  const { food } = await extracted([
    'UKUDLA / FOOD',
    'Usuku / Date\tIsikhathi / Time\tUmhlinzeki / Provider\tKuphi / Where\tAbantu / Pax\tRef\tAmanothi / Notes',
    '2028-05-14\t20:00\tLantern House\t9 Cove Lane, Umhlanga, Durban\t6\tLH-5521\tband dinner, paid by promoter',
    '2028-05-15\t17:30\tAuntie Zodwa Catering\tgreen room\t9\t\thot supper – 1 x gluten-free',
  ].join('\n'));
  assert.deepEqual(food.map((f) => [f.name, f.kind, f.address, f.city, f.date, f.time, f.guestCount, f.bookingReference, f.notes]), [
    ['Lantern House', 'restaurant', '9 Cove Lane, Umhlanga, Durban', 'Durban', '2028-05-14', '20:00', 6, 'LH-5521', 'band dinner, paid by promoter'],
    ['Auntie Zodwa Catering', 'catering', 'green room', null, '2028-05-15', '17:30', 9, null, 'hot supper – 1 x gluten-free'],
  ]);
});

test('a rooming list keeps guests whose surname has a particle', async () => {
  const { hotels } = await extracted([
    'IHOTELA / HOTEL',
    'Igama / Name\tSeaview Court Hotel',
    'Ikheli / Address\t12 Marine Drive, Durban, 4057',
    'Ukungena / Check-in\t2028-05-14\t14:00',
    'Ukuphuma / Check-out\t2028-05-16\t10:00',
    'Igumbi / Room\tUhlobo / Type\tIzivakashi / Guests\tAmanothi / Notes',
    '1\tSingle\tAnouk ter Horst',
    '2\tTwin\tDaan de Vries / Bram van der Berg',
  ].join('\n'));
  assert.deepEqual(hotels[0]?.guests, ['Anouk ter Horst', 'Daan de Vries', 'Bram van der Berg']);
});
