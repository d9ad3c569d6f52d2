/**
 * Georgian contact lines (names in a script without capitals, Georgian role words, the
 * role's place after a comma), Georgian ground-transfer lines with a route after the transfer word, and a
 * chat's contact list of given names with their roles in brackets.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('Georgian contact lines: a name in Georgian script, a Georgian role, the place the role is held', async () => {
  const x = await extracted([
    'თარიღი: 6 მარტი 2027', '', 'კონტაქტები / CONTACTS',
    'თამარ გელაშვილი – პრომოუტერი – +995 599 11 22 33 – tamar@glassdepot.example.ge',
    'დავით ხუციშვილი – პროდაქშენ მენეჯერი – +995 555 44 55 66',
    'ზურა კაპანაძე – ხმის ინჟინერი, Glass Depot – +995 591 11 22 33',
  ].join('\n'));
  const byName = Object.fromEntries(x.contacts.map((c) => [c.name, c]));
  assert.equal(byName['თამარ გელაშვილი']?.role, 'პრომოუტერი');
  assert.equal(byName['დავით ხუციშვილი']?.role, 'პროდაქშენ მენეჯერი');
  assert.equal(byName['დავით ხუციშვილი']?.phone, '+995555445566');
  assert.equal(byName['ზურა კაპანაძე']?.role, 'ხმის ინჟინერი');
  assert.equal(byName['ზურა კაპანაძე']?.company, 'Glass Depot');
});

test('Georgian ground-transfer lines: day, time, the transfer word and a route, the sentence after it a note', async () => {
  const x = await extracted([
    'თარიღი: 6 მარტი 2027', '', 'ტრანსპორტი / GROUND',
    '5 მარ., 21:15 – ტრანსფერი: აეროპორტი (TBS) → Vine Court Hotel. ლაშა დაგხვდებათ.',
    '7 მარ., 08:45 – ტრანსფერი: Vine Court Hotel → აეროპორტი (TBS).',
  ].join('\n'));
  const rides = x.activities.filter((a) => a.kind === 'transfer');
  assert.deepEqual(rides.map((a) => [a.name, a.date, a.startTime, a.location, a.destination]), [
    ['ტრანსფერი', '2027-03-05', '21:15', 'აეროპორტი (TBS)', 'Vine Court Hotel'],
    ['ტრანსფერი', '2027-03-07', '08:45', 'Vine Court Hotel', 'აეროპორტი (TBS)'],
  ]);
  assert.equal(rides[0]?.notes, 'ლაშა დაგხვდებათ.');
});

const CHAT = [
  '03/05/27, 4:09\u202fpm - Vikram Rao created group "Lowtide x Pune"',
  '03/05/27, 4:14\u202fpm - Vikram Rao: Hi Mel! Vikram here, promoter for the Pune show',
  '03/05/27, 4:20\u202fpm - Mel Grant: Hey Vikram, thanks',
  '03/05/27, 4:22\u202fpm - Neha Joshi: Hi Mel! Neha here, production @ Deccan Nights Live.',
  '10/05/27, 9:10\u202fpm - Neha Joshi: Show day contacts',
  'Vikram (promoter) – +91 98190 11223',
  'Neha (production) – +91 99200 44556 / neha@deccan.example.in',
  'Kunal (hospitality & runner) – 70450 33441',
  'Imran (house sound, Blue Shed) – 98670 99887',
  '10/05/27, 9:14\u202fpm - Mel Grant: saved',
].join('\n');

test('a chat\'s contact list: given names with roles in brackets, a writer\'s given name their full name', async () => {
  const x = await extracted(CHAT);
  const byName = Object.fromEntries(x.contacts.map((c) => [c.name, c]));
  assert.equal(byName['Vikram Rao']?.role, 'promoter');
  assert.equal(byName['Vikram Rao']?.phone, '+919819011223');
  assert.equal(byName['Neha Joshi']?.email, 'neha@deccan.example.in');
  // A number without its country code dials the country the list's other numbers carry.
  assert.equal(byName['Kunal']?.role, 'hospitality & runner');
  assert.equal(byName['Kunal']?.phone, '+917045033441');
  assert.equal(byName['Imran']?.role, 'house sound');
  assert.equal(byName['Imran']?.company, 'Blue Shed');
});

test('a flight\'s one time after "lands" is its arrival, not its departure', async () => {
  const x = await extracted([
    'Flights booked', 'IN: QF35 MEL–SIN, Thu 9 Sep 2027, lands 18:20 T1', 'OUT: QF36 SIN–MEL, Sun 12 Sep 2027, departs 21:05',
  ].join('\n'));
  const byNumber = Object.fromEntries(x.flights.map((f) => [f.flightNumber, f]));
  assert.equal(byNumber['QF35']?.arrivalTime, '2027-09-09T18:20');
  assert.equal(byNumber['QF35']?.departureTime, null);
  assert.equal(byNumber['QF36']?.departureTime, '2027-09-12T21:05');
});

test('a reminder\'s one-digit "Load-in 2:00" restates the plan\'s 2:00 pm, no load-in at night', async () => {
  const x = await extracted([
    '05/11/27, 6:02\u202fpm - Tara Sen: Gig day rundown (Sat 13th)',
    'Load-in: 2:00 pm', 'Doors: 7:00 pm', 'Headliner: 9:00 – 10:30 pm',
    '05/11/27, 6:31\u202fpm - Jo Bell: Great thanks',
    '12/11/27, 8:45\u202fpm - Tara Sen: Kal ke liye reminder:', 'Load-in 2:00, sab log time pe',
    '12/11/27, 8:50\u202fpm - Jo Bell: Got it',
  ].join('\n'));
  const loadIns = x.activities.filter((a) => a.kind === 'load_in');
  assert.deepEqual(loadIns.map((a) => a.startTime), ['14:00']);
});

test('a chat\'s labelled ride with a route: "kal" is the next day when the time had passed when it was sent', async () => {
  const x = await extracted([
    '20/06/27, 10:00\u202fam - Arjun Das: Hi all, show on Sat 26th',
    '20/06/27, 10:05\u202fam - Lea Fox: Great',
    '24/06/27, 9:12\u202fpm - Arjun Das: Kal ka plan',
    'Airport pickup (crew): kal subah 6 baje, arrivals hall, door 3 → Hotel Nila. Driver sign ke saath khada hoga',
    'Transfer: hotel lobby se 11:30 pe nikalenge → Blue Shed',
    '24/06/27, 9:15\u202fpm - Lea Fox: Thanks!',
  ].join('\n'));
  const rides = x.activities.filter((a) => a.kind === 'transfer');
  assert.deepEqual(rides.map((a) => [a.name, a.date, a.startTime, a.location, a.destination]), [
    ['Airport pickup (crew)', '2027-06-25', '06:00', 'arrivals hall, door 3', 'Hotel Nila'],
    ['Transfer', '2027-06-25', '11:30', 'hotel lobby', 'Blue Shed'],
  ]);
  assert.equal(rides[0]?.notes, 'Driver sign ke saath khada hoga');
});
