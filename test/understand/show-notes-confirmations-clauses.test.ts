/**
 * A club show's papers read together: a hotel's bilingual confirmation (time cells after a dash, a
 * counted rooms label over count rows, remarks far below, the details in the sign-off), a contract
 * that calls its schedule indicative, a tour manager's notes (weekday headings, "role = name"
 * lines, rides with riders and drivers), meals replaced or eaten on the road, unlabelled deposit and
 * tax clauses, a set-length row, the act's name as a rider's title, and slots named by role.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { found } from '../../src/understand/found.js';
import { understand } from '../../src/understand/index.js';
import { extract as deal } from '../../src/understand/sections/deal.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { extract as technical } from '../../src/understand/sections/technical.js';
import { pasted, scheduleItems } from './helpers.js';
import { contactRows, run, show, values } from './sections/travel-fixtures.js';

const asFile = (text: string, name: string): ExtractedSource => ({ ...pasted(text), name, origin: 'file' });

const CONFIRMATION = [
  'Hotel Rivierzicht Arnhem',
  '*** RESERVERINGSBEVESTIGING / BOOKING CONFIRMATION ***',
  '',
  'Reserveringsnummer:\tRZA-5521',
  'Aankomst / Arrival:\tdonderdag 9 september 2027\t- inchecken vanaf 14:00 uur',
  'Vertrek / Departure:\tvrijdag 10 september 2027 - uitchecken tot 11:00 uur',
  '',
  'Kamers (3):',
  '  1x Twin (2 bedden)\tLotte Vermeer / Ada Kroon\tEUR 120,00',
  '  1x Eenpersoonskamer\tPim Aalders\tEUR 95,00',
  '  1x Eenpersoonskamer\tRuud Lammers\tEUR 95,00',
  '',
  'Tarief per kamer per nacht.',
  'Toeristenbelasting EUR 3,50 p.p.p.n.',
  'Totaal: EUR 324,50',
  'Parkeren: garage op 200 m.',
  '',
  'Opmerkingen:',
  'Late aankomst na het concert, nachtportier is ingelicht.',
  '',
  'Met vriendelijke groet,',
  'Team Reserveringen',
  'Hotel Rivierzicht Arnhem',
  'Rijnkade 12, 6811 HA Arnhem',
  'T +31 (0)26 351 4400',
  'E boekingen@rivierzicht.example.nl',
].join('\n');

test("a hotel's bilingual confirmation: the dash's time cell, the counted rooms and their guests, far remarks and the sign-off's details", () => {
  const [stay] = run(hotels, asFile(CONFIRMATION, 'Reserveringsbevestiging RZA-5521.txt'));
  const v = values(stay!);
  assert.equal(v.checkInTime, '14:00');
  assert.equal(v.checkOutTime, '11:00');
  assert.equal(v.rooms, 3);
  assert.deepEqual(v.guests, ['Lotte Vermeer', 'Ada Kroon', 'Pim Aalders', 'Ruud Lammers']);
  assert.equal(v.notes, 'Late aankomst na het concert, nachtportier is ingelicht.');
  assert.equal(v.address, 'Rijnkade 12, 6811 HA Arnhem');
  assert.equal(v.phone, '+31263514400');
  assert.equal(v.email, 'boekingen@rivierzicht.example.nl');
});

const CONTRACT = [
  'PERFORMANCE AGREEMENT',
  'This agreement is made between the Promoter and the Artist.',
  '',
  '1. ENGAGEMENT',
  'Artist\tVelvet Harbour',
  'Date of performance\tThursday 9 September 2027',
  'Venue\tDe Kade, Rijnkade 40, 6811 HD Arnhem, The Netherlands',
  '',
  '2. SCHEDULE',
  'Load-in\t14:00',
  'Soundcheck Artist\t16:00',
  'Doors\t19:00',
  'Curfew\t23:00',
  '',
  '2.2 The schedule above is indicative. Final times are set out in the Venue’s day sheet, which prevails.',
  '',
  '3. FEE',
  '3.1 The Promoter shall pay the Artist a guaranteed fee of € 3.000,00.',
  '3.2 The fee is exclusive of 21% VAT.',
  '3.3 30% deposit payable within 10 days of signature; the balance by bank transfer within 5 days after the show.',
].join('\n');

const NOTES = [
  'ARNHEM thu 9/9  --  De Kade',
  '',
  'promoter = Mila Verbeek (Kade) mob 06 41 22 83 19  <- text first',
  'driver = Joost Brink 06-28815530 (8 seater, white van)',
  '',
  'thu',
  '11:00 pick-up Arnhem Centraal (Joost) -> straight to De Kade, lunch on the road',
  '',
  'fri',
  '08:00 lobby call Rivierzicht -> Schiphol (Joost)',
  '',
  'DAY SHEET - do 9 september 2027 - De Kade',
  'versie 3 (06-09-2027)',
  '',
  '14:00          Load-in',
  '16:00 - 17:00  Soundcheck Velvet Harbour',
  '18:00          Diner - Keuken Noord (kantine) - 7 pers.',
  '20:00          Doors',
  '23:30          Transfer crew De Kade -> Hotel Rivierzicht',
].join('\n');

test('a contract that calls its schedule indicative gives way to the day sheet on the show\'s times, with a conflict', async () => {
  const { extracted } = await understand([asFile(CONTRACT, 'agreement.txt'), pasted(NOTES)]);
  assert.equal(extracted.general.doorsTime, '20:00');
  assert.ok(extracted.warnings.some((w) => w.code === 'conflict' && w.message.includes('doorsTime')));
  const doors = extracted.activities.filter((a) => a.kind === 'doors');
  assert.deepEqual(doors.map((a) => a.startTime), ['20:00']);
  // "Soundcheck Artist" at 16:00 and the day sheet's check of the act at 16:00 are one item, named by the act.
  const checks = extracted.activities.filter((a) => a.kind === 'soundcheck');
  assert.deepEqual(checks.map((a) => a.name), ['Soundcheck Velvet Harbour']);
});

test('a contract without such a clause keeps its word on the times it shares with the notes', async () => {
  const firm = CONTRACT.replace(/^2\.2 .*$/m, '');
  const { extracted } = await understand([asFile(firm, 'agreement.txt'), pasted(NOTES)]);
  assert.equal(extracted.general.doorsTime, '19:00');
});

test("notes' weekday headings date their block; rides keep their riders in the name, lose the driver's aside and the way they go", () => {
  const items = scheduleItems(NOTES, ['date', 'location', 'destination']);
  const ride = (start: string) => items.find((i) => i.start === start);
  assert.deepEqual(ride('08:00'), { name: 'lobby call', kind: 'transfer', start: '08:00', date: '2027-09-10', location: 'Rivierzicht', destination: 'Schiphol' });
  assert.deepEqual(ride('11:00'), { name: 'pick-up', kind: 'transfer', start: '11:00', date: '2027-09-09', location: 'Arnhem Centraal', destination: 'De Kade' });
  assert.deepEqual(ride('23:30'), { name: 'Transfer crew', kind: 'transfer', start: '23:30', date: '2027-09-09', location: 'De Kade', destination: 'Hotel Rivierzicht' });
});

test('"role = name" lines of notes give contacts with their numbers', () => {
  assert.deepEqual(contactRows(NOTES.split('\n').slice(2, 4).join('\n'), 'NL'), [
    ['Mila Verbeek', 'Promoter', null, '+31641228319', null],
    ['Joost Brink', 'Driver', null, '+31628815530', null],
  ]);
});

test("a clause number is no part of a labelled contact's role", () => {
  const rows = contactRows('6.2 Venue Production Manager: Sem Hoek, sem.hoek@kade.example.nl');
  assert.equal(rows[0]![1], 'Venue Production Manager');
});

test("a day sheet's meal row names its kitchen, not dated by the sheet's version; a meal on the road is no booking", () => {
  const meals = run(food, pasted(NOTES), show('2027-09-09', 'Arnhem', 'NL')).map(values);
  assert.equal(meals.length, 1);
  assert.equal(meals[0]!.name, 'Keuken Noord');
  assert.equal(meals[0]!.date, '2027-09-09');
  assert.equal(meals[0]!.guestCount, 7);
});

test('a meal given in lieu of another is named by what is given; food alone keeps its buyout word', () => {
  const [meal] = run(food, pasted('4.1 In lieu of catering, the Promoter shall pay a food buyout of £12 per person for five (5) persons, in cash on arrival.'), show('2027-05-14'));
  assert.equal(meal!.name!.value, 'Food buyout');
  assert.equal(meal!.kind!.value, 'buyout');
});

test("a contract's unlabelled deposit clause is the payment terms, a clause of its own on the fee's tax a note", () => {
  const [terms] = run(deal, pasted(CONTRACT));
  assert.equal(terms!.paymentTerms!.value, '30% deposit payable within 10 days of signature; the balance by bank transfer within 5 days after the show.');
  assert.equal(terms!.notes!.value, 'The fee is exclusive of 21% VAT.');
  // The fee's own clause stating its tax is no note, nor is a tax clause that gives no rate.
  const [plain] = run(deal, pasted('2.1 The Promoter shall pay the Artist a guaranteed fee of £2,000, plus VAT at the prevailing rate.\n2.3 The Fee is exclusive of VAT, which shall be added where applicable.'));
  assert.equal(plain!.notes, undefined);
});

test("a running order's set-length row gives the set's length", () => {
  const order = 'Date of performance: Friday 14 May 2027\nVenue: The Lantern Room\n\nItem\tTime\tNotes\nDoors\t19:30\t\nHeadline\t21:00\t\nSet length\t60 minutes\tNo encore\n';
  const [show] = run(general, pasted(order));
  assert.equal(show!.setLengthMinutes!.value, 60);
});

test("a rider titled with the act's name does not take the title for its lighting", () => {
  const rider = 'VELVET LIGHTS\n\nTechnical rider 2027\n\nLighting\n\nHouse rig is fine, no strobes.\n';
  const at = <T>(value: T) => found(value, { method: 'label' as const, source: 'x', page: null, span: null, validated: true });
  const [tech] = run(technical, asFile(rider, 'Velvet Lights - Technical Rider.txt'), { artist: at('Velvet Lights') });
  assert.equal(tech!.lighting!.value, 'House rig is fine, no strobes.');
});
