/**
 * A Québec festival's artist sheet ("fiche d'information artiste"): the site line with its address and a
 * remark after a long dash, the rides table headed "Prise en charge | Destination" with "17 h 45" times,
 * the hotel's "Séjour" row over both ends of the stay and its "Tél." row with the e-mail, the meals table
 * ("Souper", "Traiteur X — place") and the contacts' "Cellulaire" column.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { labelKey } from '../../src/understand/text/lexicon.js';
import { pasted } from './helpers.js';

test('Québec column words: "Cellulaire" is the phone, "Prise en charge" the pick-up place, "Séjour" the stay', () => {
  assert.deepEqual(['Cellulaire', 'Prise en charge', 'Séjour'].map(labelKey), ['phone', 'location', 'check_in']);
});

const SHEET = [
  'FESTIVAL DU GOÉLAND · 4e édition · 8, 9 et 10 août 2028\tDocument confidentiel',
  '',
  'Fiche d’information artiste',
  'Artiste : LES PIES GRIS | Scène : Scène Cormoran | Spectacle : samedi 9 août 2028, 20 h 00 à 21 h 00',
  'Site : Parc de la Pointe-Bleue, 120, chemin du Phare, Matane (Québec) G4W 3K9 — entrée des artistes par la rue du Port',
  '',
  'Navettes',
  'Date\tDépart\tTrajet\tPrise en charge\tDestination\tRemarques',
  'ven. 8 août\t16 h 10\tNavette gare → hôtel\tGare de Matane\tHôtel du Havre-Gris\tAutocar 22, arrivée 15 h 50',
  'sam. 9 août\t17 h 30\tNavette hôtel → site\tHôtel du Havre-Gris\tSite – Porte B\tMatériel dans la remorque',
  '',
  'Hébergement',
  'Hôtel\tHôtel du Havre-Gris — 40, avenue du Quai, Matane (Québec) G4W 1A2',
  '\tTél. : 418 555-0142 · accueil@havregris.example.ca',
  'Séjour\tArrivée le vendredi 8 août 2028 à partir de 16 h 00 — départ le dimanche 10 août 2028 à 11 h 00 (2 nuits)',
  'Confirmation\tFDG28-HG-0077',
  'Chambres\t2 chambres',
  '',
  'Repas',
  'Jour\tRepas\tOù\tHeure\tPers.\tRemarques',
  'ven. 8 août\tSouper\tCasse-croûte Chez Lili — 9, rue du Port, Matane\t19 h 00\t5\tTable au nom du festival',
  'sam. 9 août\tSouper\tTraiteur Vent du Large — tente catering, derrière la Scène Cormoran\t18 h 15\t5\t1 végétarien',
  '',
  'Contacts',
  'Nom\tFonction\tOrganisation\tCellulaire\tCourriel',
  'Noémie Tremblay\tAccueil artistes\tFestival du Goéland\t418 555-0190\taccueil@goeland.example.ca',
  '',
  'Tous les numéros sont au Québec (indicatif +1).',
  '',
].join('\n');

const read = async () => (await understand([{ ...pasted(SHEET), name: 'fiche.pdf', origin: 'file' }])).extracted;

test('the site written with its address is the venue, the remark after the long dash no part of the address', async () => {
  const g = (await read()).general;
  assert.deepEqual([g.venue, g.address, g.city, g.country], ['Parc de la Pointe-Bleue', '120, chemin du Phare, Matane (Québec) G4W 3K9', 'Matane', 'CA']);
});

test('a rides table headed "Prise en charge | Destination": each row is a ride from the pick-up place', async () => {
  const rides = (await read()).activities.filter((a) => a.kind === 'transfer').map((a) => [a.date, a.startTime, a.location, a.destination]);
  assert.deepEqual(rides, [
    ['2028-08-08', '16:10', 'Gare de Matane', 'Hôtel du Havre-Gris'],
    ['2028-08-09', '17:30', 'Hôtel du Havre-Gris', 'Site – Porte B'],
  ]);
});

test('the hotel: the "Séjour" row gives both ends of the stay, the "Tél." row its e-mail; a ride row\'s arrival is no check-in', async () => {
  const [hotel] = (await read()).hotels;
  assert.deepEqual(
    [hotel?.name, hotel?.checkInDate, hotel?.checkInTime, hotel?.checkOutDate, hotel?.checkOutTime, hotel?.phone, hotel?.email],
    ['Hôtel du Havre-Gris', '2028-08-08', '16:00', '2028-08-10', '11:00', '+14185550142', 'accueil@havregris.example.ca'],
  );
});

test('the meals table: "Souper" at "19 h 00" is a meal, a caterer opening its cell is its name and the place after the dash where', async () => {
  const food = (await read()).food.map((f) => [f.name, f.kind, f.date, f.time, f.address]);
  assert.deepEqual(food.find((f) => f[2] === '2028-08-09'), ['Traiteur Vent du Large', 'catering', '2028-08-09', '18:15', 'tente catering, derrière la Scène Cormoran']);
  assert.deepEqual(food.find((f) => f[2] === '2028-08-08')?.slice(2, 4), ['2028-08-08', '19:00']);
});

test('the contacts\' "Cellulaire" column is their phone', async () => {
  const [contact] = (await read()).contacts;
  assert.deepEqual([contact?.name, contact?.phone], ['Noémie Tremblay', '+14185550190']);
});
