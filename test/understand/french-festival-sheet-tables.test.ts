/**
 * A French festival's artist sheet ("fiche artiste"): the rides table headed "Départ | De | Vers", the
 * day's table with its "Où" column, the stage's running order marking the reader's row "← vous", the
 * festival's days in the top line, and the hotel block's French labels.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { labelKey } from '../../src/understand/text/lexicon.js';
import { pasted } from './helpers.js';

test('French column and label words: "Où", "Vers", inclusive endings, "N° de dossier"', () => {
  assert.deepEqual(
    ['Où', 'Vers', 'Occupant·es', 'Occupant·e·s', 'N° de dossier'].map(labelKey),
    ['location', 'to', 'guests', 'guests', 'booking_reference'],
  );
});

const SHEET = [
  "FESTIVAL DES BERGES festival · 7e édition · 10, 11 & 12 septembre 2027 · Montreuil-sur-Mer\tESPACE ARTISTES",
  '',
  'FICHE ARTISTE',
  'LES HIBOUX BLEUS — samedi 11 septembre 2027 — Scène du Lavoir',
  '',
  'Festival\tFestival des Berges — 7e édition — du vendredi 10 au dimanche 12 septembre 2027',
  'Ouverture des portes\t16h00',
  '',
  'Heure\tQuoi\tOù',
  '17h30\tDépart navette hôtel → site\tHôtel du Beffroi',
  '18h30 – 19h00\tGet-in et déchargement\tCoulisses Lavoir',
  '20h00 – 21h10\tCONCERT LES HIBOUX BLEUS\tScène du Lavoir',
  '',
  'RUNNING ORDER — SCÈNE DU LAVOIR',
  '',
  'Horaire\tArtiste',
  '16h00\tOuverture des portes',
  '17h00 – 17h40\tLa Marée Douce',
  '18h15 – 19h05\tTrio Cassandre',
  '20h00 – 21h10\tLES HIBOUX BLEUS\t← vous',
  '22h00 – 23h30\tNéon Sauvage',
  '',
  'NAVETTES',
  '',
  'Date\tDépart\tDe\tVers\tRemarques',
  'sam. 11/09\t14h20\tGare de Arras (parvis nord)\tHôtel du Beffroi\tArrivée TER à 14h05',
  'sam. 11/09\t17h30\tHôtel du Beffroi\tSite – Entrée C\tMatériel en soute',
  'sam. 11/09\t00h45 (nuit)\tSite – Entrée C\tHôtel du Beffroi\tDernier départ',
  '',
  'HÉBERGEMENT',
  '',
  'Hôtel\tHôtel du Beffroi',
  'Adresse\t9 place des Héros, 62000 Arras',
  'Téléphone / e-mail\t03 21 55 10 20 — accueil@hotel-beffroi.example.fr',
  'Arrivée\tsamedi 11 septembre 2027, à partir de 15h00',
  'Départ\tdimanche 12 septembre 2027, avant 11h00',
  'Chambres\t2 chambres',
  'N° de dossier\tFB27-0932',
  'Conditions\tPetit-déjeuner inclus ; parking à la charge du groupe.',
  '',
  'Chambre\tType\tOccupant·es',
  '1\tTwin\tAnaïs Roux / Mathis Garnier',
  '2\tTwin\tLéa Fontaine / Hugo Perrin',
  '',
].join('\n');

test('a French artist sheet: the act by its marked running-order row, the rides table, the day table places and the hotel', async () => {
  const { extracted: x } = await understand([{ ...pasted(SHEET), name: 'fiche.txt', origin: 'file' }]);
  const g = x.general;
  assert.deepEqual([g.artist?.toLowerCase(), g.eventName, g.setTime, g.setLengthMinutes], ['les hiboux bleus', 'Festival des Berges', '20:00', 70]);
  const rides = x.activities.filter((a) => a.kind === 'transfer').map((a) => [a.date, a.startTime, a.location, a.destination, a.notes]);
  // The 17h30 ride is written in both tables: one ride.
  assert.deepEqual(rides.sort(), [
    ['2027-09-11', '00:45', 'Site – Entrée C', 'Hôtel du Beffroi', 'Dernier départ'],
    ['2027-09-11', '14:20', 'Gare de Arras (parvis nord)', 'Hôtel du Beffroi', 'Arrivée TER à 14h05'],
    ['2027-09-11', '17:30', 'Hôtel du Beffroi', 'Site – Entrée C', 'Matériel en soute'],
  ]);
  // The rides' places are no acts, and the marked row's arrow is no place.
  assert.ok(!x.activities.some((a) => a.kind === 'set' && /Hôtel|Gare|Site/.test(a.name)));
  const own = x.activities.find((a) => a.kind === 'set' && a.startTime === '20:00');
  assert.equal(own?.location, 'Scène du Lavoir');
  assert.equal(x.activities.find((a) => a.kind === 'load_in')?.location, 'Coulisses Lavoir');
  const [hotel] = x.hotels;
  assert.deepEqual(
    [hotel?.phone, hotel?.email, hotel?.bookingReference, hotel?.guests, hotel?.notes],
    ['+33321551020', 'accueil@hotel-beffroi.example.fr', 'FB27-0932', ['Anaïs Roux', 'Mathis Garnier', 'Léa Fontaine', 'Hugo Perrin'], 'Petit-déjeuner inclus ; parking à la charge du groupe.'],
  );
});
