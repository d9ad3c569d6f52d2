/** Catalan festival day sheets ("Full de ruta"): dates, labels, the schedule, meals, hotel, contacts and bill. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { findDates } from '../../src/understand/normalise/index.js';
import { labelKey } from '../../src/understand/text/lexicon.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';
import { peopleCounts } from '../../src/understand/sections/travel/phrases.js';
import { pasted } from './helpers.js';

const REF = new Date(Date.UTC(2028, 4, 2));

test('Catalan dates: a weekday and "de" before month and year, and an elided "d\'"', () => {
  assert.equal(findDates('divendres 9 de juny de 2028', REF)[0]?.value, '2028-06-09');
  assert.equal(findDates("dimarts 3 d'octubre de 2028", REF)[0]?.value, '2028-10-03');
  assert.equal(findDates('arribada el 14 de juliol', REF)[0]?.value, '2028-07-14');
});

test('Catalan labels of a day sheet read as their keys', () => {
  assert.deepEqual(
    ['Recinte', 'Adreça', 'Prova de so', 'Muntatge', 'Obertura de portes', 'Allotjament', 'Sortida', 'Habitacions', 'Localitzador', 'Funció', 'Correu', 'Observacions', 'On', 'Persones'].map(labelKey),
    ['venue', 'address', 'soundcheck', 'load_in', 'doors', 'hotel', 'check_out', 'rooms', 'booking_reference', 'role', 'email', 'notes', 'location', 'guest_count'],
  );
});

test('Catalan items of the day: their kinds, and meals that belong to food', () => {
  assert.deepEqual(['Muntatge', 'Prova de so', 'Obertura de portes', 'Actuació', 'Arribada'].map(activityKind), ['load_in', 'soundcheck', 'doors', 'set', 'other']);
  assert.equal(activityKind('Sopar'), null);
  assert.equal(activityKind('Dinar'), null);
  assert.equal(peopleCounts('4 persones')[0]?.value, 4);
});

const SHEET = [
  "RIU VERD 2028 · Festival de música a Lleida",
  'FULL DE RUTA',
  'Els Corbs Blaus · divendres 9 de juny de 2028',
  '',
  'Recinte\tCamp de les Moreres',
  'Adreça\tAvinguda de les Moreres 4, 25001 Lleida',
  '',
  'Hora\tQuè\tOn\tObservacions',
  '16.00 – 17.00 h\tMuntatge\tEscenari Gran\t—',
  '17.15 – 17.45 h\tProva de so\tEscenari Gran\t—',
  '19.00 h\tObertura de portes\t—\t—',
  '20.00 h\tSopar\tCarpa (backstage)\tvegeu Àpats',
  '21.30 – 22.40 h\tActuació\tEscenari Gran\t70 min',
  '',
  'Àpats',
  'Àpat\tHora\tLloc\tPersones',
  'Sopar\t20.00 h\tCarpa (backstage) · cuina de Forn del Pont\t4 tiquets',
  '',
  'Allotjament',
  'Hotel\tHotel Pedra Seca',
  'Adreça\tCarrer Major 12, 25002 Lleida',
  'Entrada\tdivendres 9 de juny, a partir de les 15.00 h',
  'Sortida\tdissabte 10 de juny, fins a les 11.00 h',
  'Habitacions\t2 dobles',
  'Localitzador\tPS-4471',
  '',
  'Contactes',
  'Nom\tFunció\tTelèfon\tCorreu',
  "Pere Soler\tCap d'escenari (Escenari Gran)\t+34 611 222 333\t—",
  '',
  'Cartell de divendres',
  'Escenari\tHora\tGrup',
  'Escenari Petit\t19.30 – 20.15 h\tLa Lluna Baixa',
  'Escenari Gran\t21.30 – 22.40 h\tEls Corbs Blaus',
  'Escenari Petit\t23.00 – 00.00 h\tDJ Fanal',
].join('\n');

test('a Catalan festival day sheet: event heading, venue, date, schedule with dashes, meals, hotel, contacts, bill', async () => {
  const { extracted: x } = await understand([{ ...pasted(SHEET), name: 'FullDeRuta.txt', origin: 'file' }]);
  const g = x.general;
  assert.deepEqual([g.eventName, g.venue, g.city, g.country, g.date, g.soundcheckTime, g.doorsTime, g.setTime], [
    'Riu Verd 2028', 'Camp de les Moreres', 'Lleida', 'ES', '2028-06-09', '17:15', '19:00', '21:30',
  ]);
  const rows = x.activities.map((a) => [a.name, a.kind, a.startTime, a.location, a.notes]);
  assert.deepEqual(rows, [
    ['Muntatge', 'load_in', '16:00', 'Escenari Gran', null],
    ['Prova de so', 'soundcheck', '17:15', 'Escenari Gran', null],
    ['Obertura de portes', 'doors', '19:00', null, null],
    ['Els Corbs Blaus', 'set', '21:30', 'Escenari Gran', null],
  ]);
  assert.deepEqual(x.food.map((f) => [f.name, f.kind, f.address, f.time, f.guestCount, f.notes]), [
    ['Forn del Pont', 'catering', 'Carpa (backstage)', '20:00', 4, null],
  ]);
  const [hotel] = x.hotels;
  assert.deepEqual([hotel?.checkInDate, hotel?.checkInTime, hotel?.checkOutDate, hotel?.checkOutTime, hotel?.bookingReference], [
    '2028-06-09', '15:00', '2028-06-10', '11:00', 'PS-4471',
  ]);
  assert.deepEqual(x.contacts.map((c) => [c.name, c.role, c.company, c.email]), [['Pere Soler', "Cap d'escenari (Escenari Gran)", null, null]]);
  assert.equal(x.documents[0]?.category, 'itinerary');
});
