/**
 * A chat space's "Name, Yesterday 14:02" heads and client lines; a later chat message moving a meal;
 * a chat writer's comma-led cell, own-named e-mail and "I'm X's rep"; a town's country by its
 * five-digit postcode and the source's e-mail domains; a confirmation's room rows in columns, its
 * "Check-in from …" line and its desk signer; a meal line wrapped after its "at"; "Sam's mob is …".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { read } from '../../src/understand/text/index.js';
import { roomGuests } from '../../src/understand/sections/travel/stay-room-guests.js';
import { stayTimesLine } from '../../src/understand/sections/travel/stay-times-line.js';

const SPACE = [
  'Advance Lindenhof 09.10.',
  'Space · 3 members',
  '',
  'Mira Kessel, Tue 10:05',
  'Hi all, advance space for The Paper Moths, Sat 09.10.2027 at Lindenhof (Gartenweg 3, 79098 Kleinstadt). I\'m Nordlicht Booking\'s promoter.',
  'Load-in 13:00 via the yard',
  'Doors 19:00',
  'Catering / dinner: Casa Verde, 18:30 in the green room',
  'Edited',
  '👍 2  🎉 1',
  '',
  'Thread · 4 replies',
  'Olle Brandt, Tue 10:31',
  'Thanks! Olle here, tour manager for The Paper Moths, cell +46 70 123 45 67. Could load-in be later?',
  '',
  'Mira Kessel, Yesterday 16:40',
  'Load-in now 14:00, fine with the house.',
  '',
  'Olle Brandt, Yesterday 16:52',
  'Great. Dinner a bit earlier? We are 7.',
  '',
  'Mira Kessel, 08:12',
  'OK: dinner 18:00, 7 people, green room. Call me on 0151 2345678, anything else to mira.kessel@nordlicht-booking.de',
  '',
  'Olle Brandt, Now',
  'Perfect, see you Saturday!',
  '',
].join('\n');

test('a chat space\'s "Name, Yesterday 14:02" heads become turns and its client lines are blanked', () => {
  const reading = read(extractPastedText(SPACE));
  assert.deepEqual(reading.turns.map((t) => t.sender), ['Mira Kessel', 'Olle Brandt', 'Mira Kessel', 'Olle Brandt', 'Mira Kessel', 'Olle Brandt']);
  const text = reading.lines.map((l) => l.text).join('\n');
  assert.doesNotMatch(text, /Edited|Thread · 4|Space · 3|Yesterday 16:40/);
});

test('in a chat space the newest message moves the load-in and the meal, and its writers are contacts', async () => {
  const { extracted } = await understand([extractPastedText(SPACE)]);
  assert.deepEqual(extracted.activities.filter((a) => a.kind === 'load_in').map((a) => a.startTime), ['14:00']);
  assert.equal(extracted.food.length, 1);
  assert.equal(extracted.food[0]!.name, 'Casa Verde');
  assert.equal(extracted.food[0]!.time, '18:00');
  assert.equal(extracted.food[0]!.guestCount, 7);
  assert.equal(extracted.general.country, 'DE');
  const olle = extracted.contacts.find((c) => c.name === 'Olle Brandt');
  assert.equal(olle?.phone, '+46701234567');
  assert.equal(olle?.role, 'tour manager');
  const mira = extracted.contacts.find((c) => c.name === 'Mira Kessel');
  assert.equal(mira?.phone, '+491512345678');
  assert.equal(mira?.email, 'mira.kessel@nordlicht-booking.de');
  assert.equal(mira?.company, 'Nordlicht Booking');
  assert.equal(mira?.role, 'promoter');
});

test('a confirmation\'s room rows in columns list the guests of the last column', () => {
  const text = 'Room 1\tTwin Room (2 beds)\tAnn Lee / Bo Ekdahl\nRoom 2\tStandard Double\tCara Novak\n';
  assert.deepEqual(roomGuests(text).map((g) => g.value), ['Ann Lee', 'Bo Ekdahl', 'Cara Novak']);
});

test('a confirmation\'s own line of the stay\'s times gives check-in and check-out', () => {
  const { checkIn, checkOut } = stayTimesLine('Rooms: 2\n  Check-in from 14:00. Check-out by 10:30.\nParking: none\n');
  assert.equal(checkIn?.value, '14:00');
  assert.equal(checkOut?.value, '10:30');
});

test('the desk clerk signing a hotel\'s confirmation is no contact; the lines stay the hotel\'s; a wrapped meal keeps its time', async () => {
  const text = [
    'Dear Ms Holm,',
    '',
    'We are pleased to confirm your reservation.',
    '',
    '  Booking number:   HX-5521',
    '  Arrival:          Friday 8 October 2027',
    '  Departure:        Saturday 9 October 2027',
    '  Number of rooms:  2',
    '',
    '  Room 1   Twin Room      Ann Lee / Bo Ekdahl',
    '  Room 2   Single Room    Cara Novak',
    '',
    '  Check-in from 14:00. Check-out by 10:30.',
    '',
    'Kind regards,',
    '',
    'Mia Lund',
    'Reservations Team',
    '',
    'Harbour Gate Hotel',
    '5 Quay Street, Cardiff CF10 1AB, United Kingdom',
    'T +44 29 2000 1234 | desk@harbourgatehotel.example.co.uk',
    '',
    'Dinner: table for 4 at Olive Yard, 8 Mill Lane, Cardiff CF10 2BB at',
    '19:30, on us.',
    '',
  ].join('\n');
  const { extracted } = await understand([extractPastedText(text)]);
  const hotel = extracted.hotels[0]!;
  assert.deepEqual(hotel.guests, ['Ann Lee', 'Bo Ekdahl', 'Cara Novak']);
  assert.equal(hotel.checkInTime, '14:00');
  assert.equal(hotel.checkOutTime, '10:30');
  assert.equal(hotel.phone, '+442920001234');
  assert.equal(hotel.email, 'desk@harbourgatehotel.example.co.uk');
  assert.equal(extracted.contacts.find((c) => c.name === 'Mia Lund'), undefined);
  assert.equal(extracted.food.find((f) => f.name === 'Olive Yard')?.time, '19:30');
});

test('a person introduced by role whose number a sentence gives as "Name\'s mob is" is a contact with that role', async () => {
  const text = [
    'Hi both,',
    '',
    'Venue: The Tin Shed, 4 Ferry Road, Leeds LS1 4AB',
    'Arrival: Sam (our driver) will meet you at the station at 14:00 on Sat 9 October 2027.',
    'Sam\'s mob is 07700 900123.',
    'Doors: 19:00',
    '',
  ].join('\n');
  const { extracted } = await understand([extractPastedText(text)]);
  const sam = extracted.contacts.find((c) => c.name === 'Sam');
  assert.equal(sam?.role, 'driver');
  assert.equal(sam?.phone, '+447700900123');
});
