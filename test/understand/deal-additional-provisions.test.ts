/** A contract's "Additional provisions" row in its fee table: the deal's notes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { extract as deal } from '../../src/understand/sections/deal.js';
import { run } from './sections/travel-fixtures.js';

test('"Additional provisions ⇥ …" under the fee is the deal\'s notes', () => {
  const contract = [
    '2. Fee and payment',
    'Deal\tGBP 3,000 flat guarantee',
    'Payment terms\t50% on signature, balance on the night',
    'Additional provisions\tArtist to supply a signed W-8BEN before payment',
  ].join('\n');
  const [draft] = run(deal, extractPastedText(contract));
  assert.equal(draft?.notes?.value, 'Artist to supply a signed W-8BEN before payment');
});
