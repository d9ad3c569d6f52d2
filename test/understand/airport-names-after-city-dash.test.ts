/**
 * An airline's receipt printing each airport as "City - Airport name (CODE)": the city is the words
 * before the dash, not the airport's own name; a code that is also a currency ("MAD") still counts
 * as the airport when its name holds the city ("Madrid-Barajas").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

const RECEIPT = [
  'Localizador: QXT7LM',
  '',
  'IB 6120\tmar, 9 nov 2027\tDuración:\t1 h 20 min',
  '09:45 12:05\tLisboa - Humberto Delgado (LIS), Terminal 1 Madrid - Aeropuerto Madrid-Barajas (MAD), Terminal 4 Operado por Iberia\tCabina/tarifa: Avión:\tTurista Airbus A321',
  'Asientos:\tCORREIA 12A · FONTES 12B',
  '',
  'IB 6127\tvie, 12 nov 2027\tDuración:\t1 h 25 min',
  '18:10 18:35\tMadrid - Aeropuerto Madrid-Barajas (MAD), Terminal 4 Lisboa - Humberto Delgado (LIS) Operado por Iberia\tCabina/tarifa: Avión:\tTurista Airbus A320',
  'Asientos:\tCORREIA 7C · FONTES 7D',
].join('\n');

test('a currency-like airport code named by its airport after the city is read as an airport', async () => {
  const { extracted } = await understand([pasted(RECEIPT)]);
  const legs = extracted.flights.map((f) => `${f.flightNumber} ${f.fromAirport}-${f.toAirport}`);
  assert.deepEqual(legs, ['IB6120 LIS-MAD', 'IB6127 MAD-LIS']);
});

test('the city before the dash, not the airport name after it, is the city of the airport', async () => {
  const { extracted } = await understand([pasted(RECEIPT)]);
  assert.deepEqual(extracted.flights.map((f) => [f.fromCity, f.toCity]), [['Lisboa', 'Madrid'], ['Madrid', 'Lisboa']]);
});
