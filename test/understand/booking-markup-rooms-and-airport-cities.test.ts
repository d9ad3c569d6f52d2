/**
 * Booking mails' markup: a booking site writes one LodgingReservation per room under one booking number
 * (rooms described apart add up; the same room repeated per guest counts once), and an airline's flight
 * names its airports by code alone (the city is the reference data's, one name of it when it gives two).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ExtractedSource } from '../../src/interfaces.js';
import { schemaOrgReservations } from '../../src/understand/schema-org/index.js';
import { pasted } from './helpers.js';

const stay = (guest: string, unit: string | null) => ({
  '@context': 'https://schema.org', '@type': 'LodgingReservation', reservationNumber: '7720 114 905',
  underName: { '@type': 'Person', name: guest },
  reservationFor: { '@type': 'LodgingBusiness', name: 'Hotel Vesterport', address: { '@type': 'PostalAddress', streetAddress: 'Kaigade 4', addressLocality: 'Aarhus', addressCountry: 'DK' } },
  checkinTime: '2027-11-04T15:00:00+01:00', checkoutTime: '2027-11-05T11:00:00+01:00', numRooms: 1,
  ...(unit ? { lodgingUnitDescription: unit } : {}),
});

const mail = (nodes: object[], text = 'Your stay is confirmed'): ExtractedSource => ({
  ...pasted(text), name: 'stay.eml', origin: 'file', mimeType: 'message/rfc822', format: 'eml',
  html: `<html><head><script type="application/ld+json">${JSON.stringify(nodes)}</script></head><body></body></html>`,
});

test('reservations for rooms described apart under one booking add their rooms up', () => {
  const { hotels } = schemaOrgReservations(mail([stay('Ida Holm', 'Double Room'), stay('Nils Berg', 'Twin Room')]));
  assert.equal(hotels.length, 1);
  assert.equal(hotels[0]?.rooms?.value, 2);
  assert.deepEqual(hotels[0]?.guests?.map((g) => g.value), ['Ida Holm', 'Nils Berg']);
});

test('one room repeated per guest, or rooms not described, count once', () => {
  assert.equal(schemaOrgReservations(mail([stay('Ida Holm', 'Double Room'), stay('Nils Berg', 'Double Room')])).hotels[0]?.rooms?.value, 1);
  assert.equal(schemaOrgReservations(mail([stay('Ida Holm', null), stay('Nils Berg', null)])).hotels[0]?.rooms?.value, 1);
});

test('an airport the reference data places under two names is given the one the mail writes, else the first', () => {
  const flight = {
    '@context': 'https://schema.org', '@type': 'FlightReservation', reservationNumber: 'QX7TTA',
    underName: { '@type': 'Person', name: 'Ida Holm' },
    reservationFor: { '@type': 'Flight', flightNumber: '437', airline: { '@type': 'Airline', name: 'Finnair', iataCode: 'AY' },
      departureAirport: { '@type': 'Airport', iataCode: 'OUL' }, departureTime: '2027-11-03T09:00:00+02:00',
      arrivalAirport: { '@type': 'Airport', iataCode: 'HEL' }, arrivalTime: '2027-11-03T10:00:00+02:00' },
  };
  const written = schemaOrgReservations(mail([flight], '09:00 Oulunsalo (OUL) → 10:00 Helsinki (HEL)')).flights[0];
  assert.equal(written?.fromCity?.value, 'Oulunsalo');
  assert.equal(written?.toCity?.value, 'Helsinki');
  const unwritten = schemaOrgReservations(mail([flight], 'Your flight is confirmed')).flights[0];
  assert.equal(unwritten?.fromCity?.value, 'Oulu');
});
