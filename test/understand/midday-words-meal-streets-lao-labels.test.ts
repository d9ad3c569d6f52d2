/**
 * One hour rule for every day-part clock (a "morning 12" is just past noon in each script, a
 * midday word covers the late morning, a Burmese morning range may end past noon); a meal table's place is a
 * restaurant only when it is a street with its number, not "Terminal 1"; Lao labels fold apart; the Gujarati
 * "vaar" is no label.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { findTimes } from '../../src/understand/normalise/time.js';
import { latinDigits } from '../../src/understand/text/native-digits.js';
import { foldLabel, labelKey } from '../../src/understand/text/index.js';
import { LAO_LABELS } from '../../src/understand/text/lexicon-lo.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;
const squeezed = (text: string) => text.replace(/[ \u200B]+/g, ' ').trim();
const times = (text: string) => findTimes(text).map((t) => t.value);

test('a morning 12 is just past noon in Gujarati, Burmese and Devanagari alike', () => {
  assert.deepEqual(times('savare 12:40'), ['12:40']);
  assert.equal(squeezed(latinDigits('မနက် ၁၂ နာရီခွဲ')), '12:30');
  assert.equal(squeezed(latinDigits('बिहान १२:२०')), '12:20');
  // The night's 12 stays midnight in each.
  assert.deepEqual(times('raatre 12:15'), ['00:15']);
  assert.equal(squeezed(latinDigits('ည ၁၂ နာရီ')), '00:00');
});

test('a midday word covers the late morning; a Burmese afternoon word is after noon', () => {
  assert.deepEqual(times('bapore 11:10'), ['11:10']);
  assert.deepEqual(times('bapore 1:10'), ['13:10']);
  assert.equal(squeezed(latinDigits('နေ့လည် ၁၁ နာရီ')), '11:00');
  assert.equal(squeezed(latinDigits('दिउँसो ११ बजे')), '11:00');
  assert.equal(squeezed(latinDigits('ਦੁਪਹਿਰ ੩ ਵਜੇ')), '15:00');
  assert.equal(squeezed(latinDigits('မွန်းလွဲ ၄ နာရီ ၂၀ မိနစ်')), '16:20');
});

test('a Burmese morning range without a second word may end past noon, as the other scripts\' do', () => {
  assert.equal(squeezed(latinDigits('မနက် ၁၁ နာရီ – ၁ နာရီခွဲ')), '11:00 - 13:30');
  assert.deepEqual(times('savare 11:20 – 12:50'), ['11:20', '12:50']);
});

test('a meal table: a terminal or a hall is no street, so its meal is no restaurant; a street with its number is', async () => {
  const { food } = await extracted([
    'CATERING',
    'Date\tTime\tProvider\tWhere\tPax\tRef\tNotes',
    '2029-03-08\t11:45\tHarbour Deli Co\tTerminal 1, Arrivals\t5\t\tcrew lunch before the drive',
    '2029-03-08\t19:15\tOsteria Fenwick\tHafenstraße 12, Kiel\t7\tOF-318\tband dinner, table on the terrace',
  ].join('\n'));
  const byName = new Map(food.map((f) => [f.name, f]));
  assert.notEqual(byName.get('Harbour Deli Co')?.kind, 'restaurant');
  assert.equal(byName.get('Harbour Deli Co')?.city ?? null, null);
  assert.equal(byName.get('Osteria Fenwick')?.kind, 'restaurant');
  assert.equal(byName.get('Osteria Fenwick')?.city, 'Kiel');
});

test('no two Lao labels of different keys fold alike, and each keeps its own key', () => {
  const keyOf = new Map<string, string>();
  for (const [key, labels] of Object.entries(LAO_LABELS)) {
    for (const label of labels ?? []) {
      const folded = foldLabel(label);
      assert.equal(keyOf.get(folded) ?? key, key, `${label} folds as another key's label`);
      keyOf.set(folded, key);
      assert.equal(labelKey(label), key, label);
    }
  }
  assert.equal(labelKey('ຫມາຍເຫດ'), labelKey('ໝາຍເຫດ'));
});

test('the Gujarati "vaar" is no label (a Dutch word too); "Kyathi → Kya" still heads a route', () => {
  assert.equal(labelKey('vaar'), null);
  assert.equal(labelKey('kyathi'), 'from');
  assert.equal(labelKey('kya'), 'to');
});
