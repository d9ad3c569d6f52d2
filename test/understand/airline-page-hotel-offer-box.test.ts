/**
 * An airline's booking page advertises a partner's hotels in a box under a price per night: the hotel it
 * names there, with dates, is for sale, not booked (travel/stay-offers.ts). All examples invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

const PAGE = [
  'Votre réservation',
  'Numéro de réservation : K4TW9P',
  'Aller · samedi 14 novembre 2026',
  '09:40\t✈\t10:45',
  'Heure locale\tV7 2281\tHeure locale',
  'Lyon (LYS)\tNantes (NTE)',
  '',
  'Retour\tBesoin d’un hôtel ?',
  'Vous n’avez pas encore réservé de vol retour.\tHôtels à Nantes dès 58 € la nuit',
  '\tRéservez avec notre partenaire et',
  'Passagers\tcumulez vos avantages. Ex. : Hôtel Les Dunes Blanches ★★★',
  '\t14 → 15 novembre · 2 adultes · 66 €',
  'Voir les hôtels ›',
  'Une voiture à l’arrivée ?',
  'Location à Nantes dès 25 €/jour',
].join('\n');

test('a hotel in an offer box under its price per night is no stay', async () => {
  const { extracted } = await understand([pasted(PAGE)]);
  assert.equal(extracted.flights.length, 1);
  assert.deepEqual(extracted.hotels, []);
});

test('nor is it in the page printed to PDF', async () => {
  const printed = { ...pasted(PAGE), origin: 'file' as const, name: 'Votre réservation.pdf', mimeType: 'application/pdf' };
  const { extracted } = await understand([printed]);
  assert.deepEqual(extracted.hotels, []);
});
