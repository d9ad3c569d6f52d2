import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { readStay } from '../../src/understand/sections/travel/stay.js';
import { scheduleItems } from './helpers.js';
import { run, values } from './sections/travel-fixtures.js';

test('a transfers sheet names each ride in its "Run" column, its route in the From and To columns', () => {
  const text = [
    'Run\tDate\tTime\tFrom\tTo\tPax\tNotes',
    'Station pick-up\t2027-09-10\t11:30\tCentral Station, platform exit\tHotel Aster\t3\tlook for the blue van',
    'Back to base\t2027-09-11\t23:45\tBackstage gate 2\tHotel Aster\t3',
  ].join('\n');
  assert.deepEqual(scheduleItems(text, ['date', 'location', 'destination']), [
    { name: 'Station pick-up', kind: 'transfer', start: '11:30', date: '2027-09-10', location: 'Central Station, platform exit', destination: 'Hotel Aster' },
    { name: 'Back to base', kind: 'transfer', start: '23:45', date: '2027-09-11', location: 'Backstage gate 2', destination: 'Hotel Aster' },
  ]);
});

test('"Hotel conf. no." is the stay\'s reference, and rooms numbered 1, 2, 3 are three rooms', () => {
  const text = [
    'Hotel: Hotel Aster, Lindenweg 12, 3012 Bern',
    'Hotel conf. no.: AST-55120',
    'Room\tType\tGuest\tCheck-in\tCheck-out',
    '1\tDouble\tJonas Weber\t2027-09-10\t2027-09-12',
    '2\tSingle\tLena Roth\t2027-09-10\t2027-09-12',
    '3\tSingle\tMarc Vogel\t2027-09-10\t2027-09-12',
  ].join('\n');
  const [stay] = run(hotels, extractPastedText(text)).map(values);
  assert.equal(stay!.bookingReference, 'AST-55120');
  assert.equal(stay!.rooms, 3);
  assert.deepEqual(stay!.guests, ['Jonas Weber', 'Lena Roth', 'Marc Vogel']);
});

test('a range written with an arrow and the end day\'s weekday starts on the first day', () => {
  const hits = readStay({ text: 'Hotel Aster, 1 night (Fri 10 → Sat 11 September)', start: 0 }, new Date('2027-08-01T00:00:00Z'), null);
  assert.equal(hits.checkInDate?.value, '2027-09-10');
  assert.equal(hits.checkOutDate?.value, '2027-09-11');
});

test('a mention of the lodging followed by its address gives the address, phone and e-mail written with it', () => {
  const text = [
    'Accommodation: Hotel Aster, 2 nights (Fri 10 → Sun 12 September 2027)',
    '',
    'Our artists stay at Hotel Aster, Lindenweg 12, 3012 Bern (T +41 31 555 12 12,',
    'desk@aster.example.ch). Breakfast is included.',
  ].join('\n');
  const [stay] = run(hotels, extractPastedText(text)).map(values);
  assert.equal(stay!.address, 'Lindenweg 12, 3012 Bern');
  assert.equal(stay!.phone, '+41315551212');
  assert.equal(stay!.email, 'desk@aster.example.ch');
});
