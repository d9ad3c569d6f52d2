/**
 * One cabin labelled over a booking flies every segment of it (travel/booking-class.ts). All examples invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

test('one labelled cabin over a booking flies every segment', async () => {
  const { extracted: out } = await understand([pasted([
    'Класс: Business · Бронь: PNR LW8K2D',
    '',
    'Рейс\tДата\tОткуда\tКуда\tВылет\tПрилёт',
    'OS 242\t22.09.2030\tVienna (VIE)\tMunich (MUC)\t07:15\t08:20',
    'OS 247\t24.09.2030\tMunich (MUC)\tVienna (VIE)\t19:50\t20:55',
  ].join('\n'))]);
  assert.equal(out.flights.length, 2);
  for (const f of out.flights) assert.equal(f.travelClass, 'Business');
});
