/**
 * A contract writes its numbers in words with the digits in brackets ("veintiuno (21) de noviembre de dos mil
 * veintiséis (2026)", "para ocho (8) personas"), and states the show's day in the performer's undertaking, after
 * the place, while other clauses repeat deadlines more often.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

const CONTRATO = [
  'CONTRATO DE PRESTACIÓN DE SERVICIOS',
  'PRIMERA. OBJETO. EL ARTISTA se obliga a presentar un concierto en vivo dentro del ciclo “Otoño Sonoro”, en el TEATRO',
  'AZUL, el día viernes veintiuno (21) de noviembre de dos mil veintiséis (2026), con su formación completa.',
  'SEGUNDA. ALIMENTOS. EL CONTRATANTE proporcionará una cena en camerinos para ocho (8) personas a las 19:00 horas.',
  'TERCERA. PAGO. El anticipo se pagará a más tardar el 6 de noviembre de 2026.',
  'CUARTA. CANCELACIÓN. Si la cancelación ocurre después del 6 de noviembre de 2026, se pagará el total.',
  'QUINTA. LOGÍSTICA. EL ARTISTA enviará la lista de huéspedes a más tardar el 6 de noviembre de 2026.',
  'SEXTA. HORARIOS.',
  'Apertura de puertas: 20:00 horas',
].join('\n');

test('a date written in words with its digits in brackets, in the undertaking to perform, is the show day', async () => {
  const { extracted } = await understand([pasted(CONTRATO)]);
  assert.equal(extracted.general.date, '2026-11-21');
});

test('a count in words with its digits in brackets counts the meal’s people', async () => {
  const { extracted } = await understand([pasted(CONTRATO)]);
  assert.equal(extracted.food[0]?.guestCount, 8);
});

test('an English undertaking to perform names the day after the place, however often a deadline recurs', async () => {
  const text = [
    '1. The Artist agrees to perform a concert of seventy-five minutes at the Old Mill Hall, Mill Street 4, on Friday',
    '12 March 2027, with the full band.',
    '2. The deposit is due on 15 February 2027.',
    '3. The rooming list is due on 15 February 2027.',
    '4. Cancellation after 15 February 2027 incurs the full fee.',
    '5. Doors: 19:30',
  ].join('\n');
  const { extracted } = await understand([pasted(text)]);
  assert.equal(extracted.general.date, '2027-03-12');
});

test('a hotel clause counting its rooms in words with bracketed digits adds them up to its total', async () => {
  const text = [
    '4. Hotel: two (2) double rooms and one (1) single room, three (3) rooms in total, at the Harbour Inn, 5 Quay',
    'Street, Bristol BS1 4DB, for the night of 9 April 2027. Check-in from 15:00; check-out 10 April 2027 by 11:00.',
    '5. Doors: 19:30',
  ].join('\n');
  const { extracted } = await understand([pasted(text)]);
  assert.equal(extracted.hotels[0]?.rooms, 3);
});
