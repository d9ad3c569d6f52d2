/**
 * A booking page printed to PDF disturbs its passengers' seat table: a name run into its seat, a
 * passenger type after a name, detail and sidebar lines between rows, the header repeated after a page
 * break (travel/printed-seat-table.ts). All examples invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

const PAGE = [
  'Vol · V7 2281 · Lyon (LYS) → Nantes (NTE) · samedi 14 novembre 2026 09:40',
  '',
  'Passager\tSiège Bagages',
  'Voir les offres ›',
  'Mme Anouk LEBRETON 12C\t1 bagage cabine 10 kg',
  'Adulte · titulaire de la réservation\t1 bagage en soute 20 kg',
  'Une voiture à l’arrivée ?',
  'M. Bastien ROUVRAY\t12D\t1 bagage cabine 10 kg',
  'Adulte\t\t1 bagage cabine 10 kg\tLocation dès 25 €/jour',
  '',
  'https://www.example.com/ma-reservation\t1/2',
  '',
  'Passager\tSiège Bagages',
  '',
  'Mme Clémence VAUDOIS Adulte\t21A\t1 bagage cabine 10 kg',
  '',
  'Bon à savoir',
].join('\n');

test('every row of a printed seat table is a passenger with their seat', async () => {
  const { extracted } = await understand([pasted(PAGE)]);
  assert.equal(extracted.flights.length, 1);
  assert.deepEqual(extracted.flights[0]!.passengers.map((p) => [p.name, p.seat]), [
    ['Anouk LEBRETON', '12C'],
    ['Bastien ROUVRAY', '12D'],
    ['Clémence VAUDOIS', '21A'],
  ]);
});
