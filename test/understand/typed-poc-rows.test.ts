import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_LIMITS } from '../../src/extract/limits.js';
import { readSource } from '../../src/extract/read.js';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extract as contacts } from '../../src/understand/sections/contacts.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { scheduleOf } from '../../src/understand/sections/schedule.js';
import { isDayBanner } from '../../src/understand/sections/schedule-day-banner.js';
import { columnRoute, isNoteColumn } from '../../src/understand/sections/schedule-columns.js';
import { mealCount, mealPlace, namesDiets } from '../../src/understand/sections/typed-meal.js';
import { pocParts } from '../../src/understand/sections/typed-poc.js';
import { hotelTitle, roomingGuests, stayExtras } from '../../src/understand/sections/typed-stay.js';
import { run, show, values } from './sections/travel-fixtures.js';

function file(text: string, name: string): Promise<ExtractedSource> {
  return readSource({ bytes: Buffer.from(text), name, declaredType: null, origin: 'file', depth: 0 }, DEFAULT_LIMITS);
}

// An invented planner export: a POC column per row, a plural "Times" header with 12-hour ranges.
const EXPORT = [
  'Date,Times,Item type,Item,Location,POC,POC phone,Notes',
  '03/14/2028,10:00 AM,Travel,Drive to Leeds,"Old Mill Studios, 4 Kiln Lane, York → Leeds",Rosa Fenn (driver · Fenn Coaches),07700 900111,',
  '03/14/2028,2:00 PM,Hotel,The Quayside Inn (check-in),"22 Water Street, Leeds LS1 4AB",Reception,0113 496 0000,"Ref QI-5521 - 2 rooms\nRooms: Ada Brook + Ben Tate (twin) / Cal Rowe (single)\nBreakfast included."',
  '03/14/2028,,Venue,The Foundry,"9 Canal Road, Leeds LS2 7HT",Tom Ashe (production manager),07700 900222,tom.ashe@foundry.example.co.uk',
  '03/14/2028,4:00 PM - 5:00 PM,Soundcheck,Soundcheck,Main hall,Tom Ashe,07700 900222,',
  '03/14/2028,6:00 PM,Meal,Crew dinner,"Bella Nonna, 14 Park Row, Leeds",Bookings desk,0113 496 0101,Table for 6',
  '03/14/2028,6:30 PM,Catering,Hot food,"Dressing room 2",Greenleaf Kitchen,0113 496 0202,"5 hot meals - 1 vegan"',
  '03/14/2028,8:30 PM - 10:00 PM,Show,The Hollow Bells,Main hall,,,',
  '03/14/2028,,Contact,Tour manager,,Ivy Marsh,+44 7700 900333,ivy@hollowbells.example.co.uk',
].join('\r\n');

test('a POC written "Name (role · company)" is read apart; a bare name alone', () => {
  assert.deepEqual(pocParts('Rosa Fenn (driver · Fenn Coaches)'), { name: 'Rosa Fenn', role: 'driver', company: 'Fenn Coaches' });
  assert.deepEqual(pocParts('Tom Ashe'), { name: 'Tom Ashe' });
});

test('the POC column gives the people, joined over their rows, with phones and e-mails in notes', async () => {
  const people = run(contacts, await file(EXPORT, 'export.csv'), show('2028-03-14', 'Leeds', 'GB')).map(values);
  assert.deepEqual(people.map((p) => [p.name, p.role, p.company ?? null, p.phone, p.email ?? null]), [
    ['Rosa Fenn', 'driver', 'Fenn Coaches', '+447700900111', null],
    ['Tom Ashe', 'production manager', null, '+447700900222', 'tom.ashe@foundry.example.co.uk'],
    ['Ivy Marsh', 'Tour manager', null, '+447700900333', 'ivy@hollowbells.example.co.uk'],
  ]);
});

test('travel rows are transfers, a "Times" cell with a range gives start and end', async () => {
  const items = scheduleOf(await file(EXPORT, 'export.csv')).map((i) => [i.name.value, i.kind.value, i.start.value, i.end?.value ?? null, i.location?.value ?? null, i.destination?.value ?? null]);
  assert.deepEqual(items, [
    ['Drive to Leeds', 'transfer', '10:00', null, 'Old Mill Studios, 4 Kiln Lane, York', 'Leeds'],
    ['Soundcheck', 'soundcheck', '16:00', '17:00', 'Main hall', null],
    ['The Hollow Bells', 'set', '20:30', '22:00', 'Main hall', null],
  ]);
});

test("a hotel row: the title without its remark, the location's address, the desk's phone, rooming guests and extras", async () => {
  const [hotel] = run(hotels, await file(EXPORT, 'export.csv'), show('2028-03-14', 'Leeds', 'GB')).map(values);
  assert.equal(hotel!.name, 'The Quayside Inn');
  assert.equal(hotel!.address, '22 Water Street, Leeds LS1 4AB');
  assert.equal(hotel!.phone, '+441134960000');
  assert.deepEqual(hotel!.guests, ['Ada Brook', 'Ben Tate', 'Cal Rowe']);
  assert.equal(hotel!.notes, 'Breakfast included.');
});

