/**
 * Readers added this round must not misread ordinary English documents. An English
 * "14-May-2028" keeps its year (the Uzbek day-month reader leaves a day with a year after it alone); a
 * numbered stage or act before a time is no bare-hour start; the romanised Sinhala "rae" is a name outside
 * Sinhala text; a letter R before a number is the rand only for a show in South Africa.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates, findTimes, normaliseMoney } from '../../src/understand/normalise/index.js';
import { timesIn } from '../../src/understand/sections/schedule-time-range.js';

const ref = new Date('2026-02-03T12:00:00Z');

test('an English day-month hyphened to its year keeps the year; Uzbek dates still read', () => {
  assert.deepEqual(findDates('Gig date: 21-May-2029', ref).map((d) => d.value), ['2029-05-21']);
  assert.deepEqual(findDates('Arrival 6-May 2029, late', ref).map((d) => d.value), ['2029-05-06']);
  assert.deepEqual(findDates('settle by 9-may-2030', ref).map((d) => d.value), ['2030-05-09']);
  assert.deepEqual(findDates('2029-yil 21-may', ref).map((d) => d.value), ['2029-05-21']);
  assert.deepEqual(findDates('Sana: 22-maydan 24-mayga', ref).map((d) => d.value), ['2026-05-22', '2026-05-24']);
});

test('a number before a dash and a time is no bare-hour start unless it opens the line or follows a label', () => {
  assert.equal(timesIn('Room 4 – 21:15')?.end, undefined);
  assert.equal(timesIn('Band 1 – 18:45')?.start.value, '18:45');
  // A bare start takes the written time's half of the day, strictly before it and less than six hours away.
  const check = timesIn('Line check: 3 – 16:40');
  assert.deepEqual([check?.start.value, check?.end?.value], ['15:00', '16:40']);
  assert.equal(timesIn('Line check: 9 – 15:00')?.end, undefined);
  const set = timesIn('Headline: 10.15 – 11');
  assert.deepEqual([set?.start.value, set?.end?.value], ['10:15', '11:00']);
});

test('a romanised Sinhala part of the day is read only in Sinhala text or with its "ta"', () => {
  assert.deepEqual(findTimes('Rae 8.45 will meet you at arrivals').map((t) => t.value), ['08:45']);
  assert.deepEqual(findTimes('Call Rae 11 hours before the flight').map((t) => t.value), []);
  assert.deepEqual(findTimes('kaema eka rae 8.45').map((t) => t.value), ['20:45']);
  assert.deepEqual(findTimes('lobby raa 7ta').map((t) => t.value), ['19:00']);
  assert.deepEqual(findTimes('රෑ 8.45 lobby').map((t) => t.value), ['20:45']);
});

test('a letter R before a number is the rand only for a show in South Africa', () => {
  assert.equal(normaliseMoney('Suite R310, rate €140', 'DE')?.currency ?? null, null);
  assert.equal(normaliseMoney('Take the R 102 north', null)?.currency ?? null, null);
  assert.equal(normaliseMoney('Monitors: R 1500 W per side', 'GB')?.currency ?? null, null);
  assert.deepEqual(normaliseMoney('Fee: R31 500,00', 'ZA'), { amount: 31500, currency: 'ZAR' });
});
