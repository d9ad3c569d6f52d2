/**
 * Sea and ground transport bookings and festival info mails: ferry crossings as transfers (label
 * blocks and tables), their dates kept out of the show's, such a booking not taken for a hotel's;
 * bulleted schedule lines, a festival's gates as doors, two meals in one sentence, and roles as a
 * booking or signature writes them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extractPastedText } from '../../src/extract/index.js';
import { extract as activities } from '../../src/understand/sections/activities.js';
import { extract as contacts } from '../../src/understand/sections/contacts.js';
import { extract as deal } from '../../src/understand/sections/deal.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { categorise } from '../../src/understand/sections/documents.js';
import { seaCrossings } from '../../src/understand/sections/travel/crossing.js';
import { scheduleItems } from './helpers.js';
import { contactRows, run, show, values } from './sections/travel-fixtures.js';

const asFile = (text: string, name = 'booking.txt'): ExtractedSource => ({ ...extractPastedText(text), name, origin: 'file' });

const pick = (a: Record<string, unknown>) =>
  [a['name'], a['kind'], a['date'], a['startTime'], a['endTime'], a['location'], a['destination'], a['notes']];

const FERRY = [
  'NORDKYST FERGER',
  'Booking confirmation',
  '',
  'Booking no.: 7731-55',
  '',
  'OUTBOUND',
  '  Vessel:      MS Havørn',
  '  Date:        Thursday 14 June 2029',
  '  Departure:   Hirtshals 08:15',
  '  Arrival:     Larvik 12:05 (local time)',
  '  Vehicle:     Van under 6 m',
  '  Travellers:  5 adults',
  '',
  'RETURN',
  '  Vessel:      MS Havørn',
  '  Date:        Sunday 17 June 2029',
  '  Departure:   Larvik 19:30 (local time)',
  '  Arrival:     Hirtshals 23:10',
  '',
  'Total NOK 4 120,00, paid by card.',
].join('\n');

test('each crossing of a ferry booking is a transfer named by its ship, with ports and local times', () => {
  const acts = run(activities, asFile(FERRY)).map(values).map(pick);
  assert.deepEqual(acts, [
    ['MS Havørn', 'transfer', '2029-06-14', '08:15', '12:05', 'Hirtshals', 'Larvik', undefined],
    ['MS Havørn', 'transfer', '2029-06-17', '19:30', '23:10', 'Larvik', 'Hirtshals', undefined],
  ]);
});

test('a crossing\'s date is no show date, its payment no deal, and a ferry booking no hotel confirmation', () => {
  const drafts = run(general, asFile(FERRY));
  assert.ok(drafts.every((d) => !d.date));
  assert.equal(run(deal, asFile(`${FERRY}\nPayment: 100 % on booking.`)).length, 0);
  assert.notEqual(categorise(asFile(FERRY, 'Buchungsbestätigung.txt')), 'hotel_confirmation');
});

test('a crossing may give its ports under their own labels, the time before the port, and no ship is no crossing', () => {
  const text = [
    'Schiff: MS Ostwind',
    'Abfahrtsdatum: 02.09.2029',
    'Von: Kiel',
    'Nach: Göteborg',
    'Abfahrt: 18:45 Uhr',
    'Ankunft: 09:15 Uhr',
  ].join('\n');
  assert.deepEqual(run(activities, asFile(text)).map(values).map(pick), [
    ['MS Ostwind', 'transfer', '2029-09-02', '18:45', '09:15', 'Kiel', 'Göteborg', undefined],
  ]);
  assert.equal(seaCrossings(asFile(text.replace('Schiff: MS Ostwind\n', ''))).length, 0);
});

test('crossings written one after another without a blank line are each their own', () => {
  const text = [
    'Ship: Aurora', 'Date: 03/10/2029', 'Departure: Dover 07:40', 'Arrival: Calais 10:10',
    'Ship: Aurora', 'Date: 05/10/2029', 'Departure: Calais 18:25', 'Arrival: Dover 18:55',
  ].join('\n');
  assert.deepEqual(run(activities, asFile(text)).map(values).map(pick), [
    ['Aurora', 'transfer', '2029-10-03', '07:40', '10:10', 'Dover', 'Calais', undefined],
    ['Aurora', 'transfer', '2029-10-05', '18:25', '18:55', 'Calais', 'Dover', undefined],
  ]);
});

test('a French crossing: accented labels, the date before the time, the port after it', () => {
  const text = ['Navire : Bretagne Sud', 'Départ : 21/07/2029 à 08:45 de Plymouth', 'Arrivée : 16:15 à Roscoff (heure locale)'].join('\n');
  assert.deepEqual(run(activities, asFile(text)).map(values).map(pick), [
    ['Bretagne Sud', 'transfer', '2029-07-21', '08:45', '16:15', 'Plymouth', 'Roscoff', undefined],
  ]);
});

test('a ferry table gives one transfer per row, named by its ship column', () => {
  const text = [
    'Laiva\tPäivä\tLähtö\tMistä\tMinne\tSaapuminen',
    'MS Saaristotähti\t05.07.2029\t07:30\tTurku\tMaarianhamina\t12:40',
  ].join('\n');
  assert.deepEqual(run(activities, asFile(text)).map(values).map(pick), [
    ['MS Saaristotähti', 'transfer', '2029-07-05', '07:30', '12:40', 'Turku', 'Maarianhamina', undefined],
  ]);
});

test('a bulleted list of times is a schedule, and a festival\'s gates opening is its doors', () => {
  const items = scheduleItems(['Times on the day', '', '- 11.45 Load-in', '- 13.00 Gates open', '• 15:10–16:00 Line check'].join('\n'), ['end']);
  assert.deepEqual(items, [
    { name: 'Load-in', kind: 'load_in', start: '11:45' },
    { name: 'Gates open', kind: 'doors', start: '13:00' },
    { name: 'Line check', kind: 'soundcheck', start: '15:10', end: '16:00' },
  ]);
});

test('two meals with their own times in one sentence are two meals at the place they share', () => {
  const text = 'Hi all,\n\nLunch is served 12:30–14:00 and dinner 18:15–19:45 in the Crew Tent behind the main stage.\n';
  const meals = run(food, asFile(text), show('2029-08-10')).map(values).map((m) => [m['name'], m['time']]);
  assert.deepEqual(meals, [['Crew Tent', '12:30'], ['Crew Tent', '18:15']]);
});

test('roles as bookings and signatures write them: lower case before the name, without a possessive, Nordic "-ansvarig", a dispatch desk', () => {
  assert.deepEqual(contactRows('Hej,\n\nPå plats: scenansvarig Jonna Berg, 070-123 45 67.\n', 'SE')[0]?.slice(0, 2), ['Jonna Berg', 'scenansvarig']);
  assert.deepEqual(contactRows('Your driver: Piet Maas, +31 6 1234 5678\n')[0]?.slice(0, 2), ['Piet Maas', 'driver']);
  const signed = contactRows([
    'Guten Tag,', '', 'anbei die Bestätigung.', '', 'Mit freundlichen Grüßen', '',
    'Lena Brandt', 'Disposition', 'Rheinbus Reisen GmbH', 'Tel. +49 221 555 0100 | lena@rheinbus.example.de',
  ].join('\n'));
  assert.deepEqual(signed[0]?.slice(0, 3), ['Lena Brandt', 'Disposition', 'Rheinbus Reisen GmbH']);
});

test('a bus hire\'s routing of several trips is an itinerary, and its labelled people\'s national numbers take the country its e-mail addresses agree on', () => {
  const text = [
    'FJORDBUSS AS', 'Ordrebekreftelse 2029-114', '',
    'Sjåfør: Ola Strand, mobil 912 34 567', '',
    'Tur\tDato\tAvgang\tFra\tTil\tAnkomst',
    'Tur 1\t03.05.2029\t08:00\tBergen\tStavanger\t13:30',
    'Tur 2\t04.05.2029\t10:00\tStavanger\tKristiansand\t14:15',
    '', 'Registrert: Foretaksregisteret Bergen 55 12 34 56',
    '', 'Med vennlig hilsen', 'Kari Lunde', 'kari@fjordbuss.example.no',
  ].join('\n');
  assert.equal(categorise(asFile(text, 'ordre.docx')), 'itinerary');
  const driver = run(contacts, asFile(text)).map(values).find((c) => c['name'] === 'Ola Strand');
  assert.equal(driver?.['phone'], '+4791234567');
  // A number under a label that names no role is no person's, whatever country the letter is from.
  assert.equal(run(contacts, asFile(text)).length, 2);
});
