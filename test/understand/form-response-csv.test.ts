/** A form's responses export with a single response: read as question → answer pairs. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFile } from '../../src/extract/index.js';
import { isFormResponse } from '../../src/extract/formats/csv.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { extract as technical } from '../../src/understand/sections/technical.js';
import { extract as contacts } from '../../src/understand/sections/contacts.js';
import { findLabelled } from '../../src/understand/text/labels.js';
import { pasted } from './helpers.js';
import { run, values } from './sections/travel-fixtures.js';

const CSV = [
  '"Timestamp","Artist (exactly as printed on the poster)","Your slot at the weekender (day, stage, time)","Name of your tour manager + mobile","Backline you need from the house pool (we have one kit)","Anything else technical? (own desks, IEMs, playback)","Dietary requirements"',
  '"03/02/2031 08:15:30","Velvet Orchard","Friday 14 Mar - Tent Stage - 20:10-21:00 (50 min)","Pia Marsh, pia@orchard.example.org","Just the kit please, we bring amps.","We bring our own desk and IEM rack.","none"',
].join('\r\n');

async function source() {
  return extractFile({ bytes: Buffer.from(CSV), name: 'Weekender advance (Responses).csv' });
}

test('a one-response form export is laid out as question → answer blocks', async () => {
  const s = await source();
  assert.equal(s.metadata['layout'], 'form-response');
  assert.match(s.text, /^Timestamp: 03\/02\/2031 08:15:30$/m);
  assert.match(s.text, /^Your slot at the weekender \(day, stage, time\):\nFriday 14 Mar/m);
  // A contact sheet (many rows) stays rows.
  assert.equal(isFormResponse([['Name', 'Phone'], ['A', '1'], ['B', '2']]), false);
});

test('the form\'s questions give the act, the set and the technical answers', async () => {
  const s = await source();
  const g = values(run(general, s)[0]!);
  assert.equal(g['artist'], 'Velvet Orchard');
  assert.equal(g['date'], '2031-03-14');
  assert.equal(g['setTime'], '20:10');
  assert.equal(g['setLengthMinutes'], 50);
  const t = values(run(technical, s)[0]!);
  assert.equal(t['backline'], 'Just the kit please, we bring amps.');
  assert.equal(t['equipment'], 'We bring our own desk and IEM rack.');
  assert.equal(t['stage'], undefined);
  const people = run(contacts, s).map(values);
  assert.ok(people.some((p) => p['name'] === 'Pia Marsh' && p['email'] === 'pia@orchard.example.org'));
});

test('a long prompt closed by a colon is a question over its answer; a short label stays the label reader\'s', () => {
  const s = pasted('Artist (exactly as printed on the poster):\nVelvet Orchard\n\nBackline you need from the house pool:\nOnly the kit\n\nDietary requirements of your party:\nnone\n');
  const found = findLabelled(s);
  assert.equal(found.find((l) => l.key === 'artist')?.value, 'Velvet Orchard');
});
