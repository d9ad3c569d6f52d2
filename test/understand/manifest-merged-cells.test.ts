/** A flight's cell merged down over its passengers' rows (a spreadsheet) gives every row that flight. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { read } from '../../src/understand/text/index.js';
import { manifestRows } from '../../src/understand/sections/travel/manifest.js';
import { pasted } from './helpers.js';

test('rows under a merged flight cell belong to that flight; a new flight cell starts the next', () => {
  const sheet = [
    'Flight\tFrom\tTo\tPassenger\tSeat',
    'SK 1467\tOslo (OSL)\tBergen (BGO)\tMaren Holt\t3A',
    '\t\t\tEivind Lunde\t3B',
    '\t\t\tSiri Dahl\t3C',
    'SK 276\tBergen (BGO)\tOslo (OSL)\tMaren Holt\t5A',
  ].join('\n');
  const rows = manifestRows(read(pasted(sheet)).lines);
  assert.deepEqual(rows.map((r) => [r.flightNumber, r.name?.value, r.seat?.value]), [
    ['SK1467', 'Maren Holt', '3A'], ['SK1467', 'Eivind Lunde', '3B'], ['SK1467', 'Siri Dahl', '3C'], ['SK276', 'Maren Holt', '5A'],
  ]);
});
