/**
 * A booking site's confirmation for a group: its LodgingReservation markup is made out to the person who
 * booked ("underName"), while the visible text lists the guests room by room and names that person only
 * as who booked ("Gebucht von: …"). The booker is no guest; a holder the text lists under a room stays one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

const mail = (text: string, holder: string): ExtractedSource => ({
  ...pasted(text), name: 'buchung.eml', origin: 'file', mimeType: 'message/rfc822', format: 'eml',
  html: `<html><head><script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org', '@type': 'LodgingReservation', reservationNumber: 'ZB-1200-3344',
    underName: { '@type': 'Person', name: holder },
    reservationFor: { '@type': 'LodgingBusiness', name: 'Hotel Eichenhof',
      address: { '@type': 'PostalAddress', streetAddress: 'Lindenweg 3', addressLocality: 'Kassel', postalCode: '34117', addressCountry: 'DE' } },
    checkinTime: '2028-05-04T15:00:00+02:00', checkoutTime: '2028-05-05T11:00:00+02:00', numRooms: 2,
  })}</script></head><body></body></html>`,
});

const text = (bookedBy: string) => [
  'Ihre Buchung ist bestätigt!',
  '',
  'Buchungsnummer: ZB-1200-3344',
  `Gebucht von: ${bookedBy} (t.brandt@agentur.example.de)`,
  '',
  'Hotel Eichenhof',
  'Lindenweg 3, 34117 Kassel, Deutschland',
  '',
  'Anreise: Do, 04.05.2028 ab 15:00',
  'Abreise: Fr, 05.05.2028 bis 11:00',
  '',
  'Zimmer 1 – Doppelzimmer',
  'Gäste: Lena Voss, Jan Mertens',
  'Zimmer 2 – Einzelzimmer',
  'Gäste: Ole Haag',
  '',
].join('\n');

test('the markup\'s holder the text names only as who booked is no guest of the rooms', async () => {
  const { extracted } = await understand([mail(text('Tobias Brandt'), 'Tobias Brandt')]);
  assert.deepEqual(extracted.hotels[0]?.guests, ['Lena Voss', 'Jan Mertens', 'Ole Haag']);
});

test('a holder the text lists under a room stays a guest', async () => {
  const { extracted } = await understand([mail(text('Lena Voss'), 'Lena Voss')]);
  assert.ok(extracted.hotels[0]?.guests.includes('Lena Voss'));
});