test("a meal row: the eatery before its street in the location, else the POC's business; counts of tables and meals", async () => {
  const meals = run(food, await file(EXPORT, 'export.csv'), show('2028-03-14', 'Leeds', 'GB')).map(values);
  assert.deepEqual(meals.map((m) => [m.name, m.address, m.city ?? null, m.phone, m.guestCount, m.notes ?? null]), [
    ['Bella Nonna', '14 Park Row', 'Leeds', '+441134960101', 6, null],
    ['Greenleaf Kitchen', 'Dressing room 2', null, '+441134960202', 5, '5 hot meals - 1 vegan'],
  ]);
});

test("the venue row's location is the show's address", async () => {
  const [draft] = run(general, await file(EXPORT, 'export.csv'));
  assert.deepEqual([draft!.venue?.value, draft!.address?.value, draft!.artist?.value], ['The Foundry', '9 Canal Road, Leeds LS2 7HT', 'The Hollow Bells']);
});

test('small readers of typed cells', () => {
  assert.equal(hotelTitle('Pension Ilse (check-out)'), 'Pension Ilse');
  assert.deepEqual(roomingGuests('2 rooms. Guests: Ann Lee / Bo Ek (K) Parking extra').map((g) => g.value), ['Ann Lee', 'Bo Ek']);
  assert.deepEqual(roomingGuests('Rooms: 2'), []);
  assert.equal(stayExtras('Ref 12. Parking €10 per night. Late check-out')?.value, 'Parking €10 per night.');
  assert.deepEqual(mealPlace('Trattoria Sole, 3 Via Roma, Milano'), { name: 'Trattoria Sole', address: '3 Via Roma', city: 'Milano' });
  assert.deepEqual(mealPlace('Catering room, level 1'), { address: 'Catering room, level 1' });
  assert.equal(mealCount('Table for 9 under LEE')?.value, 9);
  assert.equal(mealCount('12 covers, set menu')?.value, 12);
  assert.equal(mealCount('booked under LEE'), undefined);
  assert.equal(namesDiets('3 vegetarian, 1 nut allergy'), true);
  assert.equal(namesDiets('booked under LEE'), false);
});

test('an itinerary day banner dates its block; a line of prose or a trip span does not', () => {
  const banner = 'DAY 3 · SATURDAY 9 MARCH 2030 · OSLO → BERGEN · SHOW DAY';
  assert.equal(isDayBanner(banner, banner.indexOf('9 MARCH'), '9 MARCH 2030'.length), true);
  const late = 'Tour notes · crew · catering · parking · 9 March 2030';
  assert.equal(isDayBanner(late, late.indexOf('9 March'), 12), false);
  const subject = 'Subject: Bergen 9/3 advance - The Hollow Bells - all the times';
  assert.equal(isDayBanner(subject, subject.indexOf('9/3'), 3), false);
  assert.equal(isDayBanner('We fly out on 9 March 2030 and come back the week after, all being well.', 14, 12), false);
});

test('a details column: a route and the note after its destination; a count or length is a note', () => {
  assert.deepEqual(columnRoute('Hotel Aurora → Arena North. Driver Pia, +46 70 123 45 67.'), {
    from: { value: 'Hotel Aurora', index: 0 }, to: { value: 'Arena North', index: 15 }, note: { value: 'Driver Pia, +46 70 123 45 67.', index: 28 },
  });
  assert.equal(columnRoute('St. Pauli → Dock 4')?.to.value, 'Dock 4');
  assert.equal(columnRoute('Main hall'), null);
  assert.equal(isNoteColumn('3 stagehands'), true);
  assert.equal(isNoteColumn('Jo + Al, 20 min, by phone'), true);
  assert.equal(isNoteColumn('Loading bay'), false);
});

test("an itinerary's dated day blocks date their time lines; the VENUE row places the show", async () => {
  const text = [
    'THE HOLLOW BELLS', '',
    'DAY 1 · FRIDAY 8 MARCH 2030 · TRAVEL DAY', '09:00\tVan to airport\tHotel Lux → Airport. Driver Pia.', 'VENUE', '–\tNo show\tTravel day.', '',
    'DAY 2 · SATURDAY 9 MARCH 2030 · BERGEN · SHOW DAY', 'VENUE', '–\tKulturhus Kai\tStrandgaten 12, 5013 Bergen · cap. 500',
    '14:00\tLoad-in\t4 local crew', '20:00\tDoors', '21:00–22:30\tThe Hollow Bells',
  ].join('\n');
  const source = await file(text, 'itinerary.txt');
  const items = scheduleOf(source).map((i) => [i.name.value, i.date?.value, i.location?.value ?? null, i.destination?.value ?? null, i.notes?.value ?? null]);
  assert.deepEqual(items.slice(0, 2), [
    ['Van to airport', '2030-03-08', 'Hotel Lux', 'Airport', 'Driver Pia.'],
    ['Load-in', '2030-03-09', null, null, '4 local crew'],
  ]);
  const [draft] = run(general, source);
  assert.deepEqual([draft!.venue?.value, draft!.address?.value], ['Kulturhus Kai', 'Strandgaten 12, 5013 Bergen']);
});
