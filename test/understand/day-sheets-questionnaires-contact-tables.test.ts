/**
 * A spreadsheet day sheet (schedule grid, hotel, catering and contact boxes), an advance
 * questionnaire returned as a Question | Answer | Comment sheet, and a contact list of department
 * tables: the rules each of them needs.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { extract as activities } from '../../src/understand/sections/activities.js';
import { extract as contacts } from '../../src/understand/sections/contacts.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { remarkLineAfter } from '../../src/understand/sections/hotel-remarks.js';
import { scheduleItems } from './helpers.js';
import { run, show } from './sections/travel-fixtures.js';

const DAY_SHEET = [
  'NORTHLIGHT — DAY SHEET',
  'DATE\tSaturday 15 May 2027\tVENUE\tOld Mill, 4 Weir Lane, Leeds',
  '',
  'Start\tEnd\tWhat\tWhere\tNotes',
  '12:00\t\tGet-in\tLoading bay\tlocal crew 4',
  '13:00\t\tLunch\tGreen room\tsee catering',
  'TBC\t\tSupport set\tMain hall\tnot confirmed',
  '18:00\t\tDinner\tGreen room\tsee catering',
  '19:30\t\tDoors',
  '',
  'HOTEL',
  'Hotel Nordlicht',
  'Mill Lane 9, Leeds',
  'Check-in: Sat 15 May',
  'Check-out: Sun 16 May, 11:00',
  'Conf. no.: NL-44118',
  'Breakfast 07:00–10:00 incl. · parking in the yard',
  '',
  'CATERING',
  'Catering by Fig & Thyme',
  'Where: Green room, 2nd floor',
  'Lunch 13:00 – 10 pax',
  'Dinner 18:00 – 12 pax',
  '',
  'NOTES',
  'Next\tSun 16 May – Hull, The Dock (doors 19:00)',
].join('\n');

test('a schedule row with no time is the table\'s: its words take no later row\'s time', () => {
  const items = scheduleItems(DAY_SHEET, []);
  assert.deepEqual(items.map((i) => `${i.start} ${i.name}`), ['12:00 Get-in', '19:30 Doors']);
});

test('a "Next" line with another day is a look-ahead: its times are no item of this show', () => {
  assert.ok(!scheduleItems(DAY_SHEET, []).some((i) => i.start === '19:00'));
});

test('meal rows pointing to the catering box are read there: the box\'s caterer and room serve each meal', () => {
  const meals = run(food, extractPastedText(DAY_SHEET), show('2027-05-15', 'Leeds', 'GB'));
  assert.deepEqual(meals.map((m) => [m.name?.value, m.time?.value, m.address?.value, m.guestCount?.value, m.notes?.value]), [
    ['Fig & Thyme', '13:00', 'Green room, 2nd floor', 10, undefined],
    ['Fig & Thyme', '18:00', 'Green room, 2nd floor', 12, undefined],
  ]);
});

test('a stay\'s extras in "·" segments below its values are its notes, and a breakfast line is no meal', () => {
  const [hotel] = run(hotels, extractPastedText(DAY_SHEET), show('2027-05-15', 'Leeds', 'GB'));
  assert.equal(hotel!.notes?.value, 'Breakfast 07:00–10:00 incl. · parking in the yard');
  assert.equal(remarkLineAfter('Ref: AB-1\nBreakfast included · we can also arrange a late check-out for the whole band\n', 3), null);
});

const QUESTIONNAIRE = [
  'Sheet: Advance',
  'Artist: Northlight · Spring tour 2027 · please return by 01/04/2027',
  'Question\tAnswer\tComment',
  'VENUE',
  'Venue name\tOld Mill',
  'Address\t4 Weir Lane, Leeds',
  'Show date\t2027-05-15',
  'SCHEDULE',
  'Doors\t19:30',
  'Set time\t20:45',
  'Set length (min)\t80',
  'Curfew\t23:00\tstrict – neighbours upstairs',
  'HOSPITALITY',
  'Catering provided by\tFig Kitchen\tour own kitchen',
  'Dinner time\t18:00',
  'Number of hot meals\t6',
  'Where is dinner served?\tGreen room, 1st floor',
  'Dietary requirements\tplease send by 01/05/2027',
  'HOTEL',
  'Hotel name\tHotel Nordlicht',
  'Check-in date\t2027-05-15',
  'Remarks\tBreakfast included. No parking at the hotel –\tuse the public car park behind the station.',
  'CONTACTS',
  'Production manager\tAnn Lee – 07700 900123 – ann@oldmill.example.org',
  'Day-of-show contact\tsame as production manager',
  'Hospitality\tBo Ek, 07700 900456\tno e-mail',
  'Emergency contact\tn/a',
  'Old Mill Ltd · 4 Weir Lane · VAT GB 123 4567 89',
].join('\n');

test('a questionnaire\'s artist ends at a middle dot; "Venue name" is the venue; a bare length takes the label\'s unit', () => {
  const [g] = run(general, extractPastedText(QUESTIONNAIRE));
  assert.deepEqual([g!.artist?.value, g!.venue?.value, g!.setLengthMinutes?.value], ['Northlight', 'Old Mill', 80]);
});

test('a bare "Set time" is named after the artist; a comment cell beside a time is the item\'s note', () => {
  const source = extractPastedText(QUESTIONNAIRE);
  const [g] = run(general, source);
  const items = run(activities, source, g);
  assert.equal(items.find((i) => i.kind?.value === 'set')?.name?.value, 'Northlight');
  assert.equal(items.find((i) => i.kind?.value === 'curfew')?.notes?.value, 'strict – neighbours upstairs');
  // Without a header naming the column as remarks, a third cell is no note.
  assert.deepEqual(scheduleItems('Load-in\t14:00\tvia the loading bay\nCurfew\t23:00\tstrict', ['notes']), [
    { name: 'Load-in', kind: 'load_in', start: '14:00' }, { name: 'Curfew', kind: 'curfew', start: '23:00' },
  ]);
});

test('a catering section\'s questions give the meal: provider, time, head count and room; a request is no note', () => {
  const meals = run(food, extractPastedText(QUESTIONNAIRE), show('2027-05-15', 'Leeds', 'GB'));
  assert.deepEqual(meals.map((m) => [m.name?.value, m.time?.value, m.guestCount?.value, m.address?.value, m.notes?.value]), [
    ['Fig Kitchen', '18:00', 6, 'Green room, 1st floor', undefined],
  ]);
});

test('a remark cut at its cell\'s edge goes on in the comment cell', () => {
  const [hotel] = run(hotels, extractPastedText(QUESTIONNAIRE), show('2027-05-15', 'Leeds', 'GB'));
  assert.equal(hotel!.notes?.value, 'Breakfast included. No parking at the hotel – use the public car park behind the station.');
});

test('"same as …" and "n/a" answers name nobody, and the next question\'s person keeps their own role', () => {
  const people = run(contacts, extractPastedText(QUESTIONNAIRE), show('2027-05-15', 'Leeds', 'GB'));
  assert.deepEqual(people.map((p) => [p.name?.value, p.role?.value]), [['Ann Lee', 'Production manager'], ['Bo Ek', 'Hospitality']]);
});

test('a contact sheet\'s heading "Act – Venue, City" names the act, not an event', () => {
  const sheet = [
    'NORTHLIGHT · Spring Tour 2027 · crew only',
    'CREW & CONTACT LIST',
    'Northlight – Old Mill, Leeds',
    'Show: Saturday 15 May 2027\tVenue: Old Mill, 4 Weir Lane, Leeds',
    '',
    'Name\tRole\tMobile',
    'Ann Lee\tTour Manager\t+44 7700 900123',
  ].join('\n');
  const [g] = run(general, extractPastedText(sheet));
  assert.deepEqual([g!.artist?.value, g!.eventName?.value, g!.venue?.value], ['Northlight', undefined, 'Old Mill']);
});

test('a role\'s bracket listing its fields is no company; a guest-list mailbox is no person', () => {
  const sheet = [
    'Name\tRole\tE-mail\tPhone',
    'Cy Moss\tHouse tech (Sound / Light)\tcy@example.org\t07700 900789',
    'Guest list\tGuest list & accreditation\tguests@example.org\t—',
  ].join('\n');
  const people = run(contacts, extractPastedText(sheet), show('2027-05-15', 'Leeds', 'GB'));
  assert.deepEqual(people.map((p) => [p.name?.value, p.role?.value, p.company?.value]), [['Cy Moss', 'House tech (Sound / Light)', undefined]]);
});
