/**
 * A holiday-rental platform's reservation e-mail: the listing's title stands above the kind of place, which
 * says who hosts it ("Entire rental unit hosted by …") over the listing's facts; a Dutch address carries its
 * floor after the house number ("…gracht 12-II"); each check-in/checkout word stands beside its date with the
 * hours on the line below; only the booker is named; and a "Your host" card gives the host's name and phone,
 * which is the stay's only line too.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const MAIL = [
  'From: Staynest <no-reply@staynest.example.com>',
  'To: Ola Brekke <ola@brekke.example.no>',
  'Subject: Your reservation in Utrecht is confirmed',
  '',
  'Your reservation is confirmed',
  '',
  'Hi Ola,',
  'Your booking is confirmed. Femke is looking forward to hosting you.',
  '',
  'Sunny Gracht House with Garden - Centrum',
  'Entire rental unit hosted by Femke · Co-hosted by Joost',
  '2 bedrooms · 4 beds · 1 bath',
  '',
  'Check-in\tThu, Apr 8, 2027',
  '                    4:00 PM - 9:00 PM',
  'Checkout\tSat, Apr 10, 2027',
  '                    10:00 AM',
  '',
  'Guests\t4 adults',
  'Confirmation code\tQZ7MT3LK8',
  'Booked by\tOla Brekke',
  '',
  'Address',
  'Oudegracht 212-II',
  '3511 NR Utrecht',
  'Netherlands',
  '',
  'Your host',
  'Femke de Groot · Superhost · hosting since 2019',
  'Phone: +31 6 11223344',
  '',
  'Need help? Call Staynest Support +31 20 000 1111 (24/7).',
].join('\n');

const source = () => ({ ...extractPastedText(MAIL), name: 'reservation.eml', origin: 'file' as const, format: 'eml' as const });

test('a rental listing titled above its "hosted by" line is the stay, with its floor-marked address, hours and booker', async () => {
  const { extracted } = await understand([source()]);
  const [stay] = extracted.hotels;
  assert.equal(extracted.hotels.length, 1);
  assert.deepEqual(
    [stay!.name, stay!.address, stay!.city, stay!.country],
    ['Sunny Gracht House with Garden - Centrum', 'Oudegracht 212-II, 3511 NR Utrecht', 'Utrecht', 'NL'],
  );
  assert.deepEqual(
    [stay!.checkInDate, stay!.checkInTime, stay!.checkOutDate, stay!.checkOutTime, stay!.bookingReference],
    ['2027-04-08', '16:00', '2027-04-10', '10:00', 'QZ7MT3LK8'],
  );
  assert.deepEqual(stay!.guests, ['Ola Brekke']);
  assert.equal(stay!.phone, '+31611223344');
});

test('the host card names the host, whose phone the stay keeps too; the hours under the dates are no items', async () => {
  const { extracted } = await understand([source()]);
  assert.deepEqual(extracted.contacts.map((c) => [c.name, c.role, c.phone]), [['Femke de Groot', 'Host', '+31611223344']]);
  assert.deepEqual(extracted.activities, []);
});
