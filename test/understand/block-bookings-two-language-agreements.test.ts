/**
 * A hotel's block booking forwarded with the promoter's note on the show day, and a
 * two-language performance agreement. The clock's "hrs" after a time, a date's own weekday written under
 * it, a van sent along a route, guest and remarks labels after words in another script, titled guests
 * sharing a cell, an Indian state and PIN code, a numbered road, and a schedule's details cell holding a
 * limit's firmness or a remark after an em dash.
 */
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { ExtractedSource } from '../../src/interfaces.js';
import { closeExtractor } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

after(closeExtractor);

const mail = (text: string, sent: string, html: string | null = null): ExtractedSource => ({
  ...pasted(text), name: 'fwd-booking.eml', origin: 'file', mimeType: 'message/rfc822', format: 'eml', html,
  metadata: { from: 'Mira Dal <mira@tidepool.example>', to: ['Theo Rusk <theo@band.example>'], date: sent, subject: 'Fwd: Hotel rooms confirmed LT/88/031' },
});

const lodging = `<html><head><script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org', '@type': 'LodgingReservation', reservationNumber: 'LT/88/031',
  underName: { '@type': 'Person', name: 'Theo Rusk' },
  reservationFor: { '@type': 'LodgingBusiness', name: 'Lantern Court Mysuru', telephone: '+91 821 400 1122',
    address: { '@type': 'PostalAddress', streetAddress: 'Sayyaji Rao Road', addressLocality: 'Mysuru', addressCountry: 'IN' } },
  checkinTime: '2028-03-09T13:00:00+05:30', checkoutTime: '2028-03-11T11:00:00+05:30', numRooms: 2,
})}</script></head><body></body></html>`;

const NOTE = [
  'Hi Theo,',
  'Passing on the Lantern Court confirmation below.',
  'Show day is Friday 10 Mar. Doors 6 pm, you\'re on at 7:30 for 60 mins. We send the car at 5 pm, hotel to club (a 20 min ride).',
  'Mira',
  '',
  'LANTERN COURT',
  'Your rooms are held as listed below.',
  'Group Booking No.',
  'LT/88/031',
  'Arrival',
  '09-03-2028',
  'Thursday',
  'Check-in from',
  '13:00 hrs',
  'Departure',
  '11-03-2028',
  'Saturday',
  'Check-out by',
  '11:00 noon',
  '',
  '#\tಕೊಠಡಿ Room Type\tಅತಿಥಿ Guest Name(s)\tRoom Conf.\tRate',
  '1\tDeluxe King\tMr. Theo Rusk\tLT-5501\t5,200.00',
  '2\tTwin\tMs. Ada Varn Mr. Linus Pell\tLT-5502\t4,600.00',
  'Total (2 nights)\t\t\t\t19,600.00',
  '',
  'ಟಿಪ್ಪಣಿ Remarks\tLate check-out until 13:00 granted.',
].join('\n');

test("a time with the clock's word alone is a value under its label, no item; the date's own weekday is no second day", async () => {
  const { extracted } = await understand([mail(NOTE, '2028-02-20T09:00:00.000Z', lodging)]);
  assert.equal(extracted.general.date, '2028-03-10');
  const names = extracted.activities.map((a) => a.name);
  assert.ok(!names.includes('hrs') && !names.includes('noon'), names.join(', '));
  assert.ok(extracted.activities.every((a) => a.date === '2028-03-10'));
});

test('a vehicle sent at a time along a route is a ride named by the vehicle, its aside no part of where it goes', async () => {
  const { extracted } = await understand([mail(NOTE, '2028-02-20T09:00:00.000Z', lodging)]);
  const ride = extracted.activities.find((a) => a.kind === 'transfer');
  assert.deepEqual([ride?.name, ride?.startTime, ride?.location, ride?.destination], ['Car', '17:00', 'hotel', 'club']);
});

test("a one-stay markup takes every titled guest of the rooms table and the remarks row, labels glossed after another script's words", async () => {
  const { extracted } = await understand([mail(NOTE, '2028-02-20T09:00:00.000Z', lodging)]);
  const [stay] = extracted.hotels;
  assert.deepEqual(stay?.guests, ['Theo Rusk', 'Ada Varn', 'Linus Pell']);
  assert.equal(stay?.notes, 'Late check-out until 13:00 granted.');
  assert.equal(stay?.checkInTime, '13:00');
});

test('an Indian address: the city before the state and PIN code; a road named by its number keeps its "No."', async () => {
  const text = [
    'PERFORMANCE AGREEMENT',
    '',
    'Kite Live Pvt. Ltd. (the "Promoter") and Brass Lane Music Ltd, on behalf of MARSH OWLS (the "Artist"), agree as follows.',
    '',
    'The Artist will play a single show on Sunday, 14 May 2028 at Lotus Garden Arena, Plot 9, Road No. 12, Gachibowli, Pune, Maharashtra 411045, India.',
    '',
    'Doors 18:30, headline set 20:00.',
    '',
    'The Promoter books three (3) twin rooms with Hotel Teakwood, Road No. 4, Koregaon Park, Pune 411001 (Tel. +91 20 4455 6677), check-in 13 May 2028 after 14:00, check-out 15 May 2028 by 11:00.',
  ].join('\n');
  const { extracted } = await understand([{ ...pasted(text), name: 'agreement.docx', origin: 'file' }]);
  assert.equal(extracted.general.address, 'Plot 9, Road No. 12, Gachibowli, Pune, Maharashtra 411045, India');
  assert.equal(extracted.general.city, 'Pune');
  assert.equal(extracted.general.country, 'IN');
  assert.equal(extracted.hotels[0]?.address, 'Road No. 4, Koregaon Park, Pune 411001');
});

test("a schedule's details cell: a limit's firmness is its remark; a place's remark after an em dash is the item's note", async () => {
  const text = [
    'Time\tItem\tDetails',
    '15:00\tLoad-in\tSide dock — 2 runners provided',
    '19:00\tDoors',
    '23:00\tCurfew\tHard stop per council licence',
  ].join('\n');
  const { extracted } = await understand([pasted(text)]);
  const load = extracted.activities.find((a) => a.kind === 'load_in');
  assert.deepEqual([load?.location, load?.notes], ['Side dock', '2 runners provided']);
  const curfew = extracted.activities.find((a) => a.kind === 'curfew');
  assert.deepEqual([curfew?.location, curfew?.notes], [null, 'Hard stop per council licence']);
});
