import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes, normaliseTime, normaliseDuration, localDateTime, minutesBetween } from '../../../src/understand/normalise/index.js';
import { int, seeded } from './random.js';

test('every written form of a random time normalises to HH:MM', () => {
  const rand = seeded(11);
  for (let i = 0; i < 300; i++) {
    const [h, m] = [int(rand, 0, 23), int(rand, 0, 59)];
    const hh = String(h).padStart(2, '0');
    const mm = String(m).padStart(2, '0');
    const want = `${hh}:${mm}`;
    const h12 = h % 12 === 0 ? 12 : h % 12;
    const forms = [`${hh}:${mm}`, `${h}.${mm}`, `${h}h${mm}`, `kl. ${h}.${mm}`, `${h12}:${mm} ${h < 12 ? 'am' : 'pm'}`];
    for (const f of forms) assert.equal(normaliseTime(`Doors ${f}`), want, f);
  }
});

test('hour-only times need a marker', () => {
  assert.equal(normaliseTime('9pm'), '21:00');
  assert.equal(normaliseTime('12 am'), '00:00');
  assert.equal(normaliseTime('21h'), '21:00');
  assert.equal(normaliseTime('kl. 21'), '21:00');
  assert.equal(normaliseTime('21 Uhr'), '21:00');
  assert.equal(normaliseTime('Room 21'), null);
  assert.equal(normaliseTime('14.03.2025'), null);
  assert.equal(normaliseTime('25:00'), null);
});

test('ranges give both ends with offsets', () => {
  const text = 'Set 21:00–22:30';
  assert.deepEqual(findTimes(text).map((t) => [t.value, text.slice(t.index, t.index + t.length)]), [
    ['21:00', '21:00'], ['22:30', '22:30'],
  ]);
});

test('durations in minutes', () => {
  for (const [text, want] of [['75 min', 75], ['1h 15m', 75], ['1:15', 75], ['90 minutes', 90], ['2 h', 120], ['1,5 Std.', 90]] as const) {
    assert.equal(normaliseDuration(text), want, text);
  }
  assert.equal(normaliseDuration('soon'), null);
  assert.equal(minutesBetween('23:30', '00:45'), 75);
  assert.equal(localDateTime('2026-03-21', '21:10'), '2026-03-21T21:10');
  assert.equal(localDateTime(null, '21:10'), null);
});

test('a duration in hours and minutes is not a time of day', () => {
  assert.deepEqual(findTimes('2h 15m 06:45 09:00').map((t) => t.value), ['06:45', '09:00']);
});
