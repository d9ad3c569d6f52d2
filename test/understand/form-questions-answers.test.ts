/** An advance form's response: the organiser's questions name the show, the band's answers give people, slot and stay. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFile } from '../../src/extract/index.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { extract as contacts } from '../../src/understand/sections/contacts.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { extract as activities } from '../../src/understand/sections/activities.js';
import { roleAskedFor } from '../../src/understand/sections/contact-answers.js';
import { listedNights } from '../../src/understand/sections/travel/stay-night-list.js';
import { slotParts } from '../../src/understand/sections/schedule-slot-parts.js';
import { readStay } from '../../src/understand/sections/travel/stay.js';
import { looseDates } from '../../src/understand/sections/travel/phrases.js';
import { pasted } from './helpers.js';
import { run, show, values } from './sections/travel-fixtures.js';

const QUESTIONS = [
  'Timestamp', 'Email Address', 'Band name (as on the screens)', 'Your slot at Brackenfest 2031 (day, stage, time)',
  'Name of your tour manager + mobile', 'Other day-of-show contact (name, role, e-mail or phone)',
  'How are you travelling to Leeds?', 'Parking pass for the artist compound (festival site, Holm Park)',
  'Accommodation - booked your own? If yes: hotel, nights, rooms, ref', 'Departure date and time', 'Dietary requirements',
];
const ANSWERS = [
  '02/06/2031 21:10:44', 'office@larchband.example.co.uk', 'The Larch', 'Friday 11 Jul - Meadow Stage - 19:20-20:10 (50 min)',
  'Jo Marsh, 07700 900412, jo@larchband.example.co.uk', 'Sam Orr (monitor engineer) - sam.orr@mixhouse.example.com',
  'Splitter van from York', 'YX31 ABC',
  'Yes - Kestrel Inn, Thu 10 + Fri 11 Jul (2 nights), 2 rooms, ref KI-4410. Breakfast included in the rate.',
  'Saturday 12th, leaving ~9am', 'none',
];
const CSV = [QUESTIONS, ANSWERS].map((row) => row.map((c) => `"${c}"`).join(',')).join('\r\n');

async function source() {
  return extractFile({ bytes: Buffer.from(CSV), name: 'Brackenfest 2031 - Artist Advance (Responses) - Form responses 1.csv' });
}

test('the questions name the festival, its site and the city the band travels to', async () => {
  const g = values(run(general, await source())[0]!);
  assert.equal(g['eventName'], 'Brackenfest 2031');
  assert.equal(g['venue'], 'Holm Park');
  assert.equal(g['city'], 'Leeds');
  assert.equal(g['country'], 'GB');
});

test('an answer about a person is a contact with the role the question asks about, unless they give their own', async () => {
  const s = await source();
  const people = run(contacts, s, show('2031-07-11', 'Leeds', 'GB')).map(values);
  const jo = people.find((p) => p['name'] === 'Jo Marsh');
  assert.equal(jo?.['role'], 'Tour manager');
  assert.equal(jo?.['phone'], '+447700900412');
  assert.equal(jo?.['email'], 'jo@larchband.example.co.uk');
  assert.equal(jo?.['company'], undefined);
  const sam = people.find((p) => p['name'] === 'Sam Orr');
  assert.equal(sam?.['role'], 'monitor engineer');
  assert.equal(roleAskedFor('Name of your production manager (mobile)'), 'Production manager');
  assert.equal(roleAskedFor('Other contact (name, role, phone)'), null);
});

test('the slot answer gives the set at its stage, named by the act', async () => {
  const s = await source();
  const g = run(general, s)[0]!;
  const items = run(activities, s, g).map(values);
  const set = items.find((i) => i['kind'] === 'set');
  assert.equal(set?.['name'], 'The Larch');
  assert.equal(set?.['location'], 'Meadow Stage');
  assert.equal(set?.['startTime'], '19:20');
  assert.deepEqual(slotParts('Marrow Lanterns – Main Stage – '), { act: { text: 'Marrow Lanterns', index: 0 }, stage: { text: 'Main Stage', index: 18 } });
  assert.equal(slotParts('The Stage Divers '), null);
});

test('a booked stay in an answer: the nights listed, its remark; the party\'s departure and the respondent\'s address are not the hotel\'s', async () => {
  const s = await source();
  const stays = run(hotels, s, show('2031-07-11', 'Leeds', 'GB')).map(values);
  assert.equal(stays.length, 1);
  const stay = stays[0]!;
  assert.equal(stay['name'], 'Kestrel Inn');
  assert.equal(stay['checkInDate'], '2031-07-10');
  assert.equal(stay['checkOutDate'], '2031-07-12');
  assert.equal(stay['rooms'], 2);
  assert.equal(stay['checkOutTime'], undefined);
  assert.equal(stay['email'], undefined);
  assert.equal(stay['city'], undefined);
  assert.match(String(stay['notes']), /Breakfast included/);
});

test('listed nights need a matching count or "nights of"; days must follow each other', () => {
  const ref = new Date('2031-06-01');
  const read = (text: string) => readStay({ text, start: 0 }, ref, '2031-07-11');
  assert.equal(read('Nights of 10 & 11 Jul, Kestrel Inn').checkInDate?.value, '2031-07-10');
  assert.equal(read('Nights of 10 & 11 Jul, Kestrel Inn').checkOutDate?.value, '2031-07-12');
  // Without a word saying these are nights, the days are not read as a stay's nights.
  assert.notEqual(read('Kestrel Inn, 10 & 11 Jul').checkInDate?.value, '2031-07-10');
  assert.equal(listedNights('Rooms: 2, 14 Jul (2 nights)', looseDates('Rooms: 2, 14 Jul (2 nights)', ref)), undefined);
});

test('a lone departure label is the party\'s leaving; a hotel confirmation\'s departure date still ends its stay', () => {
  const alone = run(hotels, pasted('Hotel booked by us: see below\n\nDeparture date: 12 July 2031\n\nThanks!\n'), show('2031-07-11'));
  assert.equal(alone.some((d) => d.checkOutDate), false);
  const stay = run(hotels, pasted('Hotel: Kestrel Inn\nArrival date: 10 July 2031\nDeparture date: 12 July 2031\nRooms: 2\n'), show('2031-07-11')).map(values);
  assert.equal(stay[0]?.['checkOutDate'], '2031-07-12');
});
