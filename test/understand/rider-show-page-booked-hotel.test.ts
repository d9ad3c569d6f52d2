/**
 * A rider written for one show: its show page's hotel block headed as booked is a stay (its asked rooms
 * stay asks), a "Phone / e-mail" row gives the hotel's number and address, and a numbered section set
 * in capitals without the number's dot ("2 POWER & CREW") runs over its paragraphs.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const rider = (hotelHeading: string) => [
  'THE SALT ORCHARD',
  'Technical & Hospitality Rider 2028 — SHOW SHEET',
  '',
  'SHOW',
  'Date\tSaturday 12 February 2028',
  'Venue\tKulturhaus Birkenhain',
  'Address\tLindenweg 3, 04109 Leipzig',
  '',
  hotelHeading,
  'Hotel\tHotel Am Mühlgraben',
  'Address\tMühlgasse 17, 04109 Leipzig',
  'Phone / e-mail\t+49 341 555 1270 · empfang@muehlgraben.example.de',
  'Check-in\t12.02.2028 from 15:00',
  'Check-out\t13.02.2028 until 11:00',
  'Rooms\t3 (1 x twin, 2 x single)',
  'Booking ref.\tMG-28-0212',
  '',
  '1 STAGE',
  'Minimum stage 6 m x 4 m, level and dry.',
  '',
  '2 POWER & LOCAL CREW',
  'Power: 1 x 16 A CEE for backline, stage left.',
  '',
  'Local crew: 2 stagehands for load-in and load-out.',
  '',
  '3 AUDIO',
  'PA: a 3-way system covering the whole room.',
  '',
  '8 HOSPITALITY',
  'Hotel: 4 rooms (2 twin, 2 single) within 10 minutes of the venue, breakfast included.',
  'Hot meal: a hot dinner for 5 at 18:00.',
].join('\n');

test("a rider's show-page hotel headed as booked is the stay, with its phone and e-mail row", async () => {
  const { hotels } = (await understand([extractPastedText(rider('HOTEL (booked and paid by the venue)'))])).extracted;
  assert.equal(hotels.length, 1, JSON.stringify(hotels));
  const [hotel] = hotels;
  assert.equal(hotel!.name, 'Hotel Am Mühlgraben');
  assert.equal(hotel!.checkInDate, '2028-02-12');
  assert.equal(hotel!.checkOutTime, '11:00');
  assert.equal(hotel!.rooms, 3);
  assert.equal(hotel!.bookingReference, 'MG-28-0212');
  assert.equal(hotel!.phone, '+493415551270');
  assert.equal(hotel!.email, 'empfang@muehlgraben.example.de');
});

test("a rider's hotel heading that asks for a booking books nothing", async () => {
  const { hotels } = (await understand([extractPastedText(rider('HOTEL (must be booked by the promoter)'))])).extracted;
  assert.deepEqual(hotels, []);
});

test('a capitals section heading without the number\'s dot runs over its paragraphs', async () => {
  const { technical } = (await understand([extractPastedText(rider('HOTEL (booked and paid by the venue)'))])).extracted;
  assert.equal(technical.other, 'Power: 1 x 16 A CEE for backline, stage left. Local crew: 2 stagehands for load-in and load-out.');
});
