/**
 * Month names other readers' lists lack, read as dates: isiXhosa loan and traditional names
 * (normalise/xhosa-date.ts) and Tajik names with and without the izofat (normalise/date.ts). All examples invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../../src/understand/normalise/date.js';

const ref = new Date('2027-03-01T12:00:00Z');

test('isiXhosa dates: loan and traditional month names', () => {
  assert.deepEqual(findDates('ngoLwesibini, 16 Matshi 2027', ref).map((d) => d.value), ['2027-03-16']);
  assert.deepEqual(findDates('emva kwe-9 EyoKwindla 2027', ref).map((d) => d.value), ['2027-03-09']);
});

test('Tajik month names with and without the izofat read as dates', () => {
  assert.deepEqual(findDates('17 ноябри 2030').map((d) => d.value), ['2030-11-17']);
  assert.deepEqual(findDates('то 8 апрели 2030').map((d) => d.value), ['2030-04-08']);
});
