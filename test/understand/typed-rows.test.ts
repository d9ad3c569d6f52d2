import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_LIMITS } from '../../src/extract/limits.js';
import { readSource } from '../../src/extract/read.js';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extract as contacts } from '../../src/understand/sections/contacts.js';
import { extract as flights } from '../../src/understand/sections/flights.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { scheduleOf } from '../../src/understand/sections/schedule.js';
import { read } from '../../src/understand/text/index.js';
import { rowKindOf, typedRowsOf } from '../../src/understand/text/typed-rows.js';
import { run, show, values } from './sections/travel-fixtures.js';

function csv(text: string): Promise<ExtractedSource> {
  return readSource({ bytes: Buffer.from(text), name: 'planner-export.csv', declaredType: null, origin: 'file', depth: 0 }, DEFAULT_LIMITS);
}

const GERMAN = [
  'Typ;Datum;Zeit;Titel;Details',
  'Flug;04.06.2027;07:20;LH 1972 MUC → HAM;"Ankunft 08:35. Buchungscode WQ3R8T. Passagiere: Greta Sommer (9C), Nils Amberg (9D)"',
  'Transfer;04.06.2027;09:15;Shuttle;Flughafen Hamburg → Hotel Deichblick',
  'Hotel;04.06.2027;15:00;Hotel Deichblick;"Deichstraße 18, 20459 Hamburg. Check-out 05.06.2027 11:00. 3 Zimmer. Buchungsnummer DB-7712"',
  'Spielort;04.06.2027;;Halle Elf;"Am Speicher 3, 20457 Hamburg, Deutschland"',
  'Soundcheck;04.06.2027;17:30;Soundcheck;bis 18:30',
  'Einlass;04.06.2027;19:00;Einlass;',
  'Konzert;04.06.2027;20:15;Vorprogramm: Mira Holt;40 min',
  'Konzert;04.06.2027;21:15;Die Leuchtbojen;90 min',
  'Essen;04.06.2027;18:00;Abendessen von Küche Vier;"Backstage, 7 Personen"',
  'Kontakt;;;Jana Brink;Veranstalter · Kaikante Live · +49 171 5566778 · jana@kaikante.example.de',
  'Kontakt;;;Olli;Fahrer · +49 160 4455667',
  'Notiz;04.06.2027;;Parken;Nur Hof B ab 18:00',
].join('\r\n');

test('type words in several languages send a row to its section', () => {
  assert.deepEqual(
    ['Flight', 'Flug', 'Ground Transport', 'Traslado', 'Hotel', 'Hébergement', 'Venue', 'Spielort', 'Meal', 'Essen', 'Contact', 'Kontakt', 'Note', 'Soundcheck', 'Press', 'Room type'].map(rowKindOf),
    ['flight', 'flight', 'transfer', 'transfer', 'hotel', 'hotel', 'venue', 'venue', 'food', 'food', 'contact', 'contact', 'note', 'schedule', 'schedule', null],
  );
});

test("a rooming list's room-type column does not make it a typed export", async () => {
  const source = await csv('Room,Type,Guests\n101,Twin,Ada Lund / Bo Ek\n102,Double,Cy Moss\n');
  assert.equal(typedRowsOf(read(source)), null);
});

test('timed rows are the schedule: a support slot named by its act, "bis" an end, a length, a route', async () => {
  const items = scheduleOf(await csv(GERMAN)).map((i) => ({
    name: i.name.value, kind: i.kind.value, start: i.start.value, date: i.date?.value,
    ...(i.end ? { end: i.end.value } : {}), ...(i.lengthMinutes ? { length: i.lengthMinutes.value } : {}),
    ...(i.location ? { from: i.location.value, to: i.destination?.value } : {}), ...(i.support ? { support: true } : {}),
  }));
  assert.deepEqual(items, [
    { name: 'Shuttle', kind: 'transfer', start: '09:15', date: '2027-06-04', from: 'Flughafen Hamburg', to: 'Hotel Deichblick' },
    { name: 'Soundcheck', kind: 'soundcheck', start: '17:30', date: '2027-06-04', end: '18:30' },
    { name: 'Einlass', kind: 'doors', start: '19:00', date: '2027-06-04' },
    { name: 'Mira Holt', kind: 'set', start: '20:15', date: '2027-06-04', length: 40, support: true },
    { name: 'Die Leuchtbojen', kind: 'set', start: '21:15', date: '2027-06-04', length: 90 },
  ]);
});

test('the Venue row and the headline set give the show', async () => {
  const [draft] = run(general, await csv(GERMAN));
  assert.deepEqual(
    { venue: draft!.venue?.value, address: draft!.address?.value, country: draft!.country?.value, artist: draft!.artist?.value, date: draft!.date?.value },
    { venue: 'Halle Elf', address: 'Am Speicher 3, 20457 Hamburg', country: 'DE', artist: 'Die Leuchtbojen', date: '2027-06-04' },
  );
});

test("the Hotel row's date and time are the check-in, its details the rest of the stay", async () => {
  assert.deepEqual(run(hotels, await csv(GERMAN)).map(values), [{
    name: 'Hotel Deichblick', guests: [], checkInDate: '2027-06-04', checkInTime: '15:00', checkOutDate: '2027-06-05',
    checkOutTime: '11:00', rooms: 3, bookingReference: 'DB-7712', address: 'Deichstraße 18, 20459 Hamburg', city: 'Hamburg', country: 'DE',
  }]);
});

test("a flight row's details list its passengers with their seats", async () => {
  const [flight] = run(flights, await csv(GERMAN), show('2027-06-04'));
  assert.deepEqual(flight!.passengers!.map(values), [{ name: 'Greta Sommer', seat: '9C' }, { name: 'Nils Amberg', seat: '9D' }]);
});

test('a meal row is named by its provider and served in a room of the venue', async () => {
  assert.deepEqual(run(food, await csv(GERMAN)).map(values), [{
    name: 'Küche Vier', date: '2027-06-04', time: '18:00', guestCount: 7, address: 'Backstage', kind: 'catering',
  }]);
});

test('contact rows: the title is the person, a first name alone too; the details their role, company and lines', async () => {
  assert.deepEqual(run(contacts, await csv(GERMAN)).map(values), [
    { name: 'Jana Brink', role: 'Veranstalter', company: 'Kaikante Live', phone: '+491715566778', email: 'jana@kaikante.example.de' },
    { name: 'Olli', role: 'Fahrer', phone: '+491604455667' },
  ]);
});
