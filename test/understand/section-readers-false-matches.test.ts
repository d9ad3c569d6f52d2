/**
 * Readers that took too much: a pick-up of keys, a show title's "at the latest", a one-word label
 * with a time range taken for an act, another act's soundcheck, a time put back in a chat, country
 * codes read as Brazilian states, a day heading taken for a section, a booking number as a hotel's
 * phone, a company label as a signature, a department column as people, a fee's sentence running
 * into the next label, and "n/a" read as a value still to come.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extractPastedText } from '../../src/extract/index.js';
import { DEFAULT_LIMITS } from '../../src/extract/limits.js';
import { readSource } from '../../src/extract/read.js';
import { understand } from '../../src/understand/index.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { extract as contacts } from '../../src/understand/sections/contacts.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { extract as technical } from '../../src/understand/sections/technical.js';
import { labelledPhoneIn } from '../../src/understand/sections/hotel-phone.js';
import { isSigningDate } from '../../src/understand/sections/issue-date.js';
import { placeOf } from '../../src/understand/sections/place.js';
import { headsTimedRows } from '../../src/understand/sections/schedule-day-banner.js';
import { isNotApplicable, isPendingValue, read } from '../../src/understand/text/index.js';
import { wrappedText } from '../../src/understand/text/wrapped-value.js';
import { pasted, scheduleItems } from './helpers.js';
import { run, show, values } from './sections/travel-fixtures.js';

const attached = (name: string, text: string): ExtractedSource => ({ ...extractPastedText(text), name, origin: 'file' });
const file = (name: string, text: string) => readSource({ bytes: Buffer.from(text), name, declaredType: null, origin: 'file', depth: 0 }, DEFAULT_LIMITS);

test('collecting things is no pick-up: only people, by pronoun or capitalised name, are picked up', () => {
  assert.deepEqual(scheduleItems('Please collect keys at 15:00 from the reception desk.', []), []);
  assert.deepEqual(scheduleItems('Can you pick gear up at 10:30 at the warehouse.', []), []);
  assert.deepEqual(scheduleItems('Our runner will collect Ana at 12:15 from the station.', ['location']),
    [{ name: 'Transfer', kind: 'transfer', start: '12:15', location: 'station' }]);
  assert.deepEqual(scheduleItems('Jo then picks everyone up at the hotel at 13:05 and brings you to the venue.', ['location']),
    [{ name: 'Transfer', kind: 'transfer', start: '13:05', location: 'hotel' }]);
});

test('a show title\'s place is a capitalised name: "Show DATE at the latest" names no venue', () => {
  const [draft] = run(general, pasted('CREW PACK · Leeds · Show Sat 16.10.2027 at the latest\nSend your names.')).map(values);
  assert.equal(draft?.venue, undefined);
});

test('a contract\'s defined venue is the capitalised name after the last "at"/"in" before it', () => {
  const [draft] = run(general, attached('contract.pdf', 'The Artist shall perform in concert at The Hall, 12 Mill Lane, Leeds LS2 7QT ("the Venue") on 12 March 2027.')).map(values);
  assert.equal(draft!.venue, 'The Hall');
  assert.equal(draft!.address, '12 Mill Lane, Leeds LS2 7QT');
});

test('one word with a time range is an act only when the document names it elsewhere', () => {
  const day = 'Doors 19:00\nBreak 15:00–15:30\nRehearsal 16:00–17:00\nMerch 18:00–23:00';
  assert.deepEqual(scheduleItems(day, []), [{ name: 'Doors', kind: 'doors', start: '19:00' }]);
  const sets = scheduleItems(`Tonight: Kestrel at the Corn Hall.\n${day}\nKestrel 21:00–22:30`, ['end']).filter((i) => i.kind === 'set');
  assert.deepEqual(sets, [{ name: 'Kestrel', kind: 'set', start: '21:00', end: '22:30' }]);
});

test('a soundcheck a sentence gives an act is kept under the act\'s name; it is the show\'s only when the act is the artist', () => {
  assert.deepEqual(scheduleItems('Hi all, the soundcheck for Lumen Lane is at 16:30, doors later.', []), [{ name: 'Soundcheck Lumen Lane', kind: 'soundcheck', start: '16:30' }]);
  const own = run(general, pasted('Artist: Lumen Lane\nDate: 12.03.2027\nHi all, the soundcheck for Lumen Lane is at 16:30.')).map(values)[0];
  assert.equal(own!.soundcheckTime, '16:30');
  const other = run(general, pasted('Artist: Lumen Lane\nDate: 12.03.2027\nThe soundcheck for Kite Club is at 17:15.')).map(values)[0];
  assert.equal(other!.soundcheckTime, undefined);
});

const chat = (...lines: string[]) => lines.map((l, i) => `0${1 + Math.floor(i / 2)}/03/2027 1${i}:00 - ${i % 2 ? 'Tom Reyes' : 'Lena Fischer'}: ${l}`).join('\n');

test('a time a later chat message puts back stands; a plain repeat of a standing time adds none', () => {
  const back = chat('Doors 19:00', 'ok', 'Update: doors moved to 20:00', 'noted', 'Correction: doors 19:00 after all');
  assert.deepEqual(scheduleItems(back, []).filter((i) => i.kind === 'doors').map((i) => i.start), ['19:00']);
  const repeat = chat('Doors 19:00', 'ok', 'Reminder: doors 19:00, see you');
  assert.equal(scheduleItems(repeat, []).filter((i) => i.kind === 'doors').length, 1);
});

test('two capitals after a city are a Brazilian state only beside a CEP or a Brazilian city', () => {
  assert.equal(placeOf('Storgatan 1, Stockholm - SE').country, 'SE');
  assert.equal(placeOf('Calle Mayor 1, Madrid - ES').country, 'ES');
  assert.deepEqual(placeOf('Rua das Flores 12, Curitiba – PR, 80510-220'), { city: 'Curitiba', country: 'BR', cityIndex: 19 });
});

test('a numbered day heading ("14. JULI") dates the meals below it; a reference in the next cell is no address', () => {
  const sheet = attached('sheet.pdf', ['3. CATERING', '14. JULI', 'Mittagessen\t13:00\tGreen room', 'Abendessen\t18:30\tBistro Anker\tRef 4411'].join('\n'));
  const meals = run(food, sheet, show('2027-07-13')).map(values);
  assert.deepEqual(meals.map((m) => m.date), ['2027-07-14', '2027-07-14']);
  assert.equal(meals[1]!.address, undefined);
});

test('a booker under "Booked by:" alone on its line is the booking\'s customer, no contact', () => {
  const confirmation = attached('confirmation.pdf', ['HOTEL CONFIRMATION', 'Booked by:', 'Ann Lee', 'ann.lee@agency.example', '', 'Venue contact: Bo Berg, +49 151 23456789'].join('\n'));
  assert.deepEqual(run(contacts, confirmation, show('2027-07-13', 'Hamburg', 'DE')).map((c) => c.name?.value), ['Bo Berg']);
});

test('a booking number after a desk\'s name is no hotel phone; a desk\'s phone opens as one', async () => {
  assert.equal(labelledPhoneIn('Reservation 48213377 · 2 rooms'), null);
  assert.equal(labelledPhoneIn('Reservations +44 20 7946 0958')?.raw, '+44 20 7946 0958');
  const source = await file('day-sheets.csv', [
    'Date,Start,End,Type,Title,Location,Notes',
    '03/05/2028,14:00,,Hotel,Check-in: Hotel Isarblick,"Lindwurmstraße 9, 80337 München","Reservation 48213377 · 2 rooms · Check-out Thu 04/05 by 11:00"',
  ].join('\n'));
  const [hotel] = run(hotels, source, show('2028-05-03', 'München', 'DE')).map(values);
  assert.equal(hotel!.name, 'Hotel Isarblick');
  assert.equal(hotel!.phone, undefined);
});

test('a signature block dates its "Date:"; a company label ("Firma: …") opens none, and "Signé" is a whole word', () => {
  const lines = (text: string) => read(pasted(text)).lines;
  assert.equal(isSigningDate(lines('Firma: Nordlys Sp. z o.o.\nData: 12.03.2027'), 1, 'Data'), false);
  assert.equal(isSigningDate(lines('Signé à Rennes\nDate : 3 mai 2027'), 1, 'Date'), true);
  assert.equal(isSigningDate(lines('Firma del Promotor\nFecha: 3 de mayo de 2027'), 1, 'Fecha'), true);
});

test('a role column with no phone column of its own names no people; a phone on a later row of the same person fills it', () => {
  const plan = attached('plan.xlsx', [
    'Run\tDate\tFrom\tTo\tProduction\tDriver\tDriver mobile',
    'Crew arrival\t2027-11-20\tLeipzig Hbf\tHotel Am Ring\tMain Stage\tOle Brenner\t',
    'Return\t2027-11-20\tHalle Nord\tHotel Am Ring\tRadio Nova\tOle Brenner\t0151 2345 6789',
  ].join('\n'));
  const rows = run(contacts, plan, show('2027-11-20', 'Leipzig', 'DE')).map(values);
  assert.deepEqual(rows.filter((c) => c.role === 'Production'), []);
  assert.deepEqual(rows.find((c) => c.name === 'Ole Brenner'), { name: 'Ole Brenner', role: 'Driver', phone: '+4915123456789' });
});

test('a sentence wrapped onto the next lines stops at a labelled line', () => {
  const r = read(pasted('We agreed a fee of £3,000 for the\nDoor split: 70 % after costs'));
  assert.equal(wrappedText(r.lines, 0, r.lines[0]!.text, r.lines[0]!.end).value, 'We agreed a fee of £3,000 for the');
});

test('"n/a" is no value, but not a pending one', () => {
  assert.equal(isPendingValue('TBC (waiting for the venue)'), true);
  assert.equal(isPendingValue('n/a'), false);
  assert.equal(isNotApplicable('N/A'), true);
  const [tech] = run(technical, pasted('TECHNICAL\nBackline: house drum kit\nVideo: n/a')).map(values);
  assert.equal(tech?.video, undefined);
  assert.deepEqual(run(hotels, pasted('Hotel: TBC\nCheck-in: 12.03.2027'), show('2027-03-12')), []);
});

test('a street abbreviation\'s dot is no sentence\'s end; a date is no timed row', async () => {
  const { extracted } = await understand([pasted('Venue: Salle Nord\nAddress: 12 Blvd. Saint-Germain, 75006 Paris. Trucks use the side gate\nDoors 20:00')]);
  assert.equal(extracted.general.address, '12 Blvd. Saint-Germain, 75006 Paris');
  assert.equal(headsTimedRows('Friday 8 May 2027, The Hall', 0, 17, '12.05.2027 invoice'), false);
  assert.equal(headsTimedRows('Friday 8 May 2027, The Hall', 0, 17, '15:00 Get-in'), true);
});
