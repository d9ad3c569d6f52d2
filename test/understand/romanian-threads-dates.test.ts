import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, weekdayNumber } from '../../src/understand/normalise/date.js';
import { read } from '../../src/understand/text/read.js';
import { pasted } from './helpers.js';

const REF = new Date(Date.UTC(2028, 4, 2, 9));

test('Romanian month and weekday names', () => {
  assert.equal(findDates('detaliile pentru sâmbătă, 20 mai 2028', REF)[0]?.value, '2028-05-20');
  assert.equal(findDates('concert pe 3 noiembrie 2028', REF)[0]?.value, '2028-11-03');
  assert.equal(weekdayNumber('vineri'), 5);
  assert.equal(weekdayNumber('duminica'), 0);
});

test('a span of time from now ("de 20 min") and "now" ("nu") are no dates', () => {
  assert.deepEqual(findDates('Trupa cântă 20:30–21:10, avem nevoie de 20 min changeover. Am scris în mail.', REF), []);
  assert.deepEqual(findDates('Cina la 19:00, nu 18:30', REF), []);
  // A written date beside them still is one.
  assert.equal(findDates('nu 18:30, ci vineri 12 mai 2028', REF)[0]?.value, '2028-05-12');
});

test('a Romanian Gmail attribution line opens a quoted message dated by it', () => {
  const text = [
    'Mulțumim, totul e ok.',
    '',
    'Pe vin., 28 apr. 2028 la 14:22, Ana Pop <ana@example.ro> a scris:',
    '> Salut, detaliile mai jos.',
  ].join('\n');
  const messages = read(pasted(text)).messages;
  assert.equal(messages.length, 2);
  assert.equal(messages[1]!.depth, 1);
  assert.equal(messages[1]!.date?.toISOString().slice(0, 10), '2028-04-28');
});
