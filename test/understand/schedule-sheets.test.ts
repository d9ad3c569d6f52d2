/** Day sheets and itineraries laid out as sheets: stacked tables, column words, item cells. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tablesOf } from '../../src/understand/text/index.js';
import { scheduleOf } from '../../src/understand/sections/schedule.js';
import { pasted, scheduleItems } from './helpers.js';

/** A sheet as the extraction layer gives it: its rows, and the text with one tab-joined line per row. */
const sheet = (rows: string[][]) => {
  const text = rows.map((r) => r.filter(Boolean).join('\t')).join('\n');
  return { ...pasted(text), tables: [{ rows, page: null, sheet: 'Day' }] };
};

const FACTS_THEN_SCHEDULE = [
  ['RUN SHEET', '', '', '', ''],
  ['Date', 'Sat 9 Oct 2027', '', '', ''],
  ['Venue', 'Kulturhus Nord', '', '', ''],
  ['Hotel', 'Hotel Brygga', 'Kajgatan 3', '2 rooms', 'ref BR-77'],
  ['Time', 'Until', 'What', 'From / Where', 'To', 'Details'],
  ['10:15', '', 'Minibus to venue', 'Hotel Brygga', 'Kulturhus Nord', 'driver waits outside, 15 min'],
  ['12:00', '13:00', 'Interview', 'Foyer', '', 'Tess + Ivo, 30 min'],
  ['CREW LIST', '', '', '', ''],
  ['Role', 'Name', 'Phone', 'Email', ''],
  ['Stage manager', 'Pia Holm', '+46 70 111 22 33', 'pia@example.se', ''],
];

test('a header further down a sheet starts its own table, and so does one under a title row', () => {
  const tables = tablesOf(sheet(FACTS_THEN_SCHEDULE));
  assert.deepEqual(tables.map((t) => t.keys), [
    ['time', 'end_time', 'schedule_item', 'location', 'to', 'notes'],
    ['role', 'name', 'phone', 'email', null],
  ]);
  assert.equal(tables[0]!.records.length, 3);
  assert.equal(tables[1]!.records[0]!.cells.name!.value, 'Pia Holm');
});

test('an end word right after the time column ends the row, it is no curfew', () => {
  const [table] = tablesOf(sheet([['Start', 'Ende', 'Programmpunkt'], ['14:00', '15:00', 'Aufbau']]));
  assert.deepEqual(table!.keys, ['time', 'end_time', 'schedule_item']);
  const [alone] = tablesOf(sheet([['Uhrzeit', 'Programmpunkt', 'Ende'], ['14:00', 'Aufbau', '23:00']]));
  assert.deepEqual(alone!.keys, ['time', 'schedule_item', 'curfew']);
});

test('Dutch programme and remark columns name the item and its note', () => {
  const [table] = tablesOf(sheet([['Start', 'Programma', 'Opmerking'], ['16:00', 'Soundcheck', 'kort']]));
  assert.deepEqual(table!.keys, ['time', 'schedule_item', 'notes']);
});

test('an itinerary row reads its from/where and to cells as the place and the ride, the details as a note', () => {
  const items = scheduleOf(sheet(FACTS_THEN_SCHEDULE)).map((i) => ({
    name: i.name.value, kind: i.kind.value, location: i.location?.value, destination: i.destination?.value,
    notes: i.notes?.value, end: i.end?.value,
  }));
  assert.deepEqual(items, [
    { name: 'Minibus to venue', kind: 'transfer', location: 'Hotel Brygga', destination: 'Kulturhus Nord', notes: 'driver waits outside, 15 min', end: undefined },
    { name: 'Interview', kind: 'interview', location: 'Foyer', destination: undefined, notes: 'Tess + Ivo, 30 min', end: '13:00' },
  ]);
});

test('an interview keeps whom it is with after a dash; another item\'s dash leads to its place', () => {
  assert.deepEqual(scheduleItems('14:00 Load-in - Back door\n15:30 Interview - Kanal Sju\n', ['location']), [
    { name: 'Load-in', kind: 'load_in', start: '14:00', location: 'Back door' },
    { name: 'Interview - Kanal Sju', kind: 'interview', start: '15:30' },
  ]);
});

