/**
 * An advance form's table whose empty answer cells the text lost: an unanswered question ("Lights (own rig?
 * operator?)") stands alone on its line between answered rows. It neither goes on with the answer above it
 * nor heads the rows below it as the lighting's text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract as technical } from '../../src/understand/sections/technical.js';
import { pasted } from './helpers.js';
import { run, values } from './sections/travel-fixtures.js';

test("an unanswered question row is neither the row above's answer nor a heading over the rows below", () => {
  const form = [
    '4. PRODUCTION',
    'Sound system / monitors\tMartin Audio WPS, Allen & Heath dLive, 8 wedges',
    'Lights (own rig? operator?)',
    'Drum kit provided?\tno, you bring everything?',
    'Crowd barrier?',
    '5. CONTACTS',
  ].join('\n');
  const [draft] = run(technical, pasted(form));
  assert.deepEqual(values(draft ?? {}), { sound: 'Martin Audio WPS, Allen & Heath dLive, 8 wedges' });
});
