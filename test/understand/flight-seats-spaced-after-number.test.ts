/**
 * An airline's confirmation lists each passenger's seats beside their flights' numbers with a space only
 * ("Seats: LH 2210 14C / LH 2211 not selected"): the seat is that flight's; a flight without one has none.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extract as flights } from '../../src/understand/sections/flights.js';
import { pasted } from './helpers.js';
import { run, values } from './sections/travel-fixtures.js';

test('seats written after their flight number with a space only are that flight\'s', () => {
  const text = [
    'Booking reference: QW7TZP',
    '',
    'OUTBOUND\t|\tSaturday 4 March 2028',
    'LH 2210\tMunich (MUC) 08:15\t->\tLyon (LYS) 09:40',
    'RETURN\t|\tSunday 5 March 2028',
    'LH 2211\tLyon (LYS) 10:30\t->\tMunich (MUC) 11:55',
    '',
    'PASSENGERS',
    '',
    'Ms Hanna Vogt',
    '  E-ticket: 220-5512098761',
    '  Seats: LH 2210 14C / LH 2211 not selected',
    '',
    'Mr Timo Brandl',
    '  E-ticket: 220-5512098762',
    '  Seats: LH 2210 14D / LH 2211 not selected',
  ].join('\n');
  const source: ExtractedSource = { ...pasted(text), name: 'confirmation.eml', origin: 'file', format: 'eml' };
  const [out, back] = run(flights, source).map(values);
  assert.deepEqual((out!['passengers'] as { seat: string | null }[]).map((p) => p.seat), ['14C', '14D']);
  assert.deepEqual((back!['passengers'] as { seat: string | null }[]).map((p) => p.seat ?? null), [null, null]);
});
