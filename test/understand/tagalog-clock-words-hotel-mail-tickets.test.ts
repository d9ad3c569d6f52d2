/**
 * Filipino clock words ("alas-diyes", "alas-singko y medya"), a hotel moved
 * mid-chat to one named without a lodging word, its cancelled predecessor, "12nn", the hotel desk's
 * number, its confirmation kept off the flights, and van rides written as Tagalog sentences.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { findFilipinoClock } from '../../src/understand/normalise/filipino-clock.js';
import { findTimes } from '../../src/understand/normalise/time.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

const CHAT = [
  'Lakan Tour x Bayani Events', 'Group · 4 members', '',
  'Mara Santos  10:02 AM', 'Hi Ben! Hotel: naka-hold kayo sa Hotel Marikit sa Quezon Ave, 2 rooms, Friday to Sunday.', '',
  'Ben Archer  10:20 AM', 'Great, thanks Mara!', '',
  'Mara Santos  3:20 PM', 'Para sa Sabado: Soundcheck 5pm. Doors 7pm. Kayo alas-diyes, 60 mins.', '',
  'Mara Santos  11:47 AM', 'Ben, update sa hotel, nilipat ko na kayo:', 'The Narra Rooms, 212 Kalayaan Ave, Diliman, Quezon City',
  '2 rooms, check-in Biyernes 2pm, check-out Linggo 12nn', 'Conf no. NRR-55120', '',
  'Ben Archer  11:55 AM', 'So Marikit is off?', '',
  'Mara Santos  11:58 AM', 'Yes cancelled na Marikit.', '',
  'Mara Santos  12:01 PM', 'Narra front desk kung sakali: (02) 8733 1200', '',
  'Ben Archer  12:30 PM', 'Flights: PR 102 LAX-MNL lands 06:10.', '',
  'Mara Santos  7:15 PM',
  'Bukas susunduin kayo ni Kuya Dan sa Narra lobby ng 1:30pm papuntang Tanghalan Hall. Pagkatapos ng show, ihahatid kayo pabalik ng hotel 11:45pm, sa side gate ang sakay.',
  '', 'Mara Santos  7:20 PM', 'Tapos sa Linggo: 10:15am kayo susunduin sa Narra lobby papuntang NAIA T1 para sa flight nyo.',
].join('\n');

test('Filipino clock words: "alas" and a Spanish-derived hour, in the evening unless a part of the day says otherwise', () => {
  assert.deepEqual(findFilipinoClock('Kayo alas-diyes, tapos dinner alas-singko y medya').map((m) => m.value), ['22:00', '17:30']);
  assert.deepEqual(findFilipinoClock('alis tayo alas-otso ng umaga, ala-una ng hapon, alas-diyes menos kinse').map((m) => m.value), ['08:00', '13:00', '21:45']);
  assert.deepEqual(findFilipinoClock('breakfast alas-siyete'), [{ index: 10, length: 11, value: '07:00' }]);
  assert.deepEqual(findFilipinoClock('ala-dos, alas-una, alas-beinte'), [], '"ala" goes with one only; no hour, no time');
});

test('"12nn" is noon and "12mn" midnight', () => {
  assert.deepEqual(findTimes('check-out 12nn').map((t) => t.value), ['12:00']);
  assert.deepEqual(findTimes('until 12mn').map((t) => t.value), ['00:00']);
  assert.deepEqual(findTimes('12 rooms'), []);
});

test('a chat\'s hotel moved to one named before its street address; the cancelled one is gone', async () => {
  const { hotels, flights, general } = await extracted(CHAT);
  assert.equal(hotels.length, 1);
  assert.equal(hotels[0]!.name, 'The Narra Rooms');
  assert.equal(hotels[0]!.address, '212 Kalayaan Ave, Diliman, Quezon City');
  assert.equal(hotels[0]!.checkOutTime, '12:00');
  assert.equal(hotels[0]!.bookingReference, 'NRR-55120');
  assert.match(hotels[0]!.phone ?? '', /87331200$/);
  assert.equal(flights[0]?.bookingReference ?? null, null, "the hotel's confirmation is not the flight's");
  assert.equal(general.setTime, '22:00');
});

test('van rides written as Tagalog sentences are transfers', async () => {
  const rides = (await extracted(CHAT)).activities.filter((a) => a.kind === 'transfer').map((a) => [a.startTime, a.location, a.destination]);
  assert.deepEqual(rides, [['13:30', 'Narra lobby', 'Tanghalan Hall'], ['23:45', 'side gate', 'hotel'], ['10:15', 'Narra lobby', 'NAIA T1']]);
});

test('a page note run into a row\'s known label leaves the label its value', async () => {
  const { general } = await extracted(['Zeitplan', 'Einlass\t19:00 Uhr', 'Konzertbeginn\t20:30 Uhr', 'Curfew Abweichungen vom Ablauf sind vorher schriftlich abzusprechen.\t22:45 Uhr'].join('\n'));
  assert.equal(general.curfewTime, '22:45');
});

test('a hotel mail: a city tax is no city; a numbered guest list goes on below its label', async () => {
  const { hotels } = await extracted([
    'Hotel Lindengarten', 'Buchungsnummer:\t7741200', 'Anreise:\tDonnerstag, 11.03.2027, Check-in ab 14:00 Uhr', 'Abreise:\tFreitag, 12.03.2027',
    'Gäste:\t1. Herr Tomas Riedl', '                     2. Frau Ilse Marek', 'Preis:\tEUR 120.00', '',
    'City-Tax: EUR 3.10 pro Person und Nacht.', '', 'Hotel Lindengarten', 'Marktweg 9 · 4020 Linz · Österreich',
  ].join('\n'));
  assert.notEqual(hotels[0]!.city, 'EUR 3.10 pro Person und Nacht.');
  assert.deepEqual(hotels[0]!.guests, ['Tomas Riedl', 'Ilse Marek']);
});

test('an e-ticket receipt: the seat table after the tickets\' table; the issuing travel desk is no contact', async () => {
  const { flights, contacts } = await extracted([
    'Booking reference (PNR)\tQ4TR8N', 'Issuing agent\tNORTHWIND TRAVEL DESK / IATA 12-3 4567 8', '', 'PASSENGERS', '',
    'Name\tE-ticket number', 'OKAFOR/ADA MS\t125 2200114455', 'LINDQVIST/BO MR\t125 2200114456', '', 'ITINERARY', '',
    'Flight\tDate\tDeparture\tArrival', 'BA 812\tMon 08MAR27\tLONDON (LHR) dep 07:10\tCOPENHAGEN (CPH) arr 10:05', '', 'SEATS', '',
    'Passenger\tBA 812 / 08MAR', 'OKAFOR/ADA MS\t14C', 'LINDQVIST/BO MR\t14D',
  ].join('\n'));
  assert.deepEqual(flights[0]!.passengers.map((p) => p.seat), ['14C', '14D']);
  assert.ok(!contacts.some((c) => /desk/i.test(c.name ?? '')));
});

test('a Tagalog self-introduction gives the writer\'s role and company', async () => {
  const { contacts } = await extracted([
    'Lia Ramos  9:02 AM', 'Hello po! Lia po, tour coordinator ng Sinag Productions 😊', '',
    'Ben Archer  9:10 AM', 'Hi Lia!', '',
    'Lia Ramos  9:15 AM', 'Ito number ko: +63 917 222 3344',
  ].join('\n'));
  const lia = contacts.find((c) => c.name === 'Lia Ramos');
  assert.equal(lia?.company, 'Sinag Productions');
});

test("a chat's writers listed with their numbers take the roles they gave of themselves", async () => {
  const { contacts } = await extracted([
    'Tomas Rey  9:02 AM', 'Hi all! Tomas here, promoter from Sinag Live 👋', '',
    'Ines Abad  9:05 AM', 'Hello po! Ines po, stage manager ng Sinag Live', '',
    'Dan Cruz  9:07 AM', 'Dan Cruz po, driver. Ito number ko: +63 917 555 0142', '',
    'Tomas Rey  8:05 PM', 'Numbers namin:', 'Tomas Rey – +63 917 555 0101 – tomas@sinag.example.ph', 'Ines Abad – +63 917 555 0102 – ines@sinag.example.ph',
  ].join('\n'));
  const by = (n: string) => contacts.find((c) => c.name === n);
  assert.equal(by('Tomas Rey')?.role, 'promoter');
  assert.equal(by('Tomas Rey')?.company, 'Sinag Live');
  assert.equal(by('Ines Abad')?.company, 'Sinag Live');
  assert.equal(by('Dan Cruz')?.role, 'driver');
});
