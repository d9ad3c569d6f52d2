/**
 * A hotel's rooming table with one column headed family name first ("NOM Prénom"): each row's guests,
 * a shared room's two run on in one cell, read given name first; a placeholder row names nobody.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { familyFirstNames, isFamilyFirstHeader } from '../../src/understand/sections/travel/family-first-names.js';
import { pasted } from './helpers.js';
import { run, values } from './sections/travel-fixtures.js';

test('"NOM Prénom" and "Surname First name" head a column of names written family name first', () => {
  assert.equal(isFamilyFirstHeader('NOM Prénom'), true);
  assert.equal(isFamilyFirstHeader('Surname First name'), true);
  assert.equal(isFamilyFirstHeader('Prénom'), false);
});

test("a cell's family-first names run on are each a guest, given name first; a placeholder is none", () => {
  assert.deepEqual(familyFirstNames("DUVAL Léa D'ARCY-NOLAN Enzo").map((n) => n.value), ['Léa Duval', "Enzo D'Arcy-Nolan"]);
  assert.deepEqual(familyFirstNames('nom à confirmer (ingénieur son)'), []);
});

test("a stay's rooming table under \"NOM Prénom\" gives its guests", () => {
  const source: ExtractedSource = {
    ...pasted([
      'Hôtel des Tanneurs',
      'Arrivée : 8 mars 2027',
      'Départ : 10 mars 2027',
      '',
      'Ch.\tType\tNOM Prénom\tArrivée\tDépart\tRemarques',
      '1\tTwin\tDUVAL Léa MARCHETTI Enzo\t08/03/27\t10/03/27',
      '2\tDUI\tOKONKWO Ada\t08/03/27\t10/03/27\tvégétarienne',
      '3\tDUI\tnom à confirmer (ingénieur son)\t08/03/27\t10/03/27',
    ].join('\n')),
    name: 'confirmation.pdf', origin: 'file',
  };
  const [stay] = run(hotels, source).map(values);
  assert.deepEqual(stay!['guests'], ['Léa Duval', 'Enzo Marchetti', 'Ada Okonkwo']);
});
