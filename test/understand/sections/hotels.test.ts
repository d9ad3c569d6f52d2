import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../src/understand/sections/hotels.js';
import { fixtureSource, run, show, values } from './travel-fixtures.js';

test('a labelled hotel block, with hotel-prefixed labels and a guest list', async () => {
  const source = await fixtureSource('travel/hotel-labels.txt');
  const [hotel, ...rest] = run(extract, source, show('2026-11-07', 'Lisboa', 'PT'));
  assert.equal(rest.length, 0);
  const v = values(hotel!);
  assert.equal(v.name, 'Casa do Rio Hotel');
  assert.equal(v.address, 'Rua das Flores 12, 1200-195 Lisboa, Portugal');
  assert.deepEqual([v.checkInDate, v.checkInTime, v.checkOutDate, v.checkOutTime], ['2026-11-07', '14:00', '2026-11-08', '12:00']);
  assert.deepEqual([v.rooms, v.bookingReference, v.phone], [3, 'CRH-90412', '+351215550188']);
  assert.deepEqual(v.guests, ['Nora Lind', 'Emil Sand', 'Jo Park']);
  const span = hotel!.bookingReference!.span!;
  assert.equal(source.text.slice(span[0], span[1]), 'CRH-90412');
  assert.equal(hotel!.name!.method, 'label');
});

test('a hotel in an e-mail sentence, ordinal days resolved against the show', async () => {
  const source = await fixtureSource('travel/hotel-prose.txt');
  const [hotel] = run(extract, source, show('2027-08-13', 'Gent', 'BE'));
  assert.deepEqual(values(hotel!), {
    guests: [], name: 'Hotel Drie Torens', address: 'Korenlei 9, 9000 Gent', city: 'Gent', country: 'BE',
    checkInDate: '2027-08-13', checkOutDate: '2027-08-15', checkInTime: '15:00', rooms: 2, bookingReference: 'DT-5521',
  });
});

test('itinerary rows checking in and out of one hotel become one stay', async () => {
  const source = await fixtureSource('travel/itinerary.csv');
  const hotels = run(extract, source, show('2027-03-12'));
  assert.equal(hotels.length, 1);
  assert.deepEqual(values(hotels[0]!), {
    guests: [], name: 'Hotel Kanaalzicht', checkInDate: '2027-03-12', checkInTime: '11:00', checkOutDate: '2027-03-13',
    checkOutTime: '10:30', rooms: 2, bookingReference: '557120',
  });
});

test('a document about no hotel yields none', async () => {
  const source = await fixtureSource('travel/airline-confirmation.txt');
  assert.deepEqual(run(extract, source), []);
});

test('German labels: Anreise/Abreise with times, Zimmer, Gäste, Buchungsnummer, a national phone number', async () => {
  const [hotel] = run(extract, await fixtureSource('travel/hotel-labels-de.txt'));
  assert.deepEqual(values(hotel!), {
    guests: ['Anna Schmidt', 'Jonas Weber'], name: 'Hotel Am Stadtpark', address: 'Parkstraße 5, 04109 Leipzig',
    checkInDate: '2025-03-14', checkInTime: '15:00', checkOutDate: '2025-03-16', checkOutTime: '11:00', rooms: 2,
    bookingReference: 'ASP-77120', phone: '+493415550190', email: 'info@amstadtpark.example.de', city: 'Leipzig', country: 'DE',
  });
});

test('French and Swedish e-mail sentences', async () => {
  const [fr] = run(extract, await fixtureSource('travel/mail-fr.txt'), show('2025-05-11'));
  assert.deepEqual([fr!.name!.value, fr!.address!.value, fr!.checkInDate!.value, fr!.checkOutDate!.value, fr!.rooms!.value, fr!.bookingReference!.value], [
    'Hôtel du Parc', '12 rue Victor Hugo, 69002 Lyon', '2025-05-11', '2025-05-12', 2, 'HDP-2291',
  ]);
  const [sv] = run(extract, await fixtureSource('travel/mail-sv.txt'), show('2025-03-16'));
  assert.deepEqual([sv!.name!.value, sv!.address!.value, sv!.checkInDate!.value, sv!.checkOutDate!.value, sv!.rooms!.value, sv!.bookingReference!.value], [
    'Scandic Triangeln', 'Triangeln 2, 211 43 Malmö', '2025-03-16', '2025-03-17', 3, '88213',
  ]);
});

test('a rooming list with a hotel column gives one hotel with every guest, one room per row of the room column', async () => {
  const hotels = run(extract, await fixtureSource('travel/rooming-list.txt'));
  assert.deepEqual(hotels.map(values), [
    { guests: ['Anna Berg', 'Per Lind'], name: 'Hotel Nord', checkInDate: '2025-05-12', checkOutDate: '2025-05-13', rooms: 2 },
  ]);
});

test('"Arrival"/"Departure" under a hotel are the stay, not a flight', async () => {
  const [hotel] = run(extract, await fixtureSource('travel/hotel-arrival-departure.txt'));
  assert.deepEqual(values(hotel!), {
    guests: [], name: 'The Harbour Inn', checkInDate: '2025-05-12', checkInTime: '14:00', checkOutDate: '2025-05-13',
    checkOutTime: '11:00', rooms: 2, bookingReference: 'THI-88120',
  });
});

test('"for 2 nights from the 15th": the check-out follows from the nights', async () => {
  const [hotel] = run(extract, await fixtureSource('travel/mail-nights.txt'), show('2025-03-16'));
  assert.deepEqual([hotel!.name!.value, hotel!.checkInDate!.value, hotel!.checkOutDate!.value, hotel!.rooms!.value], [
    'Clarion Hotel Post', '2025-03-15', '2025-03-17', 4,
  ]);
});

test('a confirmation under a letterhead: arrival and departure beside rooms are the stay, the letterhead gives the hotel\'s lines', async () => {
  const source = await fixtureSource('travel/hotel-letterhead.txt');
  const [hotel, ...rest] = run(extract, source, show('2026-11-20', 'Stockholm', 'SE'));
  assert.equal(rest.length, 0);
  const v = values(hotel!);
  assert.equal(v.name, 'HOTEL LINDGÅRDEN SÖDER');
  assert.deepEqual([v.checkInDate, v.checkInTime, v.checkOutDate, v.checkOutTime], ['2026-11-20', '15:00', '2026-11-21', '11:00']);
  assert.deepEqual([v.rooms, v.bookingReference, v.phone, v.email], [2, 'LG-44190', '+46855521090', 'info@lindgarden.example.se']);
  assert.deepEqual(v.guests, ['Karin Ek', 'Jonas Berg']);
  assert.equal(v.notes, 'Late arrival after the show, around 01:00.');
});
