/**
 * A prose line ending on an item word does not take the next line's time, "after
 * curfew" times what follows it, a labelled role that runs on from a sentence, a given name alone under
 * a role's label.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('a line ending "… for the support" leaves the next line\'s items their own', async () => {
  const x = await extracted([
    'Subject: Leeds Friday', '', 'Hi Tom,', 'all good for Friday 12 March 2027 at Rosehall, Leeds.',
    'We added an early soundcheck at 14:30 for the support', 'doors stay 19:30', 'you are on at 21:00', 'Cheers, Ann',
  ].join('\n'));
  assert.equal(x.general.doorsTime, '19:30');
  assert.ok(!x.activities.some((a) => /support/i.test(a.name)), JSON.stringify(x.activities.map((a) => a.name)));
  assert.ok(x.activities.some((a) => a.kind === 'set' && a.startTime === '21:00' && a.name === 'Show'));
});

test('"after curfew … until 04.00" gives no second curfew', async () => {
  const x = await extracted([
    'Ahoj,', 'koncert v sobotu 12. 3. 2027, Klub Modrá Lampa.', 'curfew: 22.30 hod.',
    'Po curfew je v klube párty až do 04.00, to sa vás netýka.', 'Maj sa, Eva',
  ].join('\n'));
  const curfews = x.activities.filter((a) => a.kind === 'curfew');
  assert.deepEqual(curfews.map((a) => a.startTime), ['22:30']);
});

test('a role label running on from a sentence keeps only the words after its full stop', async () => {
  const x = await extracted([
    'Ahoj,', 'koncert v sobotu 12. 3. 2027.',
    'Celý deň som na mieste ja, mobil +421 903 111 222. Zvukár: Jozef Hudák, 0915 333 444.', 'Maj sa, Eva',
  ].join('\n'));
  const c = x.contacts.find((k) => k.name === 'Jozef Hudák');
  assert.equal(c?.role, 'Zvukár');
});

test('"Runner: Dave, 07700 …": a given name alone under a role label is the person', async () => {
  const x = await extracted(['Hi,', 'show Saturday 12 March 2027.', 'Runner: Dave, 07700 900 789 (has a car).', 'Cheers, Ann'].join('\n'));
  const c = x.contacts.find((k) => k.role === 'Runner');
  assert.equal(c?.name, 'Dave');
  assert.match(c?.phone ?? '', /7700900789$/);
});
