/**
 * Somali mails print the English label right after the Somali one with no separator ("Taariikhda Date"),
 * clocks with the part of the day after them ("5:30 galabnimo (5:30 PM)"), Somali month names ("Luulyo"),
 * and stay times after "laga bilaabo" (from) / "ugu dambeyn" (at the latest); a transfer block's rows and its two-language heading. All examples invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { labelKey } from '../../src/understand/text/lexicon.js';
import { somaliClocks } from '../../src/understand/text/somali-clock.js';
import { findDates } from '../../src/understand/normalise/index.js';

test('a Somali label followed by its English one reads as the English label; an English label ending in another is not cut', () => {
  assert.equal(labelKey('Taariikh Date'), 'date');
  assert.equal(labelKey('Hudheelka Hotel'), 'hotel');
  assert.equal(labelKey('Lambarka ballanta Booking ref'), 'booking_reference');
  assert.equal(labelKey('Imaanshaha Check-in'), 'check_in');
  assert.equal(labelKey('Venue contact phone'), null);
});

test('a Somali clock with its part of the day is the 24-hour time, its English rendering taken with it', () => {
  assert.equal(somaliClocks('kadib 5:30 galabnimo (5:30 PM)').replace(/[\u200B ]+$/, ''), 'kadib 17:30');
  assert.match(somaliClocks('ka hor 9:15 subaxnimo'), /^ka hor 09:15\s*$/);
  assert.equal(somaliClocks('USD 140.50 habeenkii'), 'USD 140.50 habeenkii');
  assert.deepEqual(findDates('Arbaco, 9 Luulyo 2027').map((d) => d.value), ['2027-07-09']);
});

const MAIL = [
  'Salaan Deeqa,',
  'Here is the ground plan for Idil and the players — please check it.',
  '',
  'Xafladda / Show: Habeenka Hiddaha 2027',
  'Axad, 11 Luulyo 2027 · Northgate Arts Centre, 48 Mill Road, Cedar Falls, IA 50613',
  '',
  'Gaariga garoonka / Airport pickup',
  '',
  'Taariikh Date\tSabti, 10 Luulyo 2027',
  'Duulimaad Flight\tUnited UA 4127 · Chicago (ORD) → Waterloo (ALO) · soo degid / lands 11:20 subaxnimo (11:20 AM)',
  'Goobta Pickup point\tALO terminal, kerb outside baggage',
  'Wakhtiga Pickup time\t11:50 subaxnimo (11:50 AM)',
  'Meesha la dhigayo Drop-off\tPrairie Gate Hotel',
  'Darawalka Driver\tFaarax Jaamac · +1 319 555 0176',
  'Gaariga Vehicle\tWhite van, 7 seats',
  '',
  'Hudheelka / Hotel',
  '',
  'Hudheelka Hotel\tPrairie Gate Hotel',
  'Ciwaanka Address\t9 Main St, Cedar Falls, IA 50613, USA',
  'Imaanshaha Check-in\tSabti, 10 Luulyo 2027 — laga bilaabo 2:00 galabnimo (2:00 PM)',
  'Bixitaanka Check-out\tIsniin, 12 Luulyo 2027 — ugu dambeyn 11:30 subaxnimo (11:30 AM)',
  'Qolalka Rooms\t2',
  'Lambarka ballanta Booking ref\tPGH-7731',
  '',
  'Nabadgelyo,',
  'Maryan',
].join('\n');

test('a Somali mail\'s hotel rows, show line, flight and transfer are read through their English halves', async () => {
  const { extracted } = await understand([extractPastedText(MAIL)]);
  const g = extracted.general;
  assert.deepEqual([g.eventName, g.date, g.venue, g.city], ['Habeenka Hiddaha 2027', '2027-07-11', 'Northgate Arts Centre', 'Cedar Falls']);
  const h = extracted.hotels[0]!;
  assert.deepEqual([h.name, h.bookingReference, h.checkInDate, h.checkInTime, h.checkOutDate, h.checkOutTime, h.rooms],
    ['Prairie Gate Hotel', 'PGH-7731', '2027-07-10', '14:00', '2027-07-12', '11:30', 2]);
  const f = extracted.flights[0]!;
  assert.deepEqual([f.flightNumber, f.date, f.departureTime, f.arrivalTime], ['UA4127', '2027-07-10', null, '2027-07-10T11:20']);
  const ride = extracted.activities.find((a) => a.kind === 'transfer')!;
  assert.deepEqual([ride.name, ride.startTime, ride.location, ride.destination, ride.notes],
    ['Airport pickup', '11:50', 'ALO terminal, kerb outside baggage', 'Prairie Gate Hotel', 'White van, 7 seats']);
  assert.equal(extracted.contacts.find((c) => c.name === 'Faarax Jaamac')?.role, 'Driver');
});
