/**
 * Rooming lists with split-name and room-mate columns and cancelled rows; a label block's person with
 * their number beside them; letterhead and American street addresses; a day sheet's two heading
 * columns; AM/PM meal rows; a check-in value running on into its check-out.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { tablesOf, read } from '../../src/understand/text/index.js';
import { addresses } from '../../src/understand/sections/travel/phrases.js';
import { labelledPhoneIn } from '../../src/understand/sections/hotel-phone.js';
import { givenNameFirst, isCancelledRow } from '../../src/understand/sections/travel/rooming-rows.js';
import { pasted } from './helpers.js';
import { contactRows, run, values } from './sections/travel-fixtures.js';

const sheet = (rows: string[][]): ExtractedSource => {
  const text = rows.map((r) => r.join('\t')).join('\n');
  return { ...pasted(text), name: 'rooms.xlsx', origin: 'file', format: 'xlsx', tables: [{ rows, page: null, sheet: 'Rooms' }] };
};

const ROOMING = [
  ['THE QUAYSIDE INN', '', '', '', '', '', '', ''],
  ['#', 'Last Name', 'First Name', 'Room Type', 'Arrival', 'Departure', 'Share With', 'Status', 'Notes'],
  ['1', 'Lindqvist', 'Maja', 'King', '2027-03-04', '2027-03-06', '', 'Confirmed', 'Late arrival'],
  ['2', 'Oduya', 'Femi', 'Twin', '2027-03-04', '2027-03-06', 'Brandt, Oskar', 'Confirmed', ''],
  ['3', 'Renner', 'Tove', 'King', '2027-03-04', '2027-03-06', '', 'CANCELLED', 'cxl by tour'],
];

test('a "Last Name | First Name" header is read as one name column, given name first', () => {
  const source = sheet(ROOMING.slice(1));
  const [table] = tablesOf(source);
  assert.deepEqual(table!.records.map((r) => r.cells.name?.value), ['Maja Lindqvist', 'Femi Oduya', 'Tove Renner']);
});

test("a rooming list's room-mate column adds the room's second guest; a cancelled row is no room", () => {
  const [stay] = run(hotels, sheet(ROOMING)).map(values);
  assert.deepEqual(stay!['guests'], ['Maja Lindqvist', 'Femi Oduya', 'Oskar Brandt']);
  assert.equal(stay!['rooms'], 2);
  assert.equal(stay!['notes'], 'Late arrival');
  assert.equal(stay!['checkInDate'], '2027-03-04');
});

test('a hotel system\'s "Last, First" is turned given name first, and only a whole status cell cancels', () => {
  assert.equal(givenNameFirst('Brandt, Oskar'), 'Oskar Brandt');
  assert.equal(givenNameFirst('Oskar Brandt'), 'Oskar Brandt');
  const row = (value: string) => ({ cells: {}, all: [{ value, header: 'Status', span: null }], page: null, text: value });
  assert.equal(isCancelledRow(row('CXL')), true);
  assert.equal(isCancelledRow(row('Cancelled if not paid by May')), false);
});

test("a label block's person takes the phone and e-mail a \"Direct:\" label gives beside them", () => {
  const text = [
    'Hotel Contact:\t\tPia Holm, Group Sales Manager\t\t\t\tDirect:\t\t\t(212) 555-0147 · pia.holm@quayside.example.com',
  ].join('\n');
  const [row] = contactRows(text, 'US');
  assert.deepEqual(row!.slice(0, 2), ['Pia Holm', 'Group Sales Manager']);
  assert.equal(row![3], '+12125550147');
  assert.equal(row![4], 'pia.holm@quayside.example.com');
});

test('an American address is read whole, with a house number of up to five digits and a dropped comma put back', () => {
  assert.deepEqual(addresses('4410 NE Harbor Street, Seattle, WA 98105 · Tel').map((a) => a.value), ['4410 NE Harbor Street, Seattle, WA 98105']);
  assert.deepEqual(addresses('Foundry Hall 2205 W Mill Rd Dayton, OH 45402 Main: 937').map((a) => a.value), ['2205 W Mill Rd, Dayton, OH 45402']);
});

test('a hotel phone labelled "Tel" may open with an area code in brackets', () => {
  assert.equal(labelledPhoneIn('4410 Harbor St · Tel (206) 555-0190 · desk@x.example')?.raw, '(206) 555-0190');
});

test("a letterhead's street address on the line under the hotel's name is the hotel's", () => {
  const text = ['HARBORVIEW LODGE', '4410 NE Harbor Street, Seattle, WA 98105 · Tel (206) 555-0190', 'Group Arrival: 2027-05-02', 'Group Departure: 2027-05-04'].join('\n');
  const [stay] = run(hotels, { ...pasted(text), name: 'lodge.pdf', origin: 'file', format: 'pdf' }).map(values);
  assert.equal(stay!['address'], '4410 NE Harbor Street, Seattle, WA 98105');
  assert.equal(stay!['phone'], '+12065550190');
});

test('"VENUE ⇥ TRAVEL": two headings side by side are no label and value; the venue block is the first column', () => {
  const text = [
    'Saturday, May 8, 2027',
    'NIGHT HERONS',
    '',
    'VENUE\tTRAVEL',
    'Foundry Hall 2205 W Mill Rd Dayton, OH 45402 Main: (937) 555-0110\tDrive: Columbus → Dayton 72 mi',
    '',
    'Doors\t7:00 PM',
  ].join('\n');
  const source = { ...pasted(text), name: 'day.pdf', origin: 'file' as const, format: 'pdf' as const };
  assert.equal(read(source).labelled.some((l) => l.value === 'TRAVEL'), false);
  const [show] = run(general, source).map(values);
  assert.equal(show!['venue'], 'Foundry Hall');
  assert.equal(show!['address'], '2205 W Mill Rd, Dayton, OH 45402');
  assert.equal(show!['country'], 'US');
});

test('a meal row timed with AM/PM is read, its details cut at middle dots', () => {
  const text = ['Saturday, May 8, 2027', 'Start\tItem\tLocation\tNotes', '5:30 PM\tDinner\tGreen room\tCatering by Maple & Rye · 12 pax · 2 vegan, 1 GF'].join('\n');
  const [meal] = run(food, pasted(text)).map(values);
  assert.equal(meal!['time'], '17:30');
  assert.equal(meal!['notes'], '2 vegan, 1 GF');
});

test('a check-in value running on into "Check-Out: … 11:00 AM" gives the check-out time', () => {
  const text = ['Hotel: Harborview Lodge', 'Check-In: Sat, May 8, 2027 · 3:00 PM Check-Out: Sun, May 9, 2027 · 11:00 AM'].join('\n');
  const [stay] = run(hotels, pasted(text)).map(values);
  assert.equal(stay!['checkInTime'], '15:00');
  assert.equal(stay!['checkOutTime'], '11:00');
});

test("a hotel's \"Group Code\" is the booking's reference", () => {
  const text = ['Hotel: Harborview Lodge', 'Group Code: HVL0512', 'Check-in: 2027-05-02', 'Check-out: 2027-05-04'].join('\n');
  const [stay] = run(hotels, pasted(text)).map(values);
  assert.equal(stay!['bookingReference'], 'HVL0512');
});

test("with no show's country, national numbers take the one country the paper's street addresses name", () => {
  const text = ['HARBORVIEW LODGE', '4410 NE Harbor Street, Seattle, WA 98105', '', 'Tour Manager: Ines Vardy, (206) 555-0175, ines@band.example.com'].join('\n');
  const [row] = contactRows(text);
  assert.equal(row![3], '+12065550175');
});

test('under a HOTEL heading, the phone before the check-in is the hotel\'s; its address opens the line under its name', () => {
  const text = [
    'HOTEL',
    'Harborview Lodge\tConfirmation #: 55120',
    '4410 NE Harbor Street, Seattle, WA 98105\tRooms: 3',
    'Phone: (206) 555-0190\tCheck-In: Sat, May 8, 2027 · 3:00 PM',
  ].join('\n');
  const [stay] = run(hotels, { ...pasted(text), name: 'day.pdf', origin: 'file', format: 'pdf' }, { country: { value: 'US', method: 'label', source: 'contract', page: null, span: null, validated: true } } as never).map(values);
  assert.equal(stay!['address'], '4410 NE Harbor Street, Seattle, WA 98105');
  assert.equal(stay!['phone'], '+12065550190');
  assert.equal(stay!['rooms'], 3);
});

test('a rooming list\'s notes column holding room numbers gives no notes', () => {
  const rows = [
    ['THE QUAYSIDE INN', '', '', '', ''],
    ['Guest', 'Arrival', 'Departure', 'Share With', 'Notes'],
    ['Maja Lindqvist', '2027-03-04', '2027-03-06', '', '412'],
  ];
  const [stay] = run(hotels, sheet(rows)).map(values);
  assert.equal(stay!['notes'], undefined);
});
