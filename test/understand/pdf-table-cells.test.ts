/** PDF tables whose cells nearly touch: a cell flush with its column, and an e-mail wrapped inside its cell. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutPage, type TextPiece } from '../../src/extract/formats/pdf-layout.js';

const piece = (text: string, x: number, y: number, width: number): TextPiece => ({ text, x, y, width, size: 9 });

test('a value flush with its column starts a cell, though the cell before nearly fills its own column', () => {
  const { tables } = layoutPage([
    piece('Meal', 70, 400, 20), piece('Place', 190, 400, 22), piece('People', 460, 400, 30),
    // The place ends 7 pt (under a column gap) before the count, which starts right at its column.
    piece('Dinner', 70, 382, 26), piece('Trattoria Sole, Via Lunga 3 (booked under the name', 190, 382, 263), piece('6', 460, 382, 5),
    piece('of the festival)', 190, 370, 60),
    piece('Lunch', 70, 352, 24), piece('Canteen', 190, 352, 35), piece('5', 460, 352, 5),
  ]);
  assert.deepEqual(tables[0]?.[1], ['Dinner', 'Trattoria Sole, Via Lunga 3 (booked under the name of the festival)', '6']);
});

test('an e-mail address wrapped inside its cell is one word again; other wrapped text keeps its space', () => {
  const { tables } = layoutPage([
    piece('Name', 70, 400, 22), piece('Role', 200, 400, 20), piece('E-mail', 330, 400, 28),
    piece('Ana Costa', 70, 382, 40), piece('Stage', 200, 382, 24), piece('ana.costa@festival.exa', 330, 382, 100),
    piece('manager', 200, 370, 34), piece('mple.org', 330, 370, 36),
    piece('Rui Lobo', 70, 352, 36), piece('Runner', 200, 352, 28), piece('rui@festival.example.org', 330, 352, 104),
  ]);
  assert.deepEqual(tables[0]?.[1], ['Ana Costa', 'Stage manager', 'ana.costa@festival.example.org']);
});
