/**
 * A form's label saying what its answer should include: "Full address including zip code" is the address,
 * "Stage size (w x d) & height" the stage; a label joined with a word of another meaning stays unknown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract as general } from '../../src/understand/sections/general.js';
import { extract as technical } from '../../src/understand/sections/technical.js';
import { labelKey } from '../../src/understand/text/index.js';
import { pasted } from './helpers.js';
import { run } from './sections/travel-fixtures.js';

const FORM = [
  'Show: TROMSØ (NO) — Friday 4 June 2027',
  '',
  '1. VENUE',
  'Venue name\tKulturhuset Nordlys',
  'Full address including zip code\tStorgata 61, 9008 Tromsø',
  '2. PRODUCTION',
  'Stage size (w x d) & height\t8 x 6 m, 0,8 m high',
  'Sound\tMartin Audio, 6 wedges',
].join('\n');

test('"Full address including zip code" labels the show\'s address', () => {
  const [g] = run(general, pasted(FORM));
  assert.equal(g?.address?.value, 'Storgata 61, 9008 Tromsø');
});

test('"Stage size (w x d) & height" labels the stage', () => {
  const [t] = run(technical, pasted(FORM));
  assert.equal(t?.stage?.value, '8 x 6 m, 0,8 m high');
});

test('only what the value includes is passed over, not another item joined to the label', () => {
  assert.equal(labelKey('Fee incl. VAT'), 'fee');
  assert.equal(labelKey('Stage size and height'), 'stage');
  assert.equal(labelKey('Load-in and soundcheck'), null);
});
