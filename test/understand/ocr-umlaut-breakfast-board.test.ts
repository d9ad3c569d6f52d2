/**
 * A hotel's German confirmation read by OCR from a photo: "Frühstück" comes out as "Friihstiick" (the umlaut
 * read as two i's). The board row ("Verpflegung: Frühstück inklusive") is still the stay's remark, no meal.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

const LETTER = [
  'Hotel Seewind GmbH - Hafenstraße 9 - 24103 Kiel',
  'Reservierungsbestätigung Nr. SW-2028-0412',
  'Anreise: Freitag, 12.05.2028, ab 15:00 Uhr',
  'Abreise: Samstag, 13.05.2028, bis 11:00 Uhr',
  'Zimmer: 2 Doppelzimmer',
  'b Verpflegung: Friihstiick inklusive (07:00 - 10:00 Uhr)',
  'Zahlung: Rechnung an Nordwind Booking GmbH',
].join('\n');

function photo(text: string): ExtractedSource {
  return { ...pasted(text), name: 'IMG_5120.jpg', origin: 'file', format: 'jpeg', mimeType: 'image/jpeg', ocr: { used: true, meanConfidence: 66 } };
}

test('an OCR-spelt "Friihstiick inklusive" under a board label is the stay\'s remark, no meal', async () => {
  const { extracted: x } = await understand([photo(LETTER)]);
  assert.deepEqual(x.food, []);
  assert.equal(x.hotels[0]?.notes, 'Friihstiick inklusive (07:00 - 10:00 Uhr)');
});

test('the ASCII spelling "Fruehstueck inkl." is the board too', async () => {
  const { extracted: x } = await understand([pasted(LETTER.replace('b Verpflegung: Friihstiick inklusive', 'Verpflegung: Fruehstueck inkl.'))]);
  assert.deepEqual(x.food, []);
});
