/**
 * A ticket table names each passenger in its name column (travel/ticket-name-column.ts), its header in
 * two languages. All examples invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

test('a ticket table names each passenger in its name column', async () => {
  const { extracted: out } = await understand([pasted([
    'Бронь: PNR LW8K2D',
    '',
    'Рейс\tДата\tОткуда\tКуда\tВылет\tПрилёт',
    'OS 242\t22.09.2030\tVienna (VIE)\tMunich (MUC)\t07:15\t08:20',
    'OS 247\t24.09.2030\tMunich (MUC)\tVienna (VIE)\t19:50\t20:55',
    '',
    'Ном / Имя\tВазифа / Роль\tNo билета',
    'Tilde Aamodt\tбас, бэк-вокал\t257-3300981099',
    'Ruben Vos\tTour Manager\t257-3300981100',
  ].join('\n'))]);
  assert.equal(out.flights.length, 2);
  for (const f of out.flights) assert.deepEqual(f.passengers.map((p) => p.name), ['Tilde Aamodt', 'Ruben Vos']);
});
