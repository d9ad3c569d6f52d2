import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pasted } from './helpers.js';
import { isTourRouting } from '../../src/understand/sections/show-routing.js';
import { lodgingNames } from '../../src/understand/sections/travel/phrases.js';
import { ticketLegs } from '../../src/understand/sections/travel/rail-ticket.js';
import { understand } from '../../src/understand/index.js';

const BUDGET = [
  'Spring run 2028 - cost projection',
  '#\tDate\tCity\tVenue\tDeal\tGuarantee',
  '1\t2028-03-02\tUtrecht\tDe Kelder\tflat\t1500',
  '2\t2028-03-03\tGhent\tZaal Noord\tvs 80 %\t1800',
  '3\t2028-03-05\tLyon\tLe Quai 9\tflat\t2000',
  '4\t2028-03-06\tBasel\tHafenhalle\tvs 75 %\t1700',
  'Typical day: get-in 15:00, soundcheck 17:00, doors 20:00',
  'Questions: Mia Stone, +44 7700 900123, mia@mgmt.example',
].join('\n');

test('one act\'s date sheet of many shows is about no show of the import', async () => {
  const sheet = pasted(BUDGET);
  assert.equal(isTourRouting(sheet, [sheet]), true);
  const { extracted } = await understand([sheet]);
  assert.equal(extracted.general.date, null);
  assert.equal(extracted.general.soundcheckTime, null);
  assert.deepEqual(extracted.activities, []);
  assert.deepEqual(extracted.contacts, []);
});

test('a date sheet whose venue the import or the source names on its own is read', () => {
  const sheet = pasted(BUDGET);
  assert.equal(isTourRouting(sheet, [pasted('Hi, advancing your show at Zaal Noord on 3 March.'), sheet]), false);
  assert.equal(isTourRouting(pasted(`Today: Hafenhalle, Basel\n${BUDGET}`), []), false);
});

test('a compound lodging word names a hotel', () => {
  assert.deepEqual(lodgingNames('booked at: Parkhotel Lindenau, Graz').map((h) => h.value), ['Parkhotel Lindenau']);
  assert.deepEqual(lodgingNames('SEEHOTEL ALPENBLICK\tSeestraße 4').map((h) => h.value), ['SEEHOTEL ALPENBLICK']);
});

test('a hotel confirmation: twin rooms share a guest cell, breakfast is the board, the group is the act', async () => {
  const text = [
    'PARKHOTEL LINDENAU\tBahnweg 12 · 8010 Graz · Österreich',
    'Tel. +43 316 555 120 · info@lindenau.example.at',
    '',
    'Gerne bestätigen wir Ihre Buchung für die Gruppe „Paper Herons“:',
    '',
    'Anreise:\tMontag, 06.03.2028, ab 15:00 Uhr',
    'Abreise:\tDienstag, 07.03.2028, bis 10:00 Uhr',
    'Zimmer:\t1 Doppelzimmer, 1 Einzelzimmer',
    'Verpflegung:\tFrühstück inkludiert',
    '',
    'Zi.\tKategorie\tGäste\tPreis',
    '1\tDoppelzimmer Twin\tAnna Berg / Olaf Kranz\t€ 120,00',
    '2\tEinzelzimmer Klein\tLena Hofer\t€ 80,00',
  ].join('\n');
  const { extracted } = await understand([pasted(text)]);
  assert.equal(extracted.general.artist, 'Paper Herons');
  const hotel = extracted.hotels[0]!;
  assert.equal(hotel.name?.toLowerCase(), 'parkhotel lindenau');
  assert.deepEqual(hotel.guests, ['Anna Berg', 'Olaf Kranz', 'Lena Hofer']);
  assert.equal(hotel.notes, 'Frühstück inkludiert');
  assert.equal(hotel.phone, '+43316555120');
  assert.deepEqual(extracted.food, []);
});

test('a rail ticket in columns is one transfer, its buyer no contact, the file no flight ticket', async () => {
  const text = [
    'E-TICKET',
    'Booking code ZX81QK',
    'Purchased by: Tom Reed – tom.reed@example.com',
    '',
    'OUTBOUND\tFri 10 Mar 2028',
    'Departure\tArrival',
    '09:05\t2h 40min\t11:45',
    'Lyon Part-Dieu\tTorino Porta Susa',
    'Train: Rapido 4411\tClass: Standard',
    'Coach: 3 · Seats: 21, 22\tFare: Saver',
  ].join('\n');
  const source = pasted(text);
  const [leg] = ticketLegs(source);
  assert.equal(leg?.name?.value, 'Rapido 4411');
  assert.equal(leg?.date?.value, '2028-03-10');
  assert.equal(leg?.startTime?.value, '09:05');
  assert.equal(leg?.endTime?.value, '11:45');
  assert.equal(leg?.location?.value, 'Lyon Part-Dieu');
  assert.equal(leg?.destination?.value, 'Torino Porta Susa');
  assert.equal(leg?.notes?.value, 'Coach: 3 · Seats: 21, 22');
  const { extracted } = await understand([{ ...source, origin: 'file', name: 'ticket.txt' }]);
  assert.equal(extracted.activities.length, 1);
  assert.deepEqual(extracted.contacts, []);
  assert.notEqual(extracted.documents[0]?.category, 'flight_ticket');
});

test('a bare day of a stay is the one around the show, and a tabbed room line lists its guests', async () => {
  const { nearShow } = await import('../../src/understand/sections/travel/stay-show-month.js');
  const { roomGuests } = await import('../../src/understand/sections/travel/stay-room-guests.js');
  const text = 'night of the 12th';
  const dates = [{ value: '2028-02-12', index: 9, length: 8, hasYear: false }];
  assert.equal(nearShow(dates, text, '2028-04-12')[0]!.value, '2028-04-12');
  assert.equal(nearShow(dates, text, '2028-04-28')[0]!.value, '2028-02-12');
  assert.deepEqual(roomGuests('Room 1 – guests\tAnna Berg, Olaf Kranz').map((g) => g.value), ['Anna Berg', 'Olaf Kranz']);
});
