/**
 * A booking platform's confirmation page printed from a browser: a sidebar of other lodgings beside the
 * booked property's block, the booking number in a box of figures, a rooms table whose guest cells the
 * PDF's text layer joins, each room's board repeated, and the booker's own details.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

const PAGE = [
  '04.05.27, 10:02\tBuchungsbestätigung – Gasthof Lindenkrug Kassel | schlafgut24',
  '',
  'schlafgut24\tUnterkünfte\tFlüge\tMeine Buchungen',
  '',
  'Ihre Buchung ist bestätigt! Vielen Dank, Ada.\tBuchung verwalten',
  '\t› Buchung ändern',
  'Gasthof Lindenkrug Kassel\t› Buchung stornieren',
  '3 Sterne · Hotel · Bewertung 8,1 „Sehr gut“ (904 Bewertungen)',
  'Wilhelmsstraße 7, 34117 Kassel, Deutschland',
  'Telefon: +49 561 7700 120 · E-Mail:',
  'empfang@lindenkrug.example.de',
  '',
  'Buchungsnummer\tPIN-Code',
  '6610 302 774\t5521',
  '',
  'Mehr entdecken in Kassel',
  'Hotel Bergpark – nahe Wilhelmshöhe, Tel. +49 561 8800',
  '',
  'Anreise\tAbreise\tAufenthalt',
  'Do., 10. Juni 2027\tSa., 12. Juni 2027\t2 Nächte, 2 Zimmer',
  'Check-in ab 14:00 Uhr\tCheck-out bis 10:30 Uhr\t3 Erwachsene',
  '',
  'Ihre Zimmer',
  'Zimmer\tGäste\tPreis',
  'Zimmer 1: Doppelzimmer 1 Doppelbett Frühstück inbegriffen\tMila Brandt Tomas Okafor\t€ 198,00',
  'Zimmer 2: Einzelzimmer 1 Einzelbett Frühstück inbegriffen\tIrma Feld\t€ 121,00',
  '',
  'Preisübersicht',
  'Zwischensumme (2 Zimmer × 2 Nächte)\t€ 319,00',
  'Gesamtpreis\t€ 319,00',
  'Zahlung: vor Ort in der Unterkunft',
  '',
  'Stornierungsbedingungen',
  'Kostenlose Stornierung bis Di., 8. Juni 2027, 18:00 Uhr (Ortszeit der',
  'Unterkunft). Danach berechnet die Unterkunft 90 % des Gesamtpreises.',
  '',
  'https://www.schlafgut24.example/meine-buchungen/bestaetigung?bn=6610302774\t1/2',
  '',
  '04.05.27, 10:02\tBuchungsbestätigung – Gasthof Lindenkrug Kassel | schlafgut24',
  '',
  'Ihre Angaben',
  'Hauptbucher\tAda Römer',
  'E-Mail\tada@kapelle-nord.example.de',
  'Telefon\t+49 170 5512 880',
].join('\n');

test('a printed booking page: the property over its address, not the sidebar\'s lodging; its box, its rooms table', async () => {
  const { extracted } = await understand([pasted(PAGE)]);
  assert.equal(extracted.hotels.length, 1);
  const [hotel] = extracted.hotels;
  assert.equal(hotel!.name, 'Gasthof Lindenkrug Kassel');
  assert.equal(hotel!.address, 'Wilhelmsstraße 7, 34117 Kassel, Deutschland');
  assert.equal(hotel!.phone, '+495617700120');
  assert.equal(hotel!.email, 'empfang@lindenkrug.example.de');
  assert.equal(hotel!.bookingReference, '6610302774');
  assert.equal(hotel!.checkInDate, '2027-06-10');
  assert.equal(hotel!.checkOutTime, '10:30');
  assert.equal(hotel!.rooms, 2);
  assert.deepEqual(hotel!.guests, ['Mila Brandt', 'Tomas Okafor', 'Irma Feld']);
  assert.equal(hotel!.notes, 'Frühstück inbegriffen');
  // The booker under "Ihre Angaben" is the page's addressee, no contact.
  assert.deepEqual(extracted.contacts, []);
});

test('joined names in a guest cell stay unread when the page counts other adults', async () => {
  const { extracted } = await understand([pasted(PAGE.replace('3 Erwachsene', '4 Erwachsene'))]);
  assert.deepEqual(extracted.hotels[0]!.guests, ['Irma Feld']);
});

test('a board only some rooms include is no remark on the stay', async () => {
  const { extracted } = await understand([pasted(PAGE.replace('Einzelbett Frühstück inbegriffen', 'Einzelbett'))]);
  assert.equal(extracted.hotels[0]!.notes, null);
});

test('the booker\'s phone and e-mail right under the stay, below "Ihre Angaben", are not the hotel\'s', async () => {
  const compact = PAGE.slice(0, PAGE.indexOf('Preisübersicht')) + PAGE.slice(PAGE.indexOf('Ihre Angaben'));
  const { extracted } = await understand([pasted(compact)]);
  assert.equal(extracted.hotels[0]!.phone, '+495617700120');
  assert.equal(extracted.hotels[0]!.email, 'empfang@lindenkrug.example.de');
});
