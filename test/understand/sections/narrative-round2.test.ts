import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract as deal } from '../../../src/understand/sections/deal.js';
import { extract as general } from '../../../src/understand/sections/general.js';
import { showDateOf } from '../../../src/understand/sections/show-date.js';
import { splitThread } from '../../../src/understand/text/index.js';
import { pasted, scheduleItems } from '../helpers.js';
import { run } from './travel-fixtures.js';

const items = (text: string) => scheduleItems(text, ['end', 'notes', 'support']);

test('answers written inline under quoted questions are the newest message, dated as it', () => {
  const text = [
    'Hi Pia, answers below.',
    '',
    'Am 03.05.2027 um 10:15 schrieb Pia Lund <pia@example.org>:',
    '> 1. Doors?',
    '',
    '-> 19:30',
    '',
    '> 2. Parking?',
    'Behind the hall.',
  ].join('\n');
  const messages = splitThread({ text, pages: [], metadata: { date: '2027-05-04T08:00:00Z' } });
  const summary = messages.map((m) => [m.depth, m.date!.toISOString().slice(0, 10), m.lines.filter((l) => l.text.trim()).map((l) => l.text)]);
  assert.deepEqual(summary, [
    [0, '2027-05-04', ['Hi Pia, answers below.']],
    [1, '2027-05-03', ['> 1. Doors?']],
    [0, '2027-05-04', ['-> 19:30']],
    [1, '2027-05-03', ['> 2. Parking?']],
    [0, '2027-05-04', ['Behind the hall.']],
  ]);
});

test('Finnish "klo" times; a bracketed remark is a note; "Support: act" names the act', () => {
  assert.deepEqual(items([
    'klo 13.00          Get-in (takaovi pihan puolella)',
    'klo 19.30-20.10    Lämppäri / Support: Hilla Grove',
  ].join('\n')), [
    { name: 'Get-in', kind: 'load_in', start: '13:00', notes: 'takaovi pihan puolella' },
    { name: 'Hilla Grove', kind: 'set', start: '19:30', end: '20:10', support: true },
  ]);
});

test('Spanish chat times: carga, an opener named after "abre", "ustedes" with a range, toque de queda', () => {
  assert.deepEqual(items('va: carga 14:00, abre Dos Faros 20:45, ustedes 21:45 a 23:00. Toque de queda 23:59'), [
    { name: 'Carga', kind: 'load_in', start: '14:00' },
    { name: 'Dos Faros', kind: 'set', start: '20:45', support: true },
    { name: 'Show', kind: 'set', start: '21:45', end: '23:00' },
    { name: 'Toque de queda', kind: 'curfew', start: '23:59' },
  ]);
  // "ustedes" followed by a verb other than playing is no set.
  assert.deepEqual(items('ustedes llegan a las 14:00'), []);
});

test('"Beginn <act> 21:00, Spielzeit 80 Minuten" names the artist and the set length', () => {
  const [draft] = run(general, pasted('Einlass 20:00. Beginn Nachtfalter bleibt 21:15, Spielzeit 75 Minuten.'));
  assert.equal(draft!.artist!.value, 'Nachtfalter');
  assert.equal(draft!.setTime!.value, '21:15');
  assert.equal(draft!.setLengthMinutes!.value, 75);
});

test('another act named after a comma does not lend its time to the item before it', () => {
  // The other act's slot is its own set (a support act); doors, given no time here, get none.
  assert.deepEqual(items('DOORS (AS BEFORE), GREY HARBOUR 20:00-20:30, YOU ON AT 21:00').map((i) => [i.kind, i.start]),
    [['set', '20:00'], ['set', '21:00']]);
});

test('a bare weekday resolves to the written date with that weekday', () => {
  const source = pasted('Advancing Friday 9th October.\nWe arrive Friday around noon, the Friday load-in is early.');
  const withRef = { ...source, metadata: { ...source.metadata, date: '2026-09-20T10:00:00Z' } };
  assert.equal(showDateOf(withRef)?.value, '2026-10-09');
});

test('an amount followed by "guaranteed" is the fee, and "fixed fee" is flat', () => {
  const [vs] = run(deal, pasted('yes, EUR 2,400 guaranteed vs 75% of the net door, whichever is higher'));
  assert.deepEqual([vs!.fee!.value, vs!.currency!.value, vs!.dealType!.value], [2400, 'EUR', 'guarantee_vs_percentage']);
  const [flat] = run(deal, pasted('Fixed fee: 1 900 € + VAT'));
  assert.equal(flat!.dealType!.value, 'flat');
});

test('a sentence wrapped onto a line that begins with a time is not an item', () => {
  assert.deepEqual(items([
    'Tickets go on sale at the box office and online on Monday morning at',
    '09:00 from the usual ticket partner.',
    '20:00  Doors',
  ].join('\n')).map((i) => [i.kind, i.start]), [['doors', '20:00']]);
});
