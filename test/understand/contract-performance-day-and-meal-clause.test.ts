/**
 * A French contrat de cession: the sentence saying when the performance takes place gives the show's day,
 * however often the hotel night's and the transfers' next day is written further on; the hosting clause's
 * dinner is named after its quoted caterer, served in the venue's catering area, with the diet bracket as
 * notes, and the stay's clause after the semicolon lends it no address or date. "au Quai Sonore" is "à le Quai
 * Sonore": the venue's article, written in the parties' clause, is part of its name.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const CONTRACT = [
  'CONTRAT DE CESSION DU DROIT D’EXPLOITATION D’UN SPECTACLE',
  '',
  'ENTRE Les Tournées du Phare SARL, 3 rue des Lices, 35000 Rennes, ci-après « le Producteur »,',
  'ET Association Quai Sonore, exploitant la salle « Le Quai Sonore », 12 quai Rambaud, 69002 Lyon, ci-après « l’Organisateur ».',
  '',
  'Article 1 – Objet',
  'Le Producteur cède à l’Organisateur le droit d’exploiter le spectacle du groupe LES VAGUES GRISES pour une représentation.',
  '',
  'Article 2 – Date et lieu',
  'La représentation aura lieu le samedi 5 février 2028 au Quai Sonore, 12 quai Rambaud, 69002 Lyon.',
  '',
  'Article 3 – Horaires',
  'Balances\t17h00 – 18h00',
  'Concert\t21h00',
  '',
  'Article 7 – Accueil, repas et hébergement',
  'L’Organisateur prend en charge pour cinq (5) personnes : un dîner chaud servi à 19h30 dans l’espace',
  'catering (2e étage) par le traiteur de la salle, « Le Comptoir Bleu » (dont un repas végétalien) ;',
  'l’hébergement en deux (2) chambres twin à l’Hôtel Lune, 4 rue Mercière, 69002 Lyon, nuit du',
  '5 au 6 février 2028, petits-déjeuners inclus. L’Organisateur met à disposition un véhicule pour les',
  'transferts gare le 5 et le 6 février 2028.',
  '',
  'Fait à Lyon, le 10 novembre 2027.',
].join('\n');

test('a contract\'s "la représentation aura lieu le …" sentence gives the show\'s day', async () => {
  const { general } = (await understand([extractPastedText(CONTRACT)])).extracted;
  assert.equal(general.date, '2028-02-05');
});

test("a hosting clause's dinner is named after its quoted caterer, in the catering area, without the stay's address", async () => {
  const { food } = (await understand([extractPastedText(CONTRACT)])).extracted;
  assert.equal(food.length, 1, JSON.stringify(food));
  const [meal] = food;
  assert.equal(meal!.name, 'Le Comptoir Bleu');
  assert.equal(meal!.kind, 'catering');
  assert.equal(meal!.address, 'espace catering (2e étage)');
  assert.equal(meal!.time, '19:30');
  assert.equal(meal!.guestCount, 5);
  assert.equal(meal!.notes, 'dont un repas végétalien');
  assert.equal(meal!.date, '2028-02-05');
});

test('a venue after French "au" takes the article the contract writes it with elsewhere', async () => {
  const { general } = (await understand([extractPastedText(CONTRACT)])).extracted;
  assert.equal(general.venue, 'Le Quai Sonore');
  assert.equal(general.address, '12 quai Rambaud, 69002 Lyon');
});
