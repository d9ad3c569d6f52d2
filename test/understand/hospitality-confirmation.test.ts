import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { extract as deal } from '../../src/understand/sections/deal.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { categorise } from '../../src/understand/sections/documents.js';
import { weekdayAndDay } from '../../src/understand/sections/show-date.js';
import { findLabelled } from '../../src/understand/text/index.js';
import { pasted } from './helpers.js';
import { run, show, values } from './sections/travel-fixtures.js';

const CONFIRMATION = [
  'Hospitality confirmation',
  '',
  '1) LUNCH – 13:00',
  '   Caterer: Brightwater Kitchens',
  '   Where: dressing room 3',
  '   People: 7 (2 vegetarian)',
  '   Tel. caterer: +44 113 496 0555',
  '',
  '2) DINNER – 19:15',
  '   Restaurant Olive Tree, 12 Mill Lane, Leeds',
  '   Booking no. OT-4471',
  '   7 covers, set menu with soft drinks',
  '',
  '3) BREAKFAST (Sunday 14): buyout of 15 € per person.',
].join('\n');

test('meal blocks: a meal heading with its time, and the provider, room, count and phone indented below', () => {
  const meals = run(food, extractPastedText(CONFIRMATION), show('2027-03-13', 'Leeds', 'GB')).map(values);
  assert.deepEqual(meals, [
    { name: 'Brightwater Kitchens', kind: 'catering', address: 'dressing room 3', phone: '+441134960555', time: '13:00', date: '2027-03-13', guestCount: 7, notes: '2 vegetarian' },
    { name: 'Restaurant Olive Tree', kind: 'restaurant', address: '12 Mill Lane, Leeds', city: 'Leeds', time: '19:15', date: '2027-03-13', guestCount: 7, bookingReference: 'OT-4471', notes: 'set menu with soft drinks' },
    { name: 'Breakfast', kind: 'buyout', date: '2027-03-14', notes: '15 € per person.' },
  ]);
});

test('a weekday with a day of the month resolves near the show, only when both agree', () => {
  assert.equal(weekdayAndDay('(domingo 9)', '2027-05-08')?.value, '2027-05-09');
  assert.equal(weekdayAndDay('Freitag, 7.', '2027-05-08')?.value, '2027-05-07');
  assert.equal(weekdayAndDay('Monday 9', '2027-05-08'), null);
});

test('dot leaders stand between a schedule label and its time', () => {
  const found = findLabelled(pasted('Ablauf\n  Aufbau und Abbau ....... 14:00\n  Einlass ................ 19:00'));
  assert.deepEqual(found.map((l) => [l.label, l.value]), [['Aufbau und Abbau', '14:00'], ['Einlass', '19:00']]);
});

test('a Swiss contract table: fee with apostrophes, "Garantie gegen %" deal form and further agreements as notes', () => {
  const [draft] = run(deal, extractPastedText([
    '§ 3 Honorar',
    'Garantiegage\tCHF 3\'250.– netto',
    'Dealform\tGarantie gegen 70 % der Ticketeinnahmen, der höhere Betrag gilt',
    'Sonstige Vereinbarungen\tParkplatz für einen Sprinter wird gestellt.',
  ].join('\n')));
  assert.deepEqual(values(draft!), {
    fee: 3250, currency: 'CHF', dealType: 'guarantee_vs_percentage',
    notes: 'Parkplatz für einen Sprinter wird gestellt.',
  });
});

test('a venue confirmation with a Spanish day schedule is an itinerary', () => {
  const text = 'Confirmación de hospitalidad\n\nHorarios:\n  Carga y descarga ..... 15:00\n  Prueba de sonido ..... 17:00\n  Apertura de puertas .. 20:30\n';
  assert.equal(categorise(extractPastedText(text)), 'itinerary');
});

test("a labelled buyout keeps its head count and its terms from the amount on", () => {
  const source = extractPastedText('HOSPITALITY\nLunch:\tBuyout for 5 persons, €18 per person, paid on arrival.\n');
  assert.deepEqual(run(food, source, show('2027-09-02')).map(values), [
    { name: 'Lunch', kind: 'buyout', date: '2027-09-02', guestCount: 5, notes: '€18 per person, paid on arrival.' },
  ]);
});

test('meal details written flush under the heading, a "Restaurant:" label making it a restaurant', () => {
  const text = 'DINNER 18:45\nRestaurant: The Lamplighter, 9 Canal Row, York\nBooking ref: LL-3390\nCovers: 6\n\nLoad-in: 15:00\n';
  assert.deepEqual(run(food, extractPastedText(text), show('2027-04-16')).map(values), [
    { name: 'The Lamplighter', kind: 'restaurant', address: '9 Canal Row, York', city: 'York', time: '18:45', date: '2027-04-16', guestCount: 6, bookingReference: 'LL-3390' },
  ]);
});
