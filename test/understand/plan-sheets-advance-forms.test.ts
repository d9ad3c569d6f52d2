import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extractPastedText } from '../../src/extract/index.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { extract as contacts } from '../../src/understand/sections/contacts.js';
import { extract as technical } from '../../src/understand/sections/technical.js';
import { scheduleOf } from '../../src/understand/sections/schedule.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';
import { routeTables } from '../../src/understand/sections/travel/route-table.js';
import { run, show, values } from './sections/travel-fixtures.js';

const attached = (name: string, text: string): ExtractedSource => ({ ...extractPastedText(text), name, origin: 'file' });

/** An invented tour-side workbook: a rooming sheet under a title naming the show, and a ground-transport sheet. */
const PLAN = attached('plan.xlsx', [
  'Sheet: Rooming',
  'LANTERN FIELD – WINTER RUN 2027',
  'ROOMING LIST · Leipzig · Show Sat 20.11.2027 @ Halle Nord',
  'Hotel\t\tHotel Am Ring',
  'Booked by\t\tIda Brandt, Tour manager · +44 7700 900456 · ida@lanternfield.example.co.uk',
  '',
  'Sheet: Ground transport',
  'Run\tDate\tPick-up\tFrom\tTo\tDriver\tDriver mobile\tNotes',
  'Crew arrival\t2027-11-20\t12:10\tLeipzig Hbf\tHotel Am Ring\tOle Brenner\t0151 2345 6789\tTrailer stays hitched',
  'Return to hotel\t2027-11-20\t23:40\tHalle Nord\tHotel Am Ring\tOle Brenner\t0151 2345 6789\t',
].join('\n'));

test('a title part "Show DATE @ Venue" names the show\'s day and venue; a city beside it is the show\'s city', () => {
  const [draft] = run(general, PLAN).map(values);
  assert.equal(draft!.date, '2027-11-20');
  assert.equal(draft!.venue, 'Halle Nord');
  assert.equal(draft!.city, 'Leipzig');
  assert.equal(draft!.country, 'DE');
});

test('a transport table\'s "Run" column names each transfer', () => {
  assert.deepEqual(routeTables(PLAN).trips.map((t) => t.name!.value), ['Crew arrival', 'Return to hotel']);
});

test('a "Driver" column names people in that role, once, with the "Driver mobile" column as their phone; a booker with a job is a contact', () => {
  const rows = run(contacts, PLAN, show('2027-11-20', 'Leipzig', 'DE')).map(values);
  assert.deepEqual(rows.find((c) => c.name === 'Ole Brenner'), { name: 'Ole Brenner', role: 'Driver', phone: '+4915123456789' });
  assert.equal(rows.filter((c) => c.name === 'Ole Brenner').length, 1);
  assert.equal(rows.find((c) => c.name === 'Ida Brandt')?.role, 'Tour manager');
});

/** An invented French advance form as a Question | Réponse table. */
const FORM = attached('fiche.docx', [
  'Question\tRéponse',
  'Artiste\tLes Vents Bleus',
  'Date du concert\tsamedi 6 novembre 2027',
  'Lieu\tLe Hangar',
  'Adresse de la salle\t4 rue des Tanneurs, 35000 Rennes',
  'Horaire d\'ouverture des portes\t20h00',
  'Heure de passage artiste\t21h00 – 22h15',
  'TECHNIQUE',
  'Lumière\tKit maison : 16 PAR LED, console à mémoires',
  'Vidéo\tà confirmer',
  '',
  'Nom\tFonction\tStructure\tTéléphone',
  'Lou Garnier\tRégisseuse\tLe Hangar\t06 12 34 56 78',
].join('\n'));

test('"Heure de passage artiste" is the artist\'s own set, named after the act', () => {
  assert.equal(activityKind('Heure de passage artiste'), 'set');
  const set = scheduleOf(FORM).find((i) => i.kind.value === 'set');
  assert.equal(set?.ownSet, true);
  assert.equal(set?.end?.value, '22:15');
});

test('"Adresse de la salle" is the venue\'s address', () => {
  const [draft] = run(general, FORM).map(values);
  assert.equal(draft!.address, '4 rue des Tanneurs, 35000 Rennes');
  assert.equal(draft!.city, 'Rennes');
});

test('a cell holding its own " : " stays the value of the known label before it; "à confirmer" is no value', () => {
  const [draft] = run(technical, FORM).map(values);
  assert.equal(draft!.lighting, 'Kit maison : 16 PAR LED, console à mémoires');
  assert.equal(draft!.video, undefined);
});

test('a "Structure" column is the person\'s company', () => {
  const rows = run(contacts, FORM, show('2027-11-06', 'Rennes', 'FR')).map(values);
  assert.equal(rows.find((c) => c.name === 'Lou Garnier')?.company, 'Le Hangar');
});
