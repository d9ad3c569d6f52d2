/**
 * A venue's advance form filled in and corrected by hand: an arrow line under the headline row gives its
 * new time ("→ wordt 21.45 uur"), the row's bracket says it is the main slot ("Aanvang (hoofdprogramma)"),
 * a bare "Einde" row under it ends that set on a form that lists its curfew in a row of its own, and the
 * stay's "Reserveringsnr." is its booking reference. A lower-case remark after a row's time and a spaced dash is the
 * row's note. The place row right above the address ("Locatie") names the venue, and "Diner: zie Catering" only
 * points to the catering section's meal. The form's title alone over its instruction sentence ("Graag … naar
 * planning@…") is no contact's name, and the contact rows' Dutch "Programmering" label is the person's role.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const FORM = [
  'Advanceformulier',
  'Graag volledig ingevuld terugsturen naar planning@dewalvis.example.nl.',
  '',
  'Algemeen',
  'Artiest\tDe Zilverreigers',
  'Datum\tzaterdag 6 november 2027',
  'Locatie\tPoppodium De Walvis (kleine zaal)',
  'Adres\tHavenkade 14, 9711 AB Groningen',
  '',
  'Dagplanning',
  'Laad in\t14.00 uur – via de poort aan de achterzijde',
  'Soundcheck\t17.00 – 18.00 uur',
  'Diner\tzie Catering',
  'Deuren open\t20.00 uur',
  'Voorprogramma\tMira Stolk, 20.30 – 21.00 uur',
  'Aanvang (hoofdprogramma)\t21.30 uur',
  '\t→ wordt 21.45 uur (afgestemd met de tourmanager) – P.V. 1/11',
  'Einde\t23.00 uur',
  'Curfew\t23.30 uur',
  '',
  'Catering',
  'Catering\tWarme maaltijd om 18.30 uur voor 6 personen in de artiestenfoyer.',
  'Verzorgd door\tDe Groene Lepel',
  '',
  'Hotel',
  'Hotel\tHotel Het Zoutpakhuis',
  'Adres hotel\tNoorderhaven 3, 9711 CD Groningen',
  'Aankomst\tzaterdag 6 november 2027',
  'Vertrek\tzondag 7 november 2027',
  'Reserveringsnr.\tZP-77120',
  '',
  'Contactpersonen',
  'Programmering\tFenna de Wit – 050 - 312 44 10 – fenna@dewalvis.example.nl',
].join('\n');

test('an advance form\'s hand correction, its headline row and its end row', async () => {
  const { extracted: x } = await understand([extractPastedText(FORM)]);
  assert.equal(x.general.setTime, '21:45');
  assert.equal(x.general.setLengthMinutes, 75);
  assert.equal(x.general.curfewTime, '23:30');
  const set = x.activities.find((a) => a.kind === 'set' && a.startTime === '21:45');
  assert.equal(set?.name, 'De Zilverreigers', JSON.stringify(x.activities));
  assert.equal(set?.endTime, '23:00');
  assert.deepEqual(x.activities.filter((a) => a.kind === 'curfew').map((a) => a.startTime), ['23:30']);
  assert.equal(x.hotels[0]?.bookingReference, 'ZP-77120');
  // The remark after the load-in's time, set off by a spaced dash, is its note.
  assert.equal(x.activities.find((a) => a.kind === 'load_in')?.notes, 'via de poort aan de achterzijde');
  assert.equal(x.general.venue, 'Poppodium De Walvis');
  assert.deepEqual(x.food.map((f) => [f.name, f.time]), [['De Groene Lepel', '18:30']], JSON.stringify(x.food));
  // The form's title over its instruction sentence is no person's first name; "Programmering" is a role.
  assert.deepEqual(x.contacts.map((c) => [c.name, c.role]), [['Fenna de Wit', 'Programmering']], JSON.stringify(x.contacts));
});
