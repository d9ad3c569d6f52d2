/**
 * A US address written without the comma before the state ("12 Pine St, Tulsa OK 74103", as a chat
 * types it) is read whole: the hotel's city and country follow from its state and ZIP code.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from '../../src/understand/index.js';
import { addresses } from '../../src/understand/sections/travel/phrases.js';
import { pasted } from './helpers.js';

test('"12 Pine St, Tulsa OK 74103" is one address with its ZIP code', () => {
  assert.deepEqual(addresses('Hotel: 12 Pine St, Tulsa OK 74103 for two nights').map((a) => a.value), ['12 Pine St, Tulsa OK 74103']);
});

test('a hotel booked at such an address lies in that city, in the US', async () => {
  const text = 'Booked 3 rooms at the Hotel Lark, 12 Pine St, Tulsa OK 74103 for Fri 5/21/27, out Sat 5/22/27. Conf #HL-20931';
  const { hotels } = (await understand([pasted(text)])).extracted;
  assert.equal(hotels[0]?.city, 'Tulsa');
  assert.equal(hotels[0]?.country, 'US');
});
