/**
 * A phone photo of a venue's French day sheet: the shadow at the sheet's edge reads as specks of any case before a
 * row's clock time ("hn EF 16h00 …", "oo . 17h15 …", "Lo a 17h45 …"), the letterhead's big type is garbled, so the
 * house is named by its own line "Name — street, postcode city" under the title, the hotel's address follows its
 * name after a dash, and a "montée" is a street.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { understand } from '../../src/understand/index.js';
import { blankPhotoEdgeNoise } from '../../src/understand/text/photo-edge-noise.js';
import { addresses } from '../../src/understand/sections/travel/phrases.js';
import { pasted } from './helpers.js';

const SHEET = [
  'ee : : ea ee :',
  'sali En RE CH Sa 25 iL',
  '14 quai Arloing, 69009 Lyon - standard 04 72 00 00 00',
  'FEUILLE DE ROUTE',
  'BRUME HAUTE — vendredi 9 avril 2027',
  'Le Hangar Bleu — 14 quai Arloing, 69009 Lyon 1 :',
  'ro 13h00 Arrivée équipe / déchargement',
  'hn EF 15h00 - 16h00 Balances Brume Haute',
  'oo . 16h30 Interview Radio Nord',
  'Lo a 17h00 - 17h30 Balances Les Pies',
  '  19h00 Ouverture des portes',
  '  21h00 - 22h30\tBRUME HAUTE',
  '23h30 Couvre-feu',
  'Hôtel du Rempart — 3 montée des Carmes, 69001 Lyon',
  '2 chambres - arrivée ven. 09/04 dès 15h00 - départ sam. 10/04 avant 11h00',
].join('\n');

function photo(text: string): ExtractedSource {
  return { ...pasted(text), name: 'IMG_0417.jpg', origin: 'file', format: 'jpeg', mimeType: 'image/jpeg', ocr: { used: true, meanConfidence: 58 } };
}

test('specks of any case before a row\'s clock time are blanked; a weekday\'s short form or "DJ" stays', () => {
  const text = [SHEET, 'Sa 14:00 Load in', 'DJ 23:00 Afterparty'].join('\n');
  const lines = blankPhotoEdgeNoise(text).split('\n').map((l) => l.trim());
  assert.ok(lines.includes('15h00 - 16h00 Balances Brume Haute'));
  assert.ok(lines.includes('16h30 Interview Radio Nord'));
  assert.ok(lines.includes('17h00 - 17h30 Balances Les Pies'));
  assert.ok(lines.includes('Sa 14:00 Load in'));
  assert.ok(lines.includes('DJ 23:00 Afterparty'));
});

test('the photographed sheet: the act\'s check by its rows, the venue by its own name line', async () => {
  const { extracted } = await understand([photo(SHEET)]);
  const g = extracted.general;
  assert.equal(g.soundcheckTime, '15:00');
  assert.equal(g.venue, 'Le Hangar Bleu');
  assert.equal(g.address, '14 quai Arloing, 69009 Lyon');
  assert.equal(g.city, 'Lyon');
  const checks = extracted.activities.filter((a) => a.kind === 'soundcheck').map((a) => [a.name, a.startTime, a.endTime]);
  assert.deepEqual(checks, [['Balances Brume Haute', '15:00', '16:00'], ['Balances Les Pies', '17:00', '17:30']]);
  assert.ok(extracted.activities.some((a) => a.kind === 'interview' && a.startTime === '16:30'));
});

test('a hotel\'s line names no venue: its address after the dash is the hotel\'s; a "montée" is a French street', async () => {
  assert.deepEqual(addresses('Hôtel du Rempart — 3 montée des Carmes, 69001 Lyon').map((a) => a.value), ['3 montée des Carmes, 69001 Lyon']);
  const { extracted } = await understand([photo(SHEET)]);
  assert.equal(extracted.hotels[0]?.name, 'Hôtel du Rempart');
  assert.equal(extracted.hotels[0]?.address, '3 montée des Carmes, 69001 Lyon');
});
