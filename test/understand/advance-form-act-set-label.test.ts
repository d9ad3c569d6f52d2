/**
 * A touring act's own advance form asks for its slot under its name ("Marram Lights set time & duration (80
 * minutes) ⇥ 21.30, 80 min"): the answer is the act's set, named by the act, its start the show's set
 * time, and the act (named in the form's title too) is the artist. A slot word before the set label
 * ("Support set time") names no act.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract as activities } from '../../src/understand/sections/activities.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { actBeforeSetLabel } from '../../src/understand/text/index.js';
import { pasted } from './helpers.js';
import { run, show } from './sections/travel-fixtures.js';

const FORM = [
  'MARRAM LIGHTS · Spring Run 2027 · Venue Advance Form',
  '',
  'Show: BERGEN (NO) — Wednesday 12 May 2027',
  '',
  'Schedule',
  'Doors\t19.00',
  'Marram Lights set time & duration (80 minutes)\t21.30, 80 min',
  'Curfew\t23.30',
].join('\n');

test("the act's own slot under its name is its set, and the act is the artist", () => {
  const sets = run(activities, pasted(FORM), show('2027-05-12', 'Bergen', 'NO')).filter((a) => a.kind?.value === 'set');
  assert.deepEqual(sets.map((s) => [s.name?.value, s.startTime?.value]), [['Marram Lights', '21:30']]);
  const [g] = run(general, pasted(FORM));
  assert.deepEqual([g?.artist?.value, g?.setTime?.value], ['Marram Lights', '21:30']);
});

test('the act before a set label, not a slot word or a label of its own', () => {
  assert.equal(actBeforeSetLabel('Marram Lights set time & duration (80 minutes)')?.act, 'Marram Lights');
  assert.equal(actBeforeSetLabel('Set time'), null);
  assert.equal(actBeforeSetLabel('Doors set time'), null);
  assert.equal(actBeforeSetLabel('Headline set (start-end)'), null);
  assert.equal(actBeforeSetLabel('Main Stage set time'), null);
});
