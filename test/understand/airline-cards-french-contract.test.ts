/**
 * An airline's booking e-mail printing each leg as a stacked card (departure label, time, date, city
 * over the number; the arrival's below it) with seats in a passenger × flight table; a French contrat
 * de cession read from a scan: fee row without a colon, defined parties without brackets, contacts
 * table rows opened by the party, a meal in a dash-bulleted list, a venue dashed from its address.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { categorise } from '../../src/understand/sections/documents.js';
import { normaliseDuration } from '../../src/understand/normalise/index.js';
import { pasted } from './helpers.js';

const BOOKING = [
  'Reserva confirmada',
  'Código de reserva',
  'QW4RTY',
  'Data da reserva: ter., 2 mar. 2027',
  'Ida · qui., 8 abr. 2027',
  'Partida',
  '07:20',
  'qui., 8 abr. 2027',
  'Madrid (MAD)',
  'Aeroporto Barajas · Terminal 2',
  'TP1015',
  'Duração 1h 25min',
  '✈',
  'Airbus A320neo',
  'Classe: Económica · Tarifa: Basic',
  'Chegada',
  '07:45',
  'qui., 8 abr. 2027',
  'Lisboa (LIS)',
  'Aeroporto Humberto Delgado · Terminal 1',
  'Volta · dom., 11 abr. 2027',
  'Partida',
  '22:50',
  'dom., 11 abr. 2027',
  'Lisboa (LIS)',
  'TP1028',
  'Duração 1h 20min',
  'Airbus A319',
  'Classe: Económica · Tarifa: Basic',
  'Chegada',
  '01:10+1',
  'seg., 12 abr. 2027',
  'Madrid (MAD)',
  '',
  '#\tNome\tTipo\tBilhete n.o',
  '1\tSra. Marta OLIVEIRA\tAdulto\t047-2400000101',
  '2\tSr. Tomás REIS\tAdulto\t047-2400000102',
  '',
  'Passageiro\tTP1015 MAD–LIS\tTP1028 LIS–MAD',
  'Sra. Marta OLIVEIRA\t03A\t17C',
  'Sr. Tomás REIS\t03B\tAtribuído no check-in',
  '',
  'Bagagem de porão: 1 peça até 23 kg',
].join('\n');

test("an airline's stacked cards give each leg its route, times, duration, aircraft and cabin; a seat table by name seats the ticketed passengers", async () => {
  const { extracted } = await understand([pasted(BOOKING)]);
  assert.deepEqual(extracted.flights.map((f) => [f.flightNumber, f.date, f.fromAirport, f.fromCity, f.toAirport, f.toCity, f.departureTime, f.arrivalTime, f.durationMinutes, f.aircraft, f.travelClass]), [
    ['TP1015', '2027-04-08', 'MAD', 'Madrid', 'LIS', 'Lisboa', '2027-04-08T07:20', '2027-04-08T07:45', 85, 'Airbus A320neo', 'Económica'],
    ['TP1028', '2027-04-11', 'LIS', 'Lisboa', 'MAD', 'Madrid', '2027-04-11T22:50', '2027-04-12T01:10', 80, 'Airbus A319', 'Económica'],
  ]);
  assert.deepEqual(extracted.flights.map((f) => f.passengers.map((p) => [p.ticketNumber, p.seat])), [
    [['0472400000101', '3A'], ['0472400000102', '3B']],
    [['0472400000101', '17C'], ['0472400000102', null]],
  ]);
});

test("a Portuguese airline's booking is a flight ticket, and its booking date no show's date", async () => {
  assert.equal(categorise(pasted(BOOKING)), 'flight_ticket');
  const { extracted } = await understand([pasted(BOOKING)]);
  assert.equal(extracted.general.date, null);
  assert.equal(extracted.general.setLengthMinutes, null);
});

const CONTRACT = [
  'CONTRAT DE CESSION DU DROIT D’EXPLOITATION D’UN SPECTACLE',
  'ENTRE LES SOUSSIGNES :',
  'L’association LA GRANGE BLEUE, association loi 1901, dont le siège est situé 4 rue des Tanneurs, 21000 Dijon,',
  'représentée par Madame Claire Duval, en sa qualité de Présidente,',
  'ci-après dénommée « l’ORGANISATEUR », d’une part,',
  'ET ;',
  'La société VENT D’OUEST PRODUCTIONS, SARL au capital de 5 000 €, dont le siège est situé 12 quai Duguay,',
  '29200 Brest, représentée par Monsieur Yann Kerloc’h, en sa qualité de Gérant,',
  'ci-après dénommée « le PRODUCTEUR », d’autre part.',
  'Article 1 — Objet',
  'Le Producteur cède à l’Organisateur le droit d’exploitation du spectacle MER CALME — « Marées » (concert), dans le cadre de la 3e édition du festival Les Quais',
  'du Soir.',
  'Article 2 — Date, lieu et horaires',
  'Date : vendredi 9 avril 2027',
  'Lieu : Salle des Tanneurs — 4 rue des Tanneurs, 21000 Dijon (jauge : 350 places',
  'debout)',
  'Arrivée de l’équipe : 15h00',
  'Premiere partie : 20h00 — 20h30',
  'Représentation : 21h00 — durée : 1h30 environ',
  'Article 3 — Prix de cession',
  'Prix de cession HT 3 000,00 €',
  'TVA 5,5 % 165,00 €',
  'Article 4 — Conditions de paiement',
  'Un acompte de 50 % du montant TTC sera versé à la signature. Le solde sera réglé par virement',
  'dans les 30 jours suivant la représentation.',
  'Coordonnées bancaires : IBAN FR76 0000 0000 0000 0000 0000 000',
  '',
  'Article 7 — Accueil : hébergement et repas',
  'L’Organisateur prend en charge pour l’équipe de quatre (4) personnes :',
  '',
  '— l’hébergement en quatre chambres à l’Hôtel du Parc, 2 place Wilson, 21000',
  'Dijon, pour la nuit du 9 au 10 avril 2027 ;',
  '— les repas : un dîner chaud pour quatre (4) personnes, le 9 avril 2027 à 19h00, servi',
  'en loge ;',
  '— les boissons selon la fiche d’accueil.',
  'Article 9 — Contacts',
  'Organisateur — régie générale ~~ Paul Morel\t0611223344\tregie@grangebleue.example.fr',
  'Producteur — tour manager\tLéa Guen\t06 55 44 33 22 | lea.guen @ventdouest.example.fr .',
].join('\n');

test('a contrat de cession: a fee row without a colon, the clause paragraph before a labelled line, a venue dashed from its address', async () => {
  const { extracted } = await understand([pasted(CONTRACT)]);
  assert.deepEqual([extracted.deal.fee, extracted.deal.currency], [3000, 'EUR']);
  assert.equal(extracted.deal.paymentTerms, 'Un acompte de 50 % du montant TTC sera versé à la signature. Le solde sera réglé par virement dans les 30 jours suivant la représentation.');
  assert.deepEqual([extracted.general.venue, extracted.general.address, extracted.general.city], ['Salle des Tanneurs', '4 rue des Tanneurs, 21000 Dijon', 'Dijon']);
  assert.equal(extracted.general.setLengthMinutes, 90);
  assert.deepEqual(extracted.activities.filter((a) => a.kind === 'set').map((a) => a.startTime), ['20:00', '21:00']);
  assert.deepEqual(extracted.activities.filter((a) => a.kind === 'load_in').map((a) => a.startTime), ['15:00']);
});

test('a contrat de cession names its act after "exploitation du spectacle" and its festival after its edition', async () => {
  const { extracted } = await understand([pasted(CONTRACT)]);
  assert.deepEqual([extracted.general.artist, extracted.general.eventName], ['MER CALME', 'Les Quais du Soir']);
});

test('a stay sentence wrapped between postcode and city keeps the whole address', async () => {
  const { extracted } = await understand([pasted(CONTRACT)]);
  assert.deepEqual(extracted.hotels.map((h) => [h.address, h.checkInDate, h.checkOutDate]), [['2 place Wilson, 21000 Dijon', '2027-04-09', '2027-04-10']]);
});

test('contacts rows opened by a party the contract defines without brackets: the rest is the role, the party the company', async () => {
  const { extracted } = await understand([pasted(CONTRACT)]);
  assert.deepEqual(extracted.contacts.map((c) => [c.name, c.role, c.company, c.phone, c.email]), [
    ['Paul Morel', 'régie générale', 'association LA GRANGE BLEUE', '+33611223344', 'regie@grangebleue.example.fr'],
    ['Léa Guen', 'tour manager', 'VENT D’OUEST PRODUCTIONS', '+33655443322', 'lea.guen@ventdouest.example.fr'],
  ]);
});

test('a meal in a dash-bulleted list is read on its own item, named by the meal after its "repas :" label', async () => {
  const { extracted } = await understand([pasted(CONTRACT)]);
  assert.deepEqual(extracted.food.map((f) => [f.name, f.date, f.time, f.guestCount]), [['Dîner chaud', '2027-04-09', '19:00', 4]]);
});

test('a length given as about so long is that length', () => {
  assert.equal(normaliseDuration('1h15 environ'), 75);
  assert.equal(normaliseDuration('ca. 90 min'), 90);
});
