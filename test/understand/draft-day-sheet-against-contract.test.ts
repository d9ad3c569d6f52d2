import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { isMarkedDraft } from '../../src/understand/merge/draft-documents.js';
import { pasted } from './helpers.js';

const named = (text: string, name: string) => ({ ...pasted(text), name, origin: 'file' as const });

test('a title marks a draft by the word beside a version or in brackets, not by the word in prose', () => {
  assert.equal(isMarkedDraft({ text: 'HALLE NORD – RUNNING ORDER (v2 draft)\nDate\t3 March 2028' }), true);
  assert.equal(isMarkedDraft({ text: 'Tagesablauf Entwurf v1\nDatum 3.3.2028' }), true);
  assert.equal(isMarkedDraft({ text: 'Day sheet (DRAFT)\nDoors 19:00' }), true);
  assert.equal(isMarkedDraft({ text: 'Contract\nVersion: final, supersedes the draft of 2 February 2028' }), false);
  assert.equal(isMarkedDraft({ text: 'Hi all,\nhere is the day sheet.\nDoors 19:00\nI will send the draft of the rider (v2) later' }), false);
});

test('the signed paper\'s set time stands over a draft day sheet\'s, and the sheet\'s set item moves to it', async () => {
  const contract = named([
    'Engagement Contract',
    'Artist\tCinder Moth',
    'Venue\tHalle Nord, Ringstraße 4, 4020 Linz',
    'Date of performance\tSaturday 4 March 2028',
    'Doors\t19:00',
    'Performance\t20:45, one set of 80 minutes',
  ].join('\n'), 'contract.txt');
  const sheet = named([
    'HALLE NORD – DAY SHEET (v1 draft)',
    'Artist\tCinder Moth + Glass Orchard',
    'Date\t04-03-2028',
    'Time\tWhat\tWhere',
    '19:00\tDoors\tFoyer',
    '21:00\tCinder Moth\tBig hall',
  ].join('\n'), 'daysheet.txt');
  const { extracted: x } = await understand([contract, sheet]);
  assert.equal(x.general.artist, 'Cinder Moth');
  assert.equal(x.general.setTime, '20:45');
  const sets = x.activities.filter((a) => a.kind === 'set');
  // The draft's row keeps its stage and the act's name, at the agreed time.
  assert.deepEqual(sets.map((a) => [a.name, a.startTime, a.location]), [['Cinder Moth', '20:45', 'Big hall']]);
  assert.ok(x.warnings.some((w) => w.code === 'conflict' && /setTime/.test(w.message)));
});
