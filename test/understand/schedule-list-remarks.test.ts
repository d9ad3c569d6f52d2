/**
 * A mail's timetable as a dashed list of "label: time (remark)": a remark in brackets may run to a sentence or two
 * of directions, and a curfew's firmness word after a comma goes with the reason in brackets after it. On a day
 * sheet's row, two names joined by "+" in the closing bracket say who comes to an interview, no place.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheduleItems } from './helpers.js';

const LIST = [
  'ORARI – venerdì 14/07/2028',
  '- carico: ore 14:00 (ingresso furgoni dal cancello B di Via dei Mulini, il mezzo poi resta nel cortile dietro il palco)',
  '- fine musica: ore 23:45, tassativo (regolamento del parco)',
].join('\n');

test('a long lower-case remark in brackets after the time is the item\'s note', () => {
  const [loadIn] = scheduleItems(LIST, ['notes']);
  assert.deepEqual(loadIn, {
    name: 'carico', kind: 'load_in', start: '14:00',
    notes: 'ingresso furgoni dal cancello B di Via dei Mulini, il mezzo poi resta nel cortile dietro il palco',
  });
});

test('a curfew\'s firmness after a comma, with its reason in brackets, is the curfew\'s note', () => {
  const curfew = scheduleItems(LIST, ['notes']).find((i) => i.kind === 'curfew');
  assert.deepEqual(curfew, { name: 'fine musica', kind: 'curfew', start: '23:45', notes: 'tassativo (regolamento del parco)' });
  // The firmness alone says nothing more than the time.
  const bare = scheduleItems('ORARI – venerdì 14/07/2028\n- fine musica: ore 23:45, tassativo', ['notes']);
  assert.equal(bare[0]!.notes, undefined);
});

test('two names joined by "+" in a row\'s closing bracket are who comes, not where; a capitalised place in brackets stays the place', () => {
  const items = scheduleItems('vendredi 14/07/2028\n16h30 Interview Radio Nord (Lise + Tom)\n17h30 Interview TV Sud (Studio Bleu)', ['notes', 'location']);
  assert.deepEqual(items, [
    { name: 'Interview Radio Nord', kind: 'interview', start: '16:30', notes: 'Lise + Tom' },
    { name: 'Interview TV Sud', kind: 'interview', start: '17:30', location: 'Studio Bleu' },
  ]);
});
