/**
 * A desktop messenger's year-less day dividers (Filipino too) dating its messages,
 * its own lines blanked, Filipino month and weekday words, the peso sign, and a chat's full written
 * date not outvoted by its weekday words.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { findDates, normaliseMoney } from '../../src/understand/normalise/index.js';
import { mask } from '../../src/understand/text/mask.js';

const chat = [
  'Lantern Fields x Bayside Live',
  'Group · 4 members',
  '',
  'Huw, Set 2',
  '',
  'Mara Santos  10:02 AM',
  'Poster is up: Biyernes, 17 Setyembre 2027 at Kalayaan Room. Doors 8PM',
  '',
  'Theo Brand  10:15 AM',
  'Great! We land Thursday night.',
  '[Photo]',
  '❤️ 2',
  '',
  'Lun, Set 13',
  '',
  'Mara Santos  9:40 AM',
  'Bukas pala yung site visit. Thursday kayo darating?',
  '',
  'Theo Brand  9:55 AM',
  'Yes, we land Thursday',
  'Seen by 3',
].join('\n');

test('a messenger\'s Filipino day dividers date the messages under them', () => {
  const masked = mask(chat, false);
  assert.equal(masked.turns.length, 4);
  assert.deepEqual(masked.turns.map((t) => t.date?.toISOString().slice(0, 10)), ['2027-09-02', '2027-09-02', '2027-09-13', '2027-09-13']);
  assert.doesNotMatch(masked.text, /Lun, Set 13|\[Photo\]|Seen by 3|Group · 4/u);
});

test('Filipino full month names are months', () => {
  assert.equal(findDates('Sabado, 4 Disyembre 2027')[0]?.value, '2027-12-04');
});

test('the peso sign names the Philippine peso', () => {
  assert.deepEqual(normaliseMoney('fee is ₱120,000 flat'), { amount: 120000, currency: 'PHP' });
});

test("a chat's full written date names the show over its weekday words", async () => {
  const { general } = (await understand([extractPastedText(chat)])).extracted;
  assert.equal(general.date, '2027-09-17');
});
