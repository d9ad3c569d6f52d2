/**
 * A city the airport data spells another way is still known by its usual name (reference/city-names.ts):
 * an address in Enugu is placed in Nigeria. All examples invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { run, values } from './sections/travel-fixtures.js';

test('a venue address in Enugu is placed in Nigeria', () => {
  const text = [
    'Date: 19 September 2027',
    'Venue: Coal Camp Theatre',
    'Venue address: 27 Zik Avenue, Enugu',
  ].join('\n');
  const [g] = run(general, extractPastedText(text)).map(values);
  assert.equal(g!['country'], 'NG');
});
