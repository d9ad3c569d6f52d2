/**
 * A runs table numbering its rows with codes beside a worded service column,
 * a cancelled run and a cancelled room (a remark opening with the status in capitals), a hotel block's
 * reference; a head count is no venue, a venue letterhead's city known by its postcode.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFile, extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test("a runs table's worded service column names the trips, not the run codes; a cancelled run is no trip", async () => {
  const { activities } = await extracted([
    'Artist transport', '',
    'Run\tService\tDate\tTime\tFrom\tTo\tPax\tNotes',
    'R-204\tStation pick-up\tThu 14/10/2027\t16:20\tLindau station – platform 2\tHotel Seeblick\t5\tlook for the green van',
    'R-219\tBack to hotel\tFri 15/10/2027\t23:10\tArtist gate B\tHotel Seeblick\t5\tCANCELLED – replaced by R-221',
    'R-221\tBack to hotel\tFri 15/10/2027\t23:55\tArtist gate B\tHotel Seeblick\t5\tafter the headliner',
  ].join('\n'));
  const rides = activities.filter((a) => a.kind === 'transfer');
  assert.deepEqual(rides.map((a) => [a.name, a.startTime]), [['Station pick-up', '16:20'], ['Back to hotel', '23:55']]);
});

test('a rooming row whose remark opens with CANCELLED is no room and its guest no guest', async () => {
  const [hotel] = (await extracted([
    'Hotel: Hotel Seeblick Lindau', '', 'Address: Uferweg 9, 88131 Lindau', '',
    'Room\tType\tGuest(s)\tArrive\tDepart\tRemarks',
    '1\tSingle\tJonas Weller\tThu 14/10/2027\tSat 16/10/2027\t',
    '2\tSingle\tMara Quist\tThu 14/10/2027\tSat 16/10/2027\t',
    '3\tSingle\tPeer Alvang\tThu 14/10/2027\tSat 16/10/2027\tCANCELLED 02/09 – not touring',
  ].join('\n'))).hotels;
  assert.equal(hotel?.rooms, 2);
  assert.deepEqual(hotel?.guests, ['Jonas Weller', 'Mara Quist']);
});

test('"Block reference:" is the hotel booking\'s reference', async () => {
  const [hotel] = (await extracted([
    '2. Accommodation', '', 'Hotel: Hotel Seeblick Lindau', '', 'Address: Uferweg 9, 88131 Lindau', '',
    'Block reference: LND-HB-2210 (quote at reception)',
  ].join('\n'))).hotels;
  assert.equal(hotel?.bookingReference, 'LND-HB-2210');
});

test('a head count under a label read as the venue\'s word ("Local crew: 5") is no venue', async () => {
  const { general } = await extracted([
    'Show date: Saturday 4 December 2027', 'Artist: Kora Vale', 'HEAD COUNTS', 'Artist party: 6 (4 band + 2 crew)\tSupport: 2\tLocal crew: 5',
  ].join('\n'));
  assert.notEqual(general.venue, '5');
});

test("a venue letterhead's address closing with a postcode after a city several countries hold is read", async () => {
  const text = [
    'THE ANVIL ROOMS', '9 Quay Road, Kelburn, Wellington 6012', 'HOSPITALITY FORM', 'Show date: Saturday 4 December 2027',
    'Artist: Kora Vale', 'KEY TIMES', 'Load-in: 14:00', 'Soundcheck: 17:00-17:45', 'Doors: 19:30', 'Curfew: 23:00',
    'MEALS', 'Dinner\t18:00\tGreen room\t8\thot meal',
  ].join('\n');
  const source = await extractFile({ bytes: Buffer.from(text), name: 'hospitality.txt' });
  const { general } = (await understand([source])).extracted;
  assert.equal(general.venue, 'The Anvil Rooms');
  assert.equal(general.address, '9 Quay Road, Kelburn, Wellington 6012');
});
