/**
 * An airline's booking page printed from the browser sets a leg in three columns: the two times over the
 * number in the middle column, the cities and airports below, the length written "1 h 05" and the fare on
 * a line under the card (travel/mid-column-number.ts, travel/segments.ts). All examples invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

const PAGE = [
  'Aller · samedi 14 novembre 2026\tVol direct\tTotal\t212,40 €',
  '',
  '1 h 05\tPayé par carte',
  '09:40\t✈\t10:45\tTaxes incluses',
  'Heure locale\tV7 2281\tHeure locale',
  'Airbus A320',
  'Lyon\tNantes',
  'Lyon Porte d’Orient (LYS)\tNantes Atlantique (NTE)',
  'Terminal 1\tHall 2',
  '',
  'Modifier ma réservation',
  'Tarif : Basic · 2 passagers',
].join('\n');

async function flight() {
  const { extracted } = await understand([pasted(PAGE)]);
  assert.equal(extracted.flights.length, 1);
  return extracted.flights[0]!;
}

test('the number in the middle column under the two times is the leg', async () => {
  const f = await flight();
  assert.equal(f.flightNumber, 'V72281');
  assert.equal(f.date, '2026-11-14');
  assert.equal(f.fromAirport, 'LYS');
  assert.equal(f.toAirport, 'NTE');
  assert.equal(f.departureTime, '2026-11-14T09:40');
  assert.equal(f.arrivalTime, '2026-11-14T10:45');
});

test('"1 h 05" alone in a cell beside colon times is the length, not a clock time', async () => {
  assert.equal((await flight()).durationMinutes, 65);
});

test('an airport named with an elided particle keeps the city opening its name', async () => {
  assert.equal((await flight()).fromCity, 'Lyon');
});

test('the fare labelled on a line under the card is the leg\'s class', async () => {
  assert.equal((await flight()).travelClass, 'Basic');
});
