/**
 * A hotel's terms page heading its board's paragraph with the board's word alone ("Breakfast" over
 * "Breakfast served in the garden room, …"): the sentence under the heading is the stay's remark.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

test('the sentence under a lone board heading is the hotel notes, not the heading', async () => {
  const text = [
    'HOTEL LINDENGARTEN',
    'Booking reference: LG-20417',
    'Arrival: Friday 8 October 2027',
    'Departure: Sunday 10 October 2027',
    'Rooms: 4',
    '',
    'Terms',
    'Rates include VAT.',
    'Breakfast',
    'Breakfast served in the garden room for all guests, 07:00-10:00.',
    'Payment',
    'Room charges by bank transfer before arrival.',
  ].join('\n');
  const { extracted } = await understand([pasted(text)]);
  assert.equal(extracted.hotels.length, 1);
  assert.equal(extracted.hotels[0]!.notes, 'Breakfast served in the garden room for all guests, 07:00-10:00.');
});