test('a time line\'s place after "via", "at the" or a Nordic "i" with a definite noun; a bare "in" is no place', () => {
  assert.deepEqual(scheduleItems([
    '13:10 Get-in via the loading ramp',
    '17:20 Meet & greet at the signing table',
    '18:05 Intervju med Radio Öst i salen',
    '19:00 Sign in',
    '19:30 Line check i morgon',
  ].join('\n'), ['location']), [
    { name: 'Get-in', kind: 'load_in', start: '13:10', location: 'loading ramp' },
    { name: 'Meet & greet', kind: 'other', start: '17:20', location: 'signing table' },
    { name: 'Intervju med Radio Öst', kind: 'interview', start: '18:05', location: 'salen' },
    { name: 'Sign in', kind: 'other', start: '19:00' },
    { name: 'Line check i morgon', kind: 'soundcheck', start: '19:30' },
  ]);
});

test('a ride named before its route: the name ends at the ride word, an arrow parts origin and destination', () => {
  assert.deepEqual(scheduleItems('11:40\tBand shuttle Pension Ufer -> riverside stage (north gate)\n', ['location', 'destination']), [
    { name: 'Band shuttle', kind: 'transfer', start: '11:40', location: 'Pension Ufer', destination: 'riverside stage (north gate)' },
  ]);
});

test('a festival\'s gates opening in prose is its doors, named as written', () => {
  assert.deepEqual(scheduleItems('Hi all,\nFestival gates open at 13:00 on Friday, see you there.\n', []), [
    { name: 'Festival gates open', kind: 'doors', start: '13:00' },
  ]);
});

test('a driver\'s pick-up in prose: "takes/brings you to", "for the airport", a remark in brackets, "will be waiting at"', () => {
  const rides = (text: string) => scheduleItems(text, ['location', 'destination']).filter((i) => i.kind === 'transfer');
  assert.deepEqual(rides('Hi! Our driver Ole picks you up at Aalborg station at 14:10 (white van) and brings you to the venue - call him if late.\n'), [
    { name: 'Transfer', kind: 'transfer', start: '14:10', location: 'Aalborg station', destination: 'venue' },
  ]);
  assert.deepEqual(rides('Next morning Ole collects you at the hotel at 08:45 for the ferry terminal.\n'), [
    { name: 'Transfer', kind: 'transfer', start: '08:45', location: 'hotel', destination: 'ferry terminal' },
  ]);
  assert.deepEqual(rides('Ole will be waiting at the arrivals hall at 16:20 and takes you straight to Pension Ufer.\n'), [
    { name: 'Transfer', kind: 'transfer', start: '16:20', location: 'arrivals hall', destination: 'Pension Ufer' },
  ]);
});

test('a Spanish pick-up ("los recoge en … a las … y los lleva al …"), dated by the weekday before it in the message', () => {
  const text = 'Hola,\nel jueves nuestra chofer Lupe los recoge en la estación norte a las 18:30 y los lleva al hotel.\nSaludos, Ana\n';
  const source = { ...pasted(text), metadata: { date: '2027-10-12T08:00:00Z' } };
  const [ride] = scheduleOf(source).filter((i) => i.kind.value === 'transfer');
  assert.deepEqual(
    { name: ride?.name.value, start: ride?.start.value, date: ride?.date?.value, from: ride?.location?.value, to: ride?.destination?.value },
    { name: 'Transfer', start: '18:30', date: '2027-10-14', from: 'estación norte', to: 'hotel' },
  );
});

test('a ride\'s note "to X (…)" is also its destination; a "Dep / Arr" label is a flight\'s times, no item', () => {
  const source = sheet([
    ['Time', 'What', 'Where', 'Notes'],
    ['23:30', 'Bus departs', 'Old Mill', 'to Bristol (night drive)'],
    ['23:40', 'Bus call', 'Old Mill', 'to be confirmed'],
  ]);
  assert.deepEqual(scheduleOf(source).map((i) => [i.name.value, i.destination?.value, i.notes?.value]), [
    ['Bus departs', 'Bristol', 'to Bristol (night drive)'],
    ['Bus call', undefined, 'to be confirmed'],
  ]);
  assert.deepEqual(scheduleItems('Flight: XY123\nDep / Arr: 08:25 / 09:50\nDoors: 19:00\n', []), [
    { name: 'Doors', kind: 'doors', start: '19:00' },
  ]);
});
