/**
 * A one-show advance sheet exported from a spreadsheet as CSV: one grid of columns (Section, Item, Date, Start,
 * End, Where / Name, Company, Phone, Country, Email, Notes) holding SHOW, SCHEDULE, HOTEL and CONTACTS blocks,
 * each block's name only on its first row. Its rows of field labels ("Artist", "Venue", "Rooming") are no
 * roster of acts, and its blocks are read by what their item cells label.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFile } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { isRoster } from '../../src/understand/sections/show-roster.js';
import { labelKey } from '../../src/understand/text/index.js';

const CSV = [
  'Section,Item,Date,Start,End,Where / Name,Company,Phone,Country,Email,Notes',
  'SHOW,Artist,,,,Copper Meridian,,,,,',
  ',Date,"Friday, 4/9/2032",,,,,,,,',
  ',Venue,,,,The Tin Lantern,,,,,',
  ',Address,,,,"88 Harbor Rd, Portland, OR 97201",,,,,',
  ',Tickets,,,,$20 adv / $25 DOS,,,,,sold 300 as of 3/30',
  ',,,,,,,,,,',
  'SCHEDULE,Load-in,4/9/2032,2:00 PM,,Back dock off Elm Alley,,,,,Trailer parking in dock',
  ',Soundcheck - Copper Meridian,,4:00 PM,5:00 PM,Main room,,,,,',
  ',Dinner,,6:00 PM,,Band lounge,Saffron Pantry,,,,"6 meals, 1 vegan"',
  ',Doors,,8:00 PM,,,,,,,',
  ',Copper Meridian,,9:30 PM,11:00 PM,Main room,,,,,',
  ',Curfew,,11:30 PM,,,,,,,',
  ',,,,,,,,,,',
  'HOTEL,Name,,,,Hotel Birchwood,,,,,',
  ',Address,,,,"410 NW Oak St, Portland, OR 97209",,,,,',
  ',Check-in,4/9/2032,3:00 PM,,,,,,,',
  ',Check-out,4/10/2032,11:00 AM,,,,,,,',
  ',Rooms,,,,3,,,,,"1 king, 2 twin"',
  ',Confirmation #,,,,BW-778812,,,,,',
  ',Rooming,,,,"Mara Quill, Otis Fenwick, Lena Sorbet",,,,,',
  ',,,,,,,,,,',
  'CONTACTS,Promoter,,,,Gus Holloway,Rosebud Presents,(503) 555-0142,US,gus@rosebud.example.com,',
  ',Tour manager,,,,Mara Quill,Copper Meridian,07700 900411,UK,mara@coppermeridian.example.co.uk,',
  ',Runner,,,,Dee,,503 555 0177,,,text only',
].join('\r\n');

async function sheet() {
  return extractFile({ bytes: Buffer.from(CSV), name: 'Copper Meridian - Advance - PORTLAND.csv' });
}

test('a sheet\'s "Artist" row under a header of column labels makes no roster of acts', async () => {
  const s = await sheet();
  assert.equal(isRoster(s, [s]), false);
});

test('a "Where / Name" column is the rows\' place', () => {
  assert.equal(labelKey('Where / Name'), 'location');
  assert.equal(labelKey('Place / Name'), 'location');
});

test('the show block gives the venue and its address, the schedule rows their places', async () => {
  const { extracted } = await understand([await sheet()]);
  assert.equal(extracted.general.artist, 'Copper Meridian');
  assert.equal(extracted.general.venue, 'The Tin Lantern');
  assert.equal(extracted.general.address, '88 Harbor Rd, Portland, OR 97201');
  assert.equal(extracted.general.city, 'Portland');
  const loadIn = extracted.activities.find((a) => a.kind === 'load_in');
  assert.equal(loadIn?.location, 'Back dock off Elm Alley');
  const check = extracted.activities.find((a) => a.kind === 'soundcheck');
  assert.equal(check?.location, 'Main room');
});

test('the dinner row is named after the firm in its company column', async () => {
  const { extracted } = await understand([await sheet()]);
  assert.equal(extracted.food.length, 1);
  assert.equal(extracted.food[0]!.name, 'Saffron Pantry');
  assert.equal(extracted.food[0]!.address, 'Band lounge');
  assert.equal(extracted.food[0]!.time, '18:00');
});

test('the hotel block\'s rows give its address, guests and room remark, not the show\'s address or the contacts', async () => {
  const { extracted } = await understand([await sheet()]);
  assert.equal(extracted.hotels.length, 1);
  const h = extracted.hotels[0]!;
  assert.equal(h.name, 'Hotel Birchwood');
  assert.equal(h.address, '410 NW Oak St, Portland, OR 97209');
  assert.deepEqual(h.guests, ['Mara Quill', 'Otis Fenwick', 'Lena Sorbet']);
  assert.equal(h.bookingReference, 'BW-778812');
  assert.equal(h.notes, '1 king, 2 twin');
});

test('a contacts row names the person in the "Where / Name" column, the item cell their role', async () => {
  const { extracted } = await understand([await sheet()]);
  const byName = new Map(extracted.contacts.map((c) => [c.name, c]));
  assert.deepEqual(byName.get('Gus Holloway'), { name: 'Gus Holloway', role: 'Promoter', company: 'Rosebud Presents', phone: '+15035550142', email: 'gus@rosebud.example.com' });
  assert.equal(byName.get('Mara Quill')?.phone, '+447700900411');
  assert.equal(byName.get('Mara Quill')?.role, 'Tour manager');
  assert.equal(byName.get('Dee')?.role, 'Runner');
});
