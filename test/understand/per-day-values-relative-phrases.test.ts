import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../src/understand/normalise/index.js';
import { dayPart } from '../../src/understand/sections/schedule-day-values.js';
import { scheduleItems } from './helpers.js';

test('a per-day row gives the time written after the show day\'s weekday', () => {
  const value = 'Thu 17:00 · Fri 14:00 · Sat 13:30';
  const friday = dayPart(value, '2027-09-10');
  assert.equal(value.slice(friday!.start), 'Fri 14:00 · Sat 13:30');
  assert.equal(value.slice(friday!.time), '14:00 · Sat 13:30');
  assert.equal(dayPart(value, undefined), null);
  assert.equal(dayPart('Fri 14:00', '2027-09-10'), null);
  assert.equal(dayPart(value, '2027-09-12'), null); // a Sunday: no part
});

test('the doors and curfew of a day sheet listing each festival day are the show day\'s', () => {
  const text = [
    'Friday 10 September 2027',
    'Doors: Thu 17:00 · Fri 14:00 · Sat 13:30',
    'Curfew: Thu 22:00 · Fri 23:15 · Sat 23:00 (city licence)',
  ].join('\n');
  assert.deepEqual(scheduleItems(text, ['date']), [
    { name: 'Doors', kind: 'doors', start: '14:00', date: '2027-09-10' },
    { name: 'Curfew', kind: 'curfew', start: '23:15', date: '2027-09-10' },
  ]);
});

test('"the day before your show" is no date of its own', () => {
  const text = 'We moved you to the earlier flight on 2 September, so you arrive the day before your show.';
  assert.deepEqual(findDates(text, new Date('2027-08-20T10:00:00Z')).map((d) => d.value), ['2027-09-02']);
});
