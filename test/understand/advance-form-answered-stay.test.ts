/**
 * A touring act's advance form in English, filled in by a Dutch-speaking venue: the stay's row "Check in &
 * check out" answered with days joined by hyphens ("in 03-04 vanaf 14.00 uur / out 04-04 uiterlijk 10.30 uur")
 * gives both ends and both hours; the reference answered with its own label ("boekingsnummer 88213-HL")
 * is that reference; the hotel's phone in brackets after its address is no part of the address.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { readStay } from '../../src/understand/sections/travel/stay.js';
import { pasted } from './helpers.js';
import { run, show } from './sections/travel-fixtures.js';

const FORM = [
  'Show: HAARLEM (NL) — Saturday 3 April 2027',
  '',
  '1. VENUE',
  'Venue name\tDe Kapelzaal',
  '2. HOTEL',
  'Hotel name\tHotel De Leeuwerik',
  'Hotel address & phone\tGrote Markt 5, 2011 RD Haarlem (tel. 023 512 34 56)',
  'Rooms needed\t2 doubles',
  'Check in & check out\tin 03-04 vanaf 14.00 uur / out 04-04 uiterlijk 10.30 uur',
  'Booking number\tboekingsnummer 88213-HL',
].join('\n');

test("a form's stay answered with hyphened days gives both ends, both hours, the reference and the address without its phone", () => {
  const [stay] = run(hotels, pasted(FORM), show('2027-04-03', 'Haarlem', 'NL'));
  assert.deepEqual(
    [stay?.checkInDate?.value, stay?.checkInTime?.value, stay?.checkOutDate?.value, stay?.checkOutTime?.value, stay?.bookingReference?.value, stay?.address?.value, stay?.phone?.value],
    ['2027-04-03', '14:00', '2027-04-04', '10:30', '88213-HL', 'Grote Markt 5, 2011 RD Haarlem', '+31235123456'],
  );
});

test('hyphened day pairs are dates only two together, never a range of hours', () => {
  const ref = new Date('2027-03-20T00:00:00Z');
  const stay = readStay({ text: 'in 03-04 / out 04-04 voor 10.30', start: 0 }, ref, null);
  assert.deepEqual([stay.checkInDate?.value, stay.checkOutDate?.value, stay.checkOutTime?.value], ['2027-04-03', '2027-04-04', '10:30']);
  assert.equal(readStay({ text: 'reception 10-17 uur, 12-14 uur', start: 0 }, ref, null).checkInDate, undefined);
});
