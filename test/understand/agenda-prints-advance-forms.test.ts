/**
 * A calendar's agenda view printed to PDF (rows of time | title and calendar | location | description under
 * day headings), and a venue's fillable advance form (schedule rows with hints beside them, a production section).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutPage, type TextPiece } from '../../src/extract/formats/pdf-layout.js';
import { agendaPrint } from '../../src/understand/sections/agenda-print.js';
import { extract as contacts } from '../../src/understand/sections/contacts.js';
import { extract as flights } from '../../src/understand/sections/flights.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { extract as technical } from '../../src/understand/sections/technical.js';
import { findTimes } from '../../src/understand/normalise/index.js';
import { labelKey } from '../../src/understand/text/index.js';
import { pasted, scheduleItems } from './helpers.js';
import { run, show, values } from './sections/travel-fixtures.js';

const piece = (text: string, x: number, y: number, width: number, size = 8): TextPiece => ({ text, x, y, width, size });

test('a title running up to the next column is its own cell when the row\'s wrapped lines start flush under that column', () => {
  const { text } = layoutPage([
    piece('2pm – 3pm', 40, 500, 40), piece('Press – Radio North Quay', 120, 500, 130), piece('Radio North, Studio 4,', 257, 500, 90), piece('Two songs live', 390, 500, 60),
    piece('(session)', 120, 491, 40), piece('Quay Road 12, 4410', 257, 491, 80),
    piece('Road Tour ’26', 120, 483, 60, 6), piece('Harbourtown', 257, 482, 50),
  ]);
  assert.equal(text.split('\n')[0], '2pm – 3pm\tPress – Radio North Quay\tRadio North, Studio 4,\tTwo songs live');
});

test('a word\'s space before a piece flush with the line below keeps one cell ("06:35 Porto" over "Terminal 1")', () => {
  const { text } = layoutPage([
    piece('06:35', 52, 500, 44.6, 14), piece('Lindholm (LDH)', 100, 500, 60), piece('10:40', 300, 500, 44.6, 14), piece('Ostby (OST)', 348, 500, 50),
    piece('Terminal 1', 100, 491, 40, 7), piece('Terminal 2', 348, 491, 40, 7),
  ]);
  assert.equal(text.split('\n')[0], '06:35 Lindholm (LDH)\t10:40 Ostby (OST)');
});

const AGENDA = [
  'Mon 4 Oct 2027 – Tue 5 Oct 2027\tAgenda',
  'Jo Bloggs\tTime zone: Central European Time',
  'Calendars: Road Tour ’27, Jo Bloggs',
  '',
  'Mon 4 October 2027',
  '',
  'All day\tStay at Hotel Kestrel\tHotel Kestrel, Marktweg 4, 80331 Munich\tCheck-in: Mon 4 Oct · Check-out: Tue 5 Oct',
  '\tJo Bloggs',
  '10:15am –\tShuttle airport → Hotel Kestrel Road Tour ’27\tAirport, Terminal 1\tDriver: Ben Tallis · +49 171 5550 1234',
  '11am\t\t\tTwo vans, gear stays in the vans',
  '2:05pm – 3:10pm\tFlight to Munich (LH 2034) Jo Bloggs\tBerlin Brandenburg (BER) → Munich (MUC)\tLufthansa flight 2034 Depart: Berlin BER – Mon 4 Oct 13:05 (BST) Arrive: Munich MUC – Mon 4 Oct 15:10 Class: Economy · Aircraft: Airbus A321 Booking reference: XK7PLQ Passengers: Jo Bloggs, Ann Lee This event was created from an e-mail.',
  '4pm – 4:30pm\tCheck-in Hotel Kestrel Road Tour ’27\tMarktweg 4, 80331 Munich\tConf. no. 4471 · Tel. +49 89 5550 3030 · desk@kestrel.example.de',
  '5pm – 5:30pm\tAdvance call – Promoter Road Tour ’27\tmeet.google.com/abc-defg-hij\tGuest list and parking Ada Moss (promoter), Nordlicht Konzerte · +49 40 5550 9876 · ada@nordlicht.example.de',
  '8pm – 10pm\tDinner – Trattoria Lupo Road Tour ’27\tTrattoria Lupo, Seestraße 2, 80331 Munich\tTable for 6 · Res. TL-4410 · Tel. +49 89 5550 2020',
  '',
  'Tue 5 October 2027',
  '',
  '10am – 10:15am\tCheck-out Hotel Kestrel Road Tour ’27\tMarktweg 4, 80331 Munich',
  '3pm – 4pm\tLoad-in Road Tour ’27\tHall Seven, Gleisweg 7, 80331 Munich\tRamp at the back Stage manager: Ole Berg · +49 160 5550 7777',
  '7pm\tDoors Road Tour ’27\tHall Seven',
  '9pm – 10:30pm\tMARROW BELLS Road Tour ’27\tHall Seven – main room',
  '11pm\tCURFEW Road Tour ’27\tHall Seven\thard, neighbours',
  '',
].join('\n');

test('an agenda print\'s timed rows are the day\'s items: title without its calendar, range, day heading, place, route and notes', () => {
  assert.deepEqual(scheduleItems(AGENDA, ['end', 'date', 'location', 'destination', 'notes']), [
    { name: 'Shuttle airport → Hotel Kestrel', kind: 'transfer', start: '10:15', end: '11:00', date: '2027-10-04', location: 'Airport, Terminal 1', destination: 'Hotel Kestrel', notes: 'Two vans, gear stays in the vans' },
    { name: 'Load-in', kind: 'load_in', start: '15:00', end: '16:00', date: '2027-10-05', location: 'Hall Seven, Gleisweg 7, 80331 Munich', notes: 'Ramp at the back' },
    { name: 'Advance call – Promoter', kind: 'meeting', start: '17:00', end: '17:30', date: '2027-10-04', location: 'meet.google.com/abc-defg-hij', notes: 'Guest list and parking' },
    { name: 'Doors', kind: 'doors', start: '19:00', date: '2027-10-05', location: 'Hall Seven' },
    { name: 'MARROW BELLS', kind: 'set', start: '21:00', end: '22:30', date: '2027-10-05', location: 'Hall Seven – main room' },
    { name: 'CURFEW', kind: 'curfew', start: '23:00', date: '2027-10-05', location: 'Hall Seven', notes: 'hard, neighbours' },
  ]);
});

test('an agenda print\'s meal titled with its place books a restaurant: address, party, reference and phone from its cells', () => {
  const meals = run(food, pasted(AGENDA), show('2027-10-05', 'Munich', 'DE')).map((d) => values(d));
  assert.deepEqual(meals, [{
    name: 'Trattoria Lupo', time: '20:00', date: '2027-10-04', kind: 'restaurant', address: 'Seestraße 2, 80331 Munich', city: 'Munich',
    guestCount: 6, bookingReference: 'TL-4410', phone: '+498955502020',
  }]);
});

test('an agenda print\'s people are those its descriptions give details for: role from the label or bracket, company after a comma', () => {
  const people = run(contacts, pasted(AGENDA), show('2027-10-05', 'Munich', 'DE')).map((d) => values(d));
  assert.deepEqual(people, [
    { name: 'Ben Tallis', role: 'Driver', phone: '+4917155501234' },
    { name: 'Ada Moss', role: 'Promoter', company: 'Nordlicht Konzerte', phone: '+494055509876', email: 'ada@nordlicht.example.de' },
    { name: 'Ole Berg', role: 'Stage manager', phone: '+4916055507777' },
  ]);
});

test('an agenda print\'s flight event: number from the title, route from the location, local times and booking from the description', () => {
  const [flight] = run(flights, pasted(AGENDA)).map((d) => values(d));
  assert.deepEqual(flight, {
    airline: 'LH', flightNumber: 'LH2034', date: '2027-10-04', fromAirport: 'BER', toAirport: 'MUC', fromCity: 'Berlin', toCity: 'Munich',
    departureTime: '2027-10-04T13:05', arrivalTime: '2027-10-04T15:10', travelClass: 'Economy', aircraft: 'Airbus A321', bookingReference: 'XK7PLQ',
    passengers: [{ name: 'Jo Bloggs' }, { name: 'Ann Lee' }],
  });
});

test('an agenda print\'s check-in and check-out events time the stay of that name; the check-in gives its phone and e-mail', () => {
  const [stay] = run(hotels, pasted(AGENDA), show('2027-10-05', 'Munich', 'DE'));
  assert.equal(stay?.name?.value, 'Hotel Kestrel');
  assert.deepEqual([stay?.checkInTime?.value, stay?.checkOutTime?.value, stay?.phone?.value, stay?.email?.value], ['16:00', '10:00', '+498955503030', 'desk@kestrel.example.de']);
});

test('without a calendars list ending its titles, timed rows are no agenda print', () => {
  assert.notEqual(agendaPrint(pasted(AGENDA)), null);
  assert.equal(agendaPrint(pasted(AGENDA.replace('Calendars: Road Tour ’27, Jo Bloggs', 'Tour: Road Tour'))), null);
});

test('a form\'s schedule rows with a hint beside the answer: the item from the label, times and length from the answer only', () => {
  const form = [
    '2. SCHEDULE',
    '',
    'Headliner soundcheck\t4:00 PM - 5:00 PM\tstart - end',
    'Support line check\t5:15 PM\tsupport load-in after 4:30 PM',
    'Support set\t8:00 - 8:30 PM\tstart - end',
    'Headliner set\t9:00 PM - 10:20 PM (80 min)\tstart - end / length',
    'Curfew\t12:00 midnight\tvenue default 11:00 PM',
  ].join('\n');
  assert.deepEqual(scheduleItems(form, ['end', 'length', 'support']), [
    { name: 'Curfew', kind: 'curfew', start: '00:00' },
    { name: 'Headliner soundcheck', kind: 'soundcheck', start: '16:00', end: '17:00' },
    { name: 'Support line check', kind: 'soundcheck', start: '17:15' },
    { name: 'Support set', kind: 'set', start: '20:00', end: '20:30', support: true },
    { name: 'Headliner set', kind: 'set', start: '21:00', end: '22:20', length: 80 },
  ]);
});

test('"12:00 midnight" is the day\'s end; "12:00" alone stays noon', () => {
  assert.deepEqual(findTimes('12:00 midnight - HARD').map((t) => t.value), ['00:00']);
  assert.deepEqual(findTimes('12 midnight').map((t) => t.value), ['00:00']);
  assert.deepEqual(findTimes('Lunch 12:00').map((t) => t.value), ['12:00']);
});

test('a form\'s numbered production section of area rows is its technical block; its remark and a ticked box are no need', () => {
  const form = [
    'ARTIST ADVANCE FORM',
    '1. SHOW INFORMATION',
    'Headlining artist\tMarrow Bells\tShow date\t10/15/2027',
    '2. SCHEDULE',
    'Load-in\t3:00 PM',
    'Doors\t7:00 PM',
    'Curfew\t11:00 PM',
    '3. DEAL',
    'Guarantee (USD)\t$2,000.00',
    'Payment terms\tCheck at settlement',
    '5. HOTEL',
    'Hotel name\tRiver Inn',
    'Check-in\t10/15/2027\t3:00 PM',
    '6. PRODUCTION\tstage plot: e-mail to production, PDF only',
    '',
    'Backline\tBand brings everything',
    'Audio / monitors\tOwn FOH engineer, 4 wedges',
    'Lighting\tHouse LD, no haze',
    '',
    'Video / projection',
    '',
    '[x] Stage plot e-mailed',
    '',
    '7. CONTACTS\tcell numbers please',
    'Stage\tLeo Park',
  ].join('\n');
  const [draft] = run(technical, pasted(form));
  assert.deepEqual(values(draft!), { backline: 'Band brings everything', sound: 'Own FOH engineer, 4 wedges', lighting: 'House LD, no haze' });
});

test('a form\'s "Headlining artist" names the artist', () => {
  assert.equal(labelKey('Headlining artist'), 'artist');
});

test('a form\'s hotel section: the heading\'s remark names no hotel, a check-in row going on to the check-out is read whole, a one-line rooming list by room', () => {
  const form = [
    '5. HOTEL\tPer offer: venue provides 3 rooms x 1 night',
    '',
    'Hotel name\tRiverside Lodge\tHotel phone\t(612) 555-0100',
    'Address\t20 Mill St, Minneapolis, MN 55401',
    'Confirmation #\tRL-55120\t# rooms\t3\troom types go in rooming list',
    'Check-in\t10/15/2027\t3:00 PM\tCheck-out 10/16/2027\t11:00 AM',
    'Rooming list name (room type)\tAnn Lee (K) Bo Ek + Cy Dahl (DQ) Di Fox & Ed Gray (DQ)',
  ].join('\n');
  const [stay] = run(hotels, pasted(form));
  // One line of rooms, each closed by its type's code, the names a room shares joined by "+" or "&".
  assert.deepEqual(stay?.guests?.map((g) => g.value), ['Ann Lee', 'Bo Ek', 'Cy Dahl', 'Di Fox', 'Ed Gray']);
  assert.deepEqual(
    [stay?.name?.value, stay?.address?.value, stay?.checkInDate?.value, stay?.checkInTime?.value, stay?.checkOutDate?.value, stay?.checkOutTime?.value],
    ['Riverside Lodge', '20 Mill St, Minneapolis, MN 55401', '2027-10-15', '15:00', '2027-10-16', '11:00'],
  );
});
