/**
 * A Polish performance contract ("Umowa", "godz. 20:00", a fee clause wrapped mid-sentence, "zaliczka w wysokości 30%")
 * and a Norwegian hotel chain's booking confirmation ("Gjest:", a "BESTILT AV" block, a customer-service line).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';
import { splitVenueAddress } from '../../src/understand/sections/general-venue.js';
import { pasted } from './helpers.js';

test('Polish items of the day: arrival and unloading, the concert, the end of the event', () => {
  assert.deepEqual(['Rozładunek sprzętu', 'Początek koncertu', 'Zakończenie imprezy', 'Otwarcie drzwi dla publiczności'].map(activityKind), ['load_in', 'set', 'curfew', 'doors']);
  assert.equal(activityKind('Kolacja'), null);
  assert.equal(activityKind('Jantar'), null);
});

test('a venue whose name holds a number, before a street with its house number and a postcode', () => {
  assert.deepEqual(splitVenueAddress('Klub 44, ul. Długa 4, 00-950 Warszawa.'), { venue: 'Klub 44', address: 'ul. Długa 4, 00-950 Warszawa' });
  assert.equal(splitVenueAddress('Hauptstraße 1, 10317 Berlin, Germany'), null);
});

const CONTRACT = [
  'UMOWA O WYSTĘP ARTYSTYCZNY nr 3/2027',
  '',
  'zawarta w dniu 10 stycznia 2027 r. w Poznaniu pomiędzy Stowarzyszeniem Fala a agencją Nowy Brzeg.',
  '',
  '§ 1. Przedmiot umowy',
  '1. Przedmiotem umowy jest koncert zespołu Biały Kruk (dalej: „Artysta”) w ramach cyklu',
  'koncertowego „Wiosenne Noce 2027”.',
  '2. Termin koncertu: piątek, 16 kwietnia 2027 r.',
  '3. Miejsce koncertu: Klub 44, ul. Długa 4, 61-001 Poznań.',
  '',
  '§ 2. Harmonogram',
  'Rozładunek sprzętu:\tgodz. 14:00 (wjazd od podwórza)',
  'Otwarcie drzwi dla publiczności:\tgodz. 19:00',
  'Początek koncertu Artysty:\tgodz. 20:30',
  'Zakończenie imprezy:\tnajpóźniej 23:00',
  '',
  '§ 3. Wynagrodzenie',
  '1. Organizator zapłaci Agencji wynagrodzenie ryczałtowe w',
  'wysokości 9 000,00 zł netto.',
  '2. Płatność: zaliczka w wysokości 30% wynagrodzenia płatna w terminie 7 dni od podpisania umowy.',
  '3. Inne ustalenia: Sprzedaż płyt prowadzi Agencja we własnym zakresie,',
  'bez prowizji dla Klubu.',
  '',
  '§ 4. Transport',
  'Organizator zapewni miejsce parkingowe przy rampie od godz. 13:30 do godz.',
  '01:00 dnia następnego.',
].join('\n');

test('a Polish contract: the act defined as the Artist, the series, the venue, the schedule, the wrapped fee clause, deposit and other terms', async () => {
  const { extracted: x } = await understand([{ ...pasted(CONTRACT), name: 'Umowa_3_2027.pdf', origin: 'file' }]);
  const g = x.general;
  assert.deepEqual([g.artist, g.eventName, g.venue, g.address, g.date, g.doorsTime, g.setTime, g.curfewTime], [
    'Biały Kruk', 'Wiosenne Noce 2027', 'Klub 44', 'ul. Długa 4, 61-001 Poznań', '2027-04-16', '19:00', '20:30', '23:00',
  ]);
  assert.deepEqual([x.deal.fee, x.deal.currency, x.deal.dealType, x.deal.depositPercent, x.deal.notes], [
    9000, 'PLN', 'flat', 30, 'Sprzedaż płyt prowadzi Agencja we własnym zakresie, bez prowizji dla Klubu.',
  ]);
  assert.deepEqual(x.activities.map((a) => [a.name, a.kind, a.startTime, a.notes]), [
    ['Rozładunek sprzętu', 'load_in', '14:00', 'wjazd od podwórza'],
    ['Otwarcie drzwi dla publiczności', 'doors', '19:00', null],
    ['Początek koncertu Artysty', 'set', '20:30', null],
    ['Zakończenie imprezy', 'curfew', '23:00', null],
  ]);
  assert.equal(x.documents[0]?.category, 'contract');
});

const BOOKING = [
  'From: Fjordkanten Hotell <noreply@fjordhotels.example.no>',
  'To: Kari Lie <kari@example.no>',
  'Subject: Bekreftelse på bestilling FH-55120 – Fjordkanten Hotell',
  '',
  'Hei Kari,',
  'takk for din bestilling!',
  '',
  'BESTILLINGSNUMMER: FH-55120',
  'Innsjekk:\tfredag 7. mai 2027, fra kl. 15.00',
  'Utsjekk:\tlørdag 8. mai 2027, innen kl. 11.00',
  'Antall rom: 2',
  '',
  'HOTELLET',
  'Fjordkanten Hotell',
  'Strandgata 3, 6004 Ålesund, Norge',
  'Telefon: +47 70 00 11 22',
  '',
  'ROM 1 – Dobbeltrom',
  '  Gjester: Ola Berg, Siri Dahl',
  'ROM 2 – Enkeltrom',
  '  Gjest: Kari Lie',
  '',
  'BESTILT AV',
  'Kari Lie, Nordlys Produksjon AS',
  'kari@example.no · +47 912 34 567',
  '',
  'Frokost serveres i Restaurant Brygga.',
  'Kundeservice Fjord Hotels: +47 22 11 22 33',
].join('\n');

test('a Norwegian booking confirmation: every room\'s guests, no booker or customer service as a contact, a hotel document despite its restaurant', async () => {
  const { extracted: x } = await understand([{ ...pasted(BOOKING), name: 'Bekreftelse.eml', origin: 'file', format: 'eml', metadata: { subject: 'Bekreftelse på bestilling FH-55120 – Fjordkanten Hotell', from: 'Fjordkanten Hotell <noreply@fjordhotels.example.no>' } }]);
  assert.deepEqual(x.hotels[0]?.guests, ['Ola Berg', 'Siri Dahl', 'Kari Lie']);
  assert.deepEqual(x.contacts, []);
  assert.equal(x.documents[0]?.category, 'hotel_confirmation');
});
