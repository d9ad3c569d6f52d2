import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_LIMITS } from '../../src/extract/limits.js';
import { readSource } from '../../src/extract/read.js';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extract as contacts } from '../../src/understand/sections/contacts.js';
import { extract as deal } from '../../src/understand/sections/deal.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { scheduleOf } from '../../src/understand/sections/schedule.js';
import { namesDiets } from '../../src/understand/sections/typed-meal.js';
import { run, show, values } from './sections/travel-fixtures.js';

function file(text: string, name: string): Promise<ExtractedSource> {
  return readSource({ bytes: Buffer.from(text), name, declaredType: null, origin: 'file', depth: 0 }, DEFAULT_LIMITS);
}

// An invented French planning tool's export, as French Excel wants it: a "sep=;" line, semicolons,
// "Intitulé" / "Commentaire" / "Tél. contact" / "E-mail contact" columns, a series in "Manifestation".
const EXPORT = [
  'sep=;',
  'Manifestation;Date;Début;Fin;Catégorie;Intitulé;Lieu;Contact;Tél. contact;E-mail contact;Commentaire',
  'Festival des Brumes;14/05/2028;12h00;;Hébergement;Hôtel du Marché;4 rue Haute, 29000 Quimper;Accueil;02 98 11 22 33;accueil@hoteldumarche.example.fr;"2 chambres ; réf. HM-7781 ; petit-déjeuner inclus"',
  'Festival des Brumes;14/05/2028;;;Administratif;Cachet Les Ormes;;Anne Kerbrat;;;"1 500 € HT – cachet fixe.\r\nPaiement par virement sous 15 jours"',
  'Festival des Brumes;14/05/2028;15h30;16h30;Technique;Balances Les Ormes;Scène ;Paul Le Goff (régisseur);06 11 22 33 44;paul.legoff@brumes.example.fr;',
  'Festival des Brumes;14/05/2028;17h00;17h20;Presse;Interview Radio Bretagne;Loges;Anne Kerbrat (chargée de presse);07 55 44 33 22;anne@brumes.example.fr;',
  'Festival des Brumes;14/05/2028;19h00;;Catering;Dîner;Loges;Traiteur Ar Vag;02 98 44 55 66;;5 repas dont 1 végétalien',
  'Festival des Brumes;14/05/2028;20h00;;Public;Ouverture des portes;;;;;',
  'Festival des Brumes;14/05/2028;21h00;22h15;Concert;Les Ormes;Scène;;;;',
].join('\r\n');

const GENERAL = show('2028-05-14', 'Quimper', 'FR');

test('a "sep=;" first line names the delimiter and is no row of the table', async () => {
  const source = await file(EXPORT, 'export.csv');
  assert.equal(source.metadata.delimiter, ';');
  assert.deepEqual(source.tables[0]!.rows[0]!.slice(0, 3), ['Manifestation', 'Date', 'Début']);
  assert.ok(!source.text.startsWith('sep='));
});

test('rows typed "Technique", "Presse" or a word of the sender\'s own with a time are items of the day', async () => {
  const items = scheduleOf(await file(EXPORT, 'export.csv')).map((i) => [i.name.value, i.kind.value, i.start.value, i.end?.value ?? null]);
  assert.deepEqual(items, [
    ['Balances Les Ormes', 'soundcheck', '15:30', '16:30'],
    ['Interview Radio Bretagne', 'interview', '17:00', '17:20'],
    ['Ouverture des portes', 'doors', '20:00', null],
    ['Les Ormes', 'set', '21:00', '22:15'],
  ]);
});

test('an event column holding one name on every row is the event; the fee row gives the deal', async () => {
  const source = await file(EXPORT, 'export.csv');
  const [g] = run(general, source).map(values);
  assert.equal(g!.eventName, 'Festival des Brumes');
  const [d] = run(deal, source, GENERAL).map(values);
  assert.deepEqual([d!.fee, d!.currency, d!.dealType, d!.paymentTerms], [1500, 'EUR', 'flat', 'Paiement par virement sous 15 jours']);
});

test("the POC's e-mail column is the person's, or the desk's hotel's; a French \"réf.\" is the booking reference", async () => {
  const source = await file(EXPORT, 'export.csv');
  const people = run(contacts, source, GENERAL).map(values);
  assert.deepEqual(people.map((p) => [p.name, p.email ?? null]), [
    ['Paul Le Goff', 'paul.legoff@brumes.example.fr'],
    ['Anne Kerbrat', 'anne@brumes.example.fr'],
  ]);
  const [hotel] = run(hotels, source, GENERAL).map(values);
  assert.deepEqual([hotel!.email, hotel!.bookingReference], ['accueil@hoteldumarche.example.fr', 'HM-7781']);
  const [meal] = run(food, source, GENERAL).map(values);
  assert.deepEqual([meal!.name, meal!.email ?? null, meal!.notes], ['Traiteur Ar Vag', null, '5 repas dont 1 végétalien']);
});

test('diets are named with or without accents', () => {
  assert.ok(namesDiets('3 repas dont 2 végétariens'));
  assert.ok(namesDiets('1 végétalien'));
  assert.ok(!namesDiets('5 repas chauds'));
});
