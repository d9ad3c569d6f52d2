/**
 * A hotel's confirmation letter ends each page with its footer: its name, then street, postcode and town,
 * country, phone and e-mail in cells split by middle dots. That footer gives the hotel's own address,
 * phone and e-mail, over the addressee's address the letter opens with.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { footerAddress, footerLine } from '../../src/understand/sections/travel/stay-footer.js';
import { pasted } from './helpers.js';
import { run, values } from './sections/travel-fixtures.js';

const FOOTER = 'Hôtel des Tanneurs · 14 rue des Dentelles · 67000 Strasbourg · France · Tél. +33 (0)3 88 10 20 30 · accueil@hotel-tanneurs.example.fr';

test("a footer's street opening with its number, then postcode, town and country, is the hotel's address", () => {
  const line = footerLine(FOOTER, 'Hôtel des Tanneurs');
  assert.equal(footerAddress(line!)?.value, '14 rue des Dentelles, 67000 Strasbourg, France');
});

test("a confirmation letter's footer gives the hotel's address, phone and e-mail, not the addressee's address", () => {
  const letter: ExtractedSource = {
    ...pasted([
      'ORCHARD LIGHTS TOURING LTD',
      'Unit 7, Mill Lane Studios',
      'Bristol BS1 6XY',
      '',
      "Nous avons le plaisir de confirmer votre séjour à l'Hôtel des Tanneurs :",
      'Arrivée le 8 mars 2027, départ le 10 mars 2027, 5 chambres.',
      '',
      FOOTER,
    ].join('\n')),
    name: 'confirmation.pdf', origin: 'file',
  };
  const [stay] = run(hotels, letter).map(values);
  assert.equal(stay!['address'], '14 rue des Dentelles, 67000 Strasbourg, France');
  assert.equal(stay!['email'], 'accueil@hotel-tanneurs.example.fr');
  assert.equal(stay!['phone'], '+33388102030');
});
