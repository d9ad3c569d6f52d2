/**
 * A hotel's letterhead saying which group it belongs to ("HOTEL X A member of Y Hotels"): the group
 * is no lodging of the stay, and the article opening the phrase is no word of the hotel's name; the
 * letterhead's lines below it (parts joined by dashes, a house number ending in a capital) are the hotel's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { lodgingNames } from '../../src/understand/sections/travel/phrases.js';
import { pasted } from './helpers.js';

const LETTER = [
  'HOTEL OSTKAI A member of Baltic Harbour Hotels',
  'Havnegade 12B - DK-8000 Aarhus C - Denmark',
  'Tel. +45 86 00 11 22 - desk@ostkai.example.dk',
  'Group booking confirmation',
  'Booking reference: OK-55120',
  'Arrival: Monday 4 October 2027',
  'Departure: Wednesday 6 October 2027',
  'Check-in: from 14:00',
  'Check-out: by 11:00',
  'Rooms: 3',
  'Thank you for choosing Hotel Ostkai for your group.',
].join('\n');

test('the group a hotel is a member of is not a lodging name', () => {
  assert.deepEqual(lodgingNames(LETTER).map((n) => n.value), ['HOTEL OSTKAI', 'Hotel Ostkai']);
});

test('a group confirmation under such a letterhead names the hotel, not its group', async () => {
  const { extracted } = await understand([pasted(LETTER)]);
  assert.equal(extracted.hotels.length, 1);
  assert.match(extracted.hotels[0]!.name ?? '', /^hotel ostkai$/i);
});

test('the letterhead naming the group still gives the hotel its address, phone and e-mail', async () => {
  const { extracted } = await understand([pasted(LETTER)]);
  const hotel = extracted.hotels[0]!;
  assert.match(hotel.address ?? '', /^Havnegade 12B, DK-8000 Aarhus/);
  assert.equal(hotel.city, 'Aarhus');
  assert.equal(hotel.phone, '+4586001122');
  assert.equal(hotel.email, 'desk@ostkai.example.dk');
});
