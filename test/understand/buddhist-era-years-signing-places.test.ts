/**
 * Buddhist-era years only in Thai or Lao paperwork; a Romance place-of-signing line
 * with an article only when its date ends the line; a bare "en"/"na" after a capitalised word joins a name;
 * the Indian city-states' names are their cities.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { findDates } from '../../src/understand/normalise/index.js';
import { showDateOf } from '../../src/understand/sections/show-date.js';
import { fromPlacedName } from '../../src/understand/sections/general-venue.js';
import { placeOf } from '../../src/understand/sections/place.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('a year from 2443 on outside Thai or Lao paperwork is no Buddhist-era date', async () => {
  assert.equal(findDates('Invoice 07.05.2461')[0]?.value ?? null, null);
  assert.equal(findDates('Ref 3/4/2611')[0]?.value ?? null, null);
  const mail = ['Hi all,', '', 'Order ref 09.11.2571 for the merch boxes is confirmed.', 'Cheers, Tomas'].join('\n');
  assert.equal((await extracted(mail)).general.date, null);
});

test('Lao or B.E.-marked paperwork still reads its numeric dates in the Buddhist era', async () => {
  const lao = ['ວັນສະແດງ\t09.11.2571', 'Venue\tRiver Hall, Pakse'].join('\n');
  assert.equal((await extracted(lao)).general.date, '2028-11-09');
  const marked = ['Show date (B.E.)\t09.11.2571', 'Venue\tRiver Hall, Pakse'].join('\n');
  assert.equal((await extracted(marked)).general.date, '2028-11-09');
});

test('"En Bilbao, el 12 de junio" in prose is the show\'s day; on a line of its own it is the signing\'s', () => {
  const prose = extractPastedText('Hola equipo,\n\nEn Girona, el 14 de mayo de 2028 tocáis en La Nau Vella.\n\nSaludos');
  assert.equal(showDateOf(prose)?.value, '2028-05-14');
  const contract = extractPastedText('CONTRATO DE ACTUACIÓN\n\nEn Girona, el 2 de febrero de 2028\n\nREUNIDOS\n\nEl concierto será el 14 de mayo de 2028.');
  assert.equal(showDateOf(contract)?.value, '2028-05-14');
});

test('a bare "en" after a capitalised word joins a name, not a place', () => {
  const dutch: Record<string, any> = {};
  fromPlacedName(extractPastedText('Kees en Anouk Geluid, Binnenweg 40, 3014 GD Rotterdam'), dutch);
  assert.equal(dutch.venue, undefined);
  const galician: Record<string, any> = {};
  fromPlacedName(extractPastedText('O concerto será o sábado, na Sala Faro Norte, Rúa do Pombal 9, 27001 Lugo.'), galician);
  assert.equal(galician.venue?.value, 'Sala Faro Norte');
});

test("an Indian city-state's name before the PIN is the city", () => {
  assert.equal(placeOf('Janpath, New Delhi 110011').city, 'New Delhi');
  assert.equal(placeOf('Sector 17, Chandigarh 160022, India').city, 'Chandigarh');
  assert.equal(placeOf('Park Street, Kolkata, West Bengal 700016, India').city, 'Kolkata');
});
