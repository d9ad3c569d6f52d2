/** Meals, narrative hotels and document categories: rules for wording a new document may use too. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../../src/interfaces.js';
import { extract as food } from '../../../src/understand/sections/food.js';
import { extract as hotels } from '../../../src/understand/sections/hotels.js';
import { categorise } from '../../../src/understand/sections/documents.js';
import { pasted } from '../helpers.js';
import { run, show, values } from './travel-fixtures.js';

const asFile = (text: string, name: string, extra: Partial<ExtractedSource> = {}): ExtractedSource =>
  ({ ...pasted(text), name, origin: 'file', ...extra });

test('a meal served in a room of the venue: the room is where, not who', () => {
  const meals = run(food, pasted('Hallo!\n\nWarmes Abendessen um 19:15 im Backstage, für 5 Personen.\n'), show('2028-02-04')).map(values);
  assert.deepEqual(meals, [{ name: 'Warmes Abendessen', kind: 'catering', address: 'Backstage', time: '19:15', date: '2028-02-04', guestCount: 5 }]);
});

test('a named place that begins with a room word is still the name', () => {
  const meals = run(food, pasted('Dinner is served at 18:00 in the Backstage Garden for 9 people.\n'), show('2028-02-04')).map(values);
  assert.equal(meals[0]!['name'], 'Backstage Garden');
  assert.equal(meals[0]!['address'], undefined);
});

test('a caterer named by its trade, a table booking, and no count or amount read as an address', () => {
  const [caterer] = run(food, pasted('Repas chaud du traiteur Le Chaudron servi à 19:30, pour 7 personnes.\n'), show('2028-03-10')).map(values);
  assert.equal(caterer!['name'], 'Le Chaudron');
  assert.equal(caterer!['kind'], 'catering');
  const [table] = run(food, pasted('Dinner 20:00 at The Copper Lantern, table for 6.\n'), show('2028-03-10')).map(values);
  assert.deepEqual([table!['name'], table!['kind'], table!['guestCount']], ['The Copper Lantern', 'restaurant', 6]);
  const [paid] = run(food, pasted('Dinner at 18:30 for 4 people, 300 USD buyout not needed.\n'), show('2028-03-10')).map(values);
  assert.equal(paid!['address'], undefined);
});

test('chat messages are read one by one, without their time stamps', () => {
  const chat = [
    '[02/05/28, 10:01:12] Ana: hola! all set for saturday',
    '[02/05/28, 10:02:40] Ana: cena a las 20:30 en el camerino, pizzas de Pizzeria Vesuvio para 5',
    '[02/05/28, 10:03:55] Ben: great, and the fee is 900 EUR right?',
    '[02/05/28, 10:04:10] Ana: yes',
  ].join('\n');
  const meals = run(food, pasted(chat), show('2028-05-06')).map(values);
  assert.deepEqual(meals, [{ name: 'Pizzeria Vesuvio', kind: 'catering', address: 'camerino', time: '20:30', date: '2028-05-06', guestCount: 5 }]);
});

test('itinerary rows: a place with its street is the provider; two dinners on two days stay two', () => {
  const sheet = [
    'Date\tTime\tWhat\tWhere\tDetails',
    '2028-06-01\t19:00\tDinner\tCasa Verde, Str. Lunga 7, Sibiu\ttable for 4',
    '2028-06-02\t18:00\tDinner\tgreen room\t4 pax',
  ].join('\n');
  const meals = run(food, asFile(sheet, 'itinerary.txt'), show('2028-06-02')).map(values);
  assert.deepEqual(meals.map((m) => [m['name'], m['kind'], m['address'], m['date'], m['time']]), [
    ['Casa Verde', 'restaurant', 'Str. Lunga 7, Sibiu', '2028-06-01', '19:00'],
    ['Dinner', 'catering', 'green room', '2028-06-02', '18:00'],
  ]);
});

test('a row takes its date from a date column or heading, not from a hotel record above', () => {
  const sheet = [
    'Date\tSat 8 July 2028',
    'Hotel\tHotel Nord\t3 rooms\tcheck-out Sun 9 July 2028 11:00',
    'Time\tWhat\tWhere',
    '13:00\tLunch\tCatering room',
  ].join('\n');
  const [lunch] = run(food, asFile(sheet, 'daysheet.txt')).map(values);
  assert.equal(lunch!['date'], '2028-07-08');
});

test('a catering label that points to the rider names no provider; a spaced dash ends the provider', () => {
  assert.deepEqual(run(food, asFile('Catering: As per the rider.\n', 'contract.txt'), show('2028-01-01')), []);
  const [meal] = run(food, asFile('Catering: Blue Hall kitchen - hot meal for 5 persons at 18:30\n', 'contract.txt'), show('2028-01-01')).map(values);
  assert.equal(meal!['name'], 'Blue Hall kitchen');
});

test('a hotel in an e-mail: its stay is read from its own paragraph, not from the venue around it', () => {
  const mail = [
    'Hi all,', '',
    'Venue is Kulturhalle, Lindenweg 4, 8010 Graz. Load-in 14:00 on 3 March 2028.', '',
    'Hotel Seeblick is booked for you and the crew.', 'Uferstraße 9, 8010 Graz', 'Check-in 2 March 2028, check-out 4 March 2028.', '',
    'Cheers, Lea',
  ].join('\n');
  const [hotel] = run(hotels, pasted(mail), show('2028-03-03'));
  assert.deepEqual([hotel!.name?.value, hotel!.address?.value, hotel!.checkInDate?.value], ['Hotel Seeblick', 'Uferstraße 9, 8010 Graz', '2028-03-02']);
});

test('categories: an electronic ticket receipt, an automated airline e-mail, an Italian hotel, a table booking', () => {
  const ticket = asFile('ACME TRAVEL\nMain Road 1, Athens\nIATA 1234\nELECTRONIC TICKET ITINERARY / RECEIPT\nPASSENGER  TICKET NUMBER\nDOE/JANE MS  1234567890123\nFLIGHT XY 101  DEP 0700\nBAGGAGE 1PC\n', 'Itinerary_AB12CD.txt');
  assert.equal(categorise(ticket), 'flight_ticket');
  const airline = asFile('Votre réservation est confirmée\n\nBonjour Madame Roy,\n\nVol XY 310\nDépart 07:10 Lyon (LYS)\nArrivée 08:40 Porto (OPO)\nPassagers: Anne Roy\n', 'confirmation.eml', {
    format: 'eml', metadata: { from: 'Air Example <noreply@air.example.com>', subject: 'Confirmation de votre réservation' },
  });
  assert.equal(categorise(airline), 'flight_ticket');
  const albergo = asFile('Conferma prenotazione\n\nAlbergo del Porto\nArrivo 3 maggio 2028\nPartenza 4 maggio 2028\nCamere 2\nOspiti Anna Bell\nTassa 3 € a notte\n', 'conferma.html');
  assert.equal(categorise(albergo), 'hotel_confirmation');
  const table = asFile('¡Reserva confirmada!\n\nTe esperamos en Bodega El Faro.\nComensales 6 personas\nMesa en la terraza\n', 'reserva.html');
  assert.equal(categorise(table), 'other');
});
