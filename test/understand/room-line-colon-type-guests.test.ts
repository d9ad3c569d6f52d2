/**
 * A hotel's confirmation may list its rooms as "Room 1: type – guests", the room's number ended by a colon,
 * its type (with words such as "Standard") before a spaced dash (travel/stay-room-guests.ts). All examples invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

test('the names after the room type\'s dash are the room\'s guests', async () => {
  const { extracted } = await understand([pasted([
    'Booking confirmation',
    'Hotel: Hotel Vindhamn',
    'Booking number: VH-30418',
    'Arrival: Friday 5 March 2027 – check-in from 15:00',
    'Departure: Sunday 7 March 2027 – check-out by 11:00',
    'Rooms: 2',
    '',
    'Rum 1: Dubbelrum Standard (single use) – Mira Lindqvist',
    'Rum 2: Dubbelrum Superior, twin – Jonas Ekdahl, Ola Fenner',
  ].join('\n'))]);
  assert.equal(extracted.hotels.length, 1);
  assert.deepEqual(extracted.hotels[0]!.guests, ['Mira Lindqvist', 'Jonas Ekdahl', 'Ola Fenner']);
});
