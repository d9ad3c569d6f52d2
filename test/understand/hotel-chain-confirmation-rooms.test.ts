/**
 * A hotel chain's confirmation mail: each room under its own heading with its own price lines
 * ("Room 1 total"), which number the rooms rather than count them; and the chain's charges per stay
 * or night ("Pets welcome ($75 fee per stay)") are no artist's fee.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ExtractedSource } from '../../src/interfaces.js';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

const mail = (text: string): ExtractedSource => ({ ...pasted(text), name: 'confirmed.eml', origin: 'file', mimeType: 'message/rfc822', format: 'eml' });

const confirmation = [
  'From: Brightwater Hotels <reservations@brightwater.example.com>',
  'Subject: Your reservation is confirmed (Confirmation #55120934)',
  '',
  'BRIGHTWATER HOTEL DENVER UNION STATION',
  '1820 Wynkoop St, Denver, CO 80202',
  '',
  'CONFIRMATION NUMBER: 55120934',
  'Check-in:\tFriday, June 11, 2027 - 3:00 PM',
  'Check-out: Sunday, June 13, 2027 - 11:00 AM',
  '',
  'ROOM 1 - Room confirmation #55120935',
  'King Room, Non-Smoking',
  'Guest: Tomas Reyes | 1 adult',
  '  Room subtotal\t$398.00',
  '  Room 1 total\t$461.20',
  '',
  'ROOM 2 - Room confirmation #55120936',
  'Two Queen Beds',
  'Guests: Ana Flores, June Park | 2 adults',
  '  Room subtotal\t$438.00',
  '  Room 2 total\t$507.50',
  '',
  'ROOM 3 - Room confirmation #55120937',
  'King Room, Non-Smoking',
  'Guest: Ola Berg | 1 adult',
  '  Room subtotal\t$398.00',
  '  Room 3 total\t$461.20',
  '',
  'Valet parking $55 per night. Pets up to 40 lbs welcome ($90 fee per stay).',
].join('\n');

test('a room\'s own total line numbers that room: the highest room heading counts the rooms', async () => {
  const x = (await understand([mail(confirmation)])).extracted;
  assert.equal(x.hotels.length, 1);
  assert.equal(x.hotels[0]?.rooms, 3);
});

test('a hotel\'s fee per stay or night is no artist\'s fee', async () => {
  const x = (await understand([mail(confirmation)])).extracted;
  assert.equal(x.deal.fee, null);
  assert.equal(x.deal.currency, null);
});

test('a fee written per show is still the artist\'s', async () => {
  const x = (await understand([pasted('Deal: two nights at the club, USD 2,500 fee per show, paid on the night.')])).extracted;
  assert.equal(x.deal.fee, 2500);
});
