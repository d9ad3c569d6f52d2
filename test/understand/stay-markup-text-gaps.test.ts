/**
 * A booking e-mail's partial LodgingReservation markup: the visible text fills what the markup leaves
 * out (guests, rooms, notes, phone) and the hotel's own labelled confirmation number is the stay's
 * reference; what the markup states otherwise stays.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { pasted } from './helpers.js';
import { run, values } from './sections/travel-fixtures.js';

const asMail = (text: string, html: string): ExtractedSource => ({ ...pasted(text), name: 'trip.eml', origin: 'file', mimeType: 'message/rfc822', format: 'eml', html });

const lodging = (extra: Record<string, unknown>) => `<html><head><script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org', '@type': 'LodgingReservation', reservationNumber: 'TRIP-55120934',
  underName: { '@type': 'Person', name: 'Oona Vikström' },
  reservationFor: { '@type': 'LodgingBusiness', name: 'Harbour Lantern Hotel', telephone: '{{hotel.phone}}',
    address: { '@type': 'PostalAddress', streetAddress: 'Quay Road 7', addressLocality: 'Gdańsk', addressCountry: 'PL' } },
  checkinTime: '2027-05-14T15:00:00+02:00', checkoutTime: '2027-05-16T11:00:00+02:00', ...extra,
})}</script></head><body></body></html>`;

const PAGE = [
  'Your trip is booked',
  'Trip number: TRIP-55120934',
  '',
  'Harbour Lantern Hotel',
  'Quay Road 7, Gdańsk, Poland · +48 58 301 22 44',
  '',
  'Check-in\tFri, May 14, 2027 (from 3:00pm)',
  'Check-out\tSun, May 16, 2027 (until 11:00am)',
  'Room\t2 rooms · Standard Twin',
  'Guests\tOona Vikström, Tarek Aalto',
  'Hotel confirmation #\tHL-40772',
  '',
  'Breakfast included.',
  '',
  'Questions? Call our support line.',
].join('\n');

test("the text fills the stay's guests, rooms, phone and notes the markup lacks; the hotel's own number wins", () => {
  const [stay, more] = run(hotels, asMail(PAGE, lodging({})));
  assert.equal(more, undefined);
  const v = values(stay!);
  assert.deepEqual(v['guests'], ['Oona Vikström', 'Tarek Aalto']);
  assert.equal(v['rooms'], 2);
  assert.equal(v['phone'], '+48583012244');
  assert.equal(v['notes'], 'Breakfast included.');
  assert.equal(v['bookingReference'], 'HL-40772');
  assert.equal(v['checkInDate'], '2027-05-14');
});

test("what the markup states is kept: its rooms over the text's, its reference over an unlabelled one", () => {
  const text = PAGE.replace('Hotel confirmation #\tHL-40772', 'Booking number\tHL-40772');
  const [stay] = run(hotels, asMail(text, lodging({ numRooms: 3 })));
  const v = values(stay!);
  assert.equal(v['rooms'], 3);
  assert.equal(v['bookingReference'], 'TRIP-55120934');
});

test("a text stay under another hotel's name on the markup's very nights fills its gaps; on other nights it does not", () => {
  const offer = PAGE.replace('Harbour Lantern Hotel\n', 'You might also like: Hotel Dune Park\n');
  assert.deepEqual(values(run(hotels, asMail(offer, lodging({})))[0]!)['guests'], ['Oona Vikström', 'Tarek Aalto']);
  const otherNights = offer.replace('May 16', 'May 18');
  assert.deepEqual(values(run(hotels, asMail(otherNights, lodging({})))[0]!)['guests'], ['Oona Vikström']);
});

test("a short remark on a line of its own right below a text-only stay is its notes; one further down is not", () => {
  const stay = 'Hotel: Harbour Lantern Hotel\nCheck-in: 14 May 2027\nCheck-out: 16 May 2027\nRooms: 2\n';
  assert.equal(values(run(hotels, pasted(`${stay}\nFree parking for the van.\n`))[0]!)['notes'], 'Free parking for the van.');
  const far = `${stay}\nPlease send the rooming list.\nSee you soon.\nFree parking for the van.\n`;
  assert.equal(values(run(hotels, pasted(far))[0]!)['notes'], undefined);
});
