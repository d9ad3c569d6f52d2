/**
 * A form's second timed pair beside the first on one line (tab or wide gap).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('a second timed pair after a tab on the same line is an item of its own', async () => {
  const x = await extracted(['Event date: Saturday 4 March 2028', 'Load-in: 11:00\tLine check: 16:40-17:10', 'Doors: 18:45\tCurfew: 22:30'].join('\n'));
  assert.equal(x.general.curfewTime, '22:30');
  const kinds = x.activities.map((a) => [a.kind, a.startTime]);
  assert.deepEqual(kinds.find(([k]) => k === 'curfew'), ['curfew', '22:30']);
  assert.ok(kinds.some(([k, t]) => k === 'soundcheck' && t === '16:40'), JSON.stringify(kinds));
});

test('a second timed pair after a wide gap is read too', async () => {
  const x = await extracted(['Event date: Saturday 4 March 2028', 'Doors: 18:45     Curfew: 22:30'].join('\n'));
  assert.equal(x.general.curfewTime, '22:30');
  assert.equal(x.general.doorsTime, '18:45');
});

test("a wide table's header row gives no label pairs from its side-by-side headings", async () => {
  const { findLabelled } = await import('../../src/understand/text/labels.js');
  const text = [
    'Day\tDate\tStage\tRef\tAct\tCategory\tLoad-in\tSoundcheck\tSet start\tSet end\tStatus',
    'SAT\t12/08/2028\tOak Stage\tOK-01\tThe Pale Orchards\tSHOW\t13:00\tLC\t18:00\t18:40\tOK',
    'SAT\t12/08/2028\tOak Stage\tOK-02\tMira Dunhollow\tSHOW\t14:00\t16:00-16:30\t19:10\t20:00\tOK',
  ].join('\n');
  const found = findLabelled({ text, pages: [] });
  assert.ok(!found.some((l) => l.value === 'Ref' || l.value === 'Category' || l.label === 'SHOW'), JSON.stringify(found.map((l) => [l.label, l.value])));
});
