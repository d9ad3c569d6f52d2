import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pasted } from './helpers.js';
import { ownShowOnly, showBlocks } from '../../src/understand/sections/show-blocks.js';
import { isRoster } from '../../src/understand/sections/show-roster.js';
import { understand } from '../../src/understand/index.js';

const weekend = (subject: string) => [
  `Subject: ${subject}`,
  '',
  'Hi both, the two nights below.',
  '',
  '*** FRIDAY 3 MARCH 2028 – BRIGHTWATER ***',
  'Venue: The Lamp Rooms',
  'Doors: 19:00',
  'Show: 21:00',
  'Hotel: Quayside Lodge, 2 rooms',
  '',
  '*** SATURDAY 4 MARCH 2028 – OLDMOOR ***',
  'Venue: Mill Street Hall',
  'Load-in: 16:00',
  'Doors: 19:30',
  'Tech: Petra Vane, 07700 900456',
  '',
  'Fee: GBP 900 per night, paid on the night.',
].join('\n');

test('of a message advancing two shows, only the block its subject names is kept', () => {
  const source = pasted(weekend('Advance Sat 4/3 Oldmoor'));
  const own = ownShowOnly(source, [source]);
  assert.equal(own.text.length, source.text.length);
  assert.match(own.text, /Mill Street Hall/);
  assert.match(own.text, /Petra Vane/);
  assert.doesNotMatch(own.text, /Lamp Rooms|Quayside|FRIDAY/);
  assert.match(own.text, /GBP 900 per night/);
});

test('a subject naming the place alone picks the block too, and the whole import reads that show', async () => {
  const source = pasted(weekend('Brightwater advance'));
  const own = ownShowOnly(source, [source]);
  assert.match(own.text, /Lamp Rooms/);
  assert.doesNotMatch(own.text, /Mill Street|Petra/);
  const { extracted } = await understand([source]);
  assert.equal(extracted.general.venue, 'The Lamp Rooms');
  assert.equal(extracted.general.doorsTime, '19:00');
  assert.ok(!extracted.contacts.some((c) => c.name === 'Petra Vane'));
  assert.equal(extracted.deal.fee, 900);
});

test('a subject naming both shows, or neither, keeps every block', () => {
  for (const subject of ['Brightwater + Oldmoor advance', 'Weekend advance']) {
    const source = pasted(weekend(subject));
    assert.equal(ownShowOnly(source, [source]), source);
  }
});

test('day headings over blocks that are no shows (travel, day off) are not show blocks', () => {
  const itinerary = pasted([
    'Subject: Itinerary Sat 4 March',
    '',
    'FRIDAY 3 MARCH 2028',
    'Flight: XY 123 dep 10:05',
    'Hotel: Quayside Lodge',
    '',
    'SATURDAY 4 MARCH 2028',
    'Venue: Mill Street Hall',
    'Doors: 19:30',
  ].join('\n'));
  assert.deepEqual(showBlocks(itinerary, new Date(Date.UTC(2028, 0, 1))), []);
  assert.equal(ownShowOnly(itinerary, [itinerary]), itinerary);
});

const ROSTER = [
  'Availability spring 2028 - Northlight Agency',
  'Artist\tTerritory\tFrom\tTo\tAsk\tNotes',
  'Paper Herons\tBenelux\t2028-03-01\t2028-03-09\tEUR 1.500\tdoors 20:00 typical',
  'Paper Herons\tDE\t2028-03-10\t2028-03-18\tEUR 1.800 vs 75 %\thold',
  'Gale Lantern\tUK\t2028-04-02\t2028-04-12\tGBP 2.000 flat\tset 22:00-23:15',
  'Sundial Choir\tNordics\t2028-05-05\t2028-05-15\tEUR 2.500\tneeds backline',
  'Agent: Ivo Brandt +31 6 1234 5678',
].join('\n');

test('a roster of many acts on many days is about no show of the import', async () => {
  const roster = pasted(ROSTER);
  assert.equal(isRoster(roster, [roster]), true);
  const { extracted } = await understand([roster]);
  assert.equal(extracted.general.date, null);
  assert.equal(extracted.general.doorsTime, null);
  assert.deepEqual(extracted.activities, []);
});

test('a roster whose act the import names elsewhere, or a line-up of one day, is read', () => {
  const roster = pasted(ROSTER);
  const mail = pasted('Hi, confirming Gale Lantern for 5 April 2028 at our club.');
  assert.equal(isRoster(roster, [mail, roster]), false);
  assert.equal(isRoster(pasted(`Prepared for: Gale Lantern\n${ROSTER}`), []), false);
  const lineUp = pasted([
    'Artist\tStage\tDate\tShow',
    'Paper Herons\tPine\t2028-06-10\t16:00',
    'Gale Lantern\tPine\t2028-06-10\t18:00',
    'Sundial Choir\tLake\t2028-06-10\t20:00',
  ].join('\n'));
  assert.equal(isRoster(lineUp, [lineUp]), false);
});

test('an invoice\'s bare "Date:" is the day it was issued, not the show\'s', async () => {
  const { extract: general } = await import('../../src/understand/sections/general.js');
  const { context } = await import('./helpers.js');
  const invoice = [
    'Harbour Lodge',
    'INVOICE',
    'Date: 02-02-2028',
    'Arrival: 10-03-2028',
    'Rooms: 2',
    'Total due incl. VAT: EUR 240,00 — IBAN NL00 BANK 0000 0000 00',
  ].join('\n');
  const dates = general(context([pasted(invoice)]) as never).map((d) => d.date?.value);
  assert.ok(!dates.includes('2028-02-02'));
  const sheet = general(context([pasted('Day sheet\nDate: 02-02-2028\nVenue: The Lamp Rooms\nDoors: 19:00')]) as never);
  assert.equal(sheet[0]?.date?.value, '2028-02-02');
});

test('a range of days with weekdays ("Fri 8 - Sun 10 Oct") gives both ends', async () => {
  const { findDates } = await import('../../src/understand/normalise/index.js');
  const ref = new Date(Date.UTC(2027, 8, 1));
  assert.deepEqual(findDates('2 rooms, Fri 8 - Sun 10 Oct, paid', ref).map((d) => d.value), ['2027-10-08', '2027-10-10']);
  // Only a weekday stands between a range's two days: "Room 12 March" is one date.
  assert.deepEqual(findDates('Gate 4 - Room 12 March', ref).map((d) => d.value.slice(5)), ['03-12']);
});

test('a German advance: act after the subject\'s date and place, "Str." addresses, "Buchungsnr.", "Haustechnik"', async () => {
  const { extractFile } = await import('../../src/extract/index.js');
  const mail = await extractFile({ name: 'advance.eml', bytes: Buffer.from([
    'From: Kai Brenner <kai@halle-nord.example.de>',
    'To: Tour <tour@blauen-stunden.example.de>',
    'Subject: Advance Fr 5.11. Kassel - Die Blauen Stunden',
    'Date: Mon, 25 Oct 2027 10:00:00 +0200',
    'Content-Type: text/plain; charset="utf-8"',
    '',
    'Hallo zusammen,',
    '',
    'Venue: Halle Nord',
    'Einlass: 19:30',
    'Hotel: Hotel Amsel, Kasseler Str. 4, 34117 Kassel,',
    '       2 Zimmer, Buchungsnr. AM-4411',
    'Haustechnik: Ole Brandt, 0171 2345678',
  ].join('\r\n')) });
  const { extracted } = await understand([mail]);
  assert.equal(extracted.general.artist, 'Die Blauen Stunden');
  assert.equal(extracted.hotels[0]?.address, 'Kasseler Str. 4, 34117 Kassel');
  assert.equal(extracted.hotels[0]?.bookingReference, 'AM-4411');
  assert.equal(extracted.contacts.find((c) => c.name === 'Ole Brandt')?.role, 'Haustechnik');
});

test('a quoted message\'s writer is no contact; a signature\'s "Role | Company" line does not name the signer', async () => {
  const { extractFile } = await import('../../src/extract/index.js');
  const mail = await extractFile({ name: 're.eml', bytes: Buffer.from([
    'From: Ana Ruiz <ana@salanorte.example.es>',
    'To: Bo Lind <bo@band.example.se>',
    'Subject: Re: times',
    'Date: Tue, 2 May 2028 12:00:00 +0200',
    'Content-Type: text/plain; charset="utf-8"',
    '',
    'Hi Bo,',
    '',
    'Doors: 20:00',
    '',
    'Cheers,',
    'Ana Ruiz',
    'Booker | Sala Norte',
    '+34 612 345 678',
    'ana@salanorte.example.es',
    '',
    '> On 1 May 2028, at 10:00, Bo Lind <bo.lind@band.example.se> wrote:',
    '> Hi Ana, could you send the times?',
  ].join('\r\n')) });
  const { extracted } = await understand([mail]);
  assert.deepEqual(extracted.contacts.map((c) => [c.name, c.role, c.company]), [['Ana Ruiz', 'Booker', 'Sala Norte']]);
});

test('a festival\'s staff signature names the event: "Name | Role | Havnefest 2028"', async () => {
  const { extractFile } = await import('../../src/extract/index.js');
  const lines = [
    'From: Ida Holm <ida@havnefest.example.dk>',
    'To: Crew <crew@band.example.com>',
    'Subject: Artist info',
    'Date: Tue, 2 May 2028 12:00:00 +0200',
    'Content-Type: text/plain; charset="utf-8"',
    '',
    'Hi all,',
    '',
    'Venue: Harbour Stage',
    'Date: Saturday 10 June 2028',
    '',
    'Best,',
    'Ida Holm | Artist Liaison | Havnefest 2028',
    '+45 22 33 44 55',
  ];
  const mail = await extractFile({ name: 'info.eml', bytes: Buffer.from(lines.join('\r\n')) });
  const { extracted } = await understand([mail]);
  assert.equal(extracted.general.eventName, 'Havnefest 2028');
  const office = await extractFile({ name: 'office.eml', bytes: Buffer.from(lines.join('\r\n').replace('Havnefest 2028', 'Festival Office')) });
  assert.equal((await understand([office])).extracted.general.eventName, null);
});

test('headings in capitals need no blank line before them; a stay line in capitals is no heading', () => {
  const source = pasted([
    'Subject: Halle advance',
    'SATURDAY 4 MARCH 2028 – LEIPZIG',
    'Venue: Werk 3',
    'Doors: 19:00',
    'CHECK-OUT 5.3.',
    'SUNDAY 5 MARCH 2028 – HALLE',
    'Venue: Saline Club',
    'Doors: 20:00',
  ].join('\n'));
  assert.deepEqual(showBlocks(source, new Date(Date.UTC(2028, 0, 1))).map((b) => b.day), ['03-04', '03-05']);
  const own = ownShowOnly(source, [source]);
  assert.match(own.text, /Saline Club/);
  assert.doesNotMatch(own.text, /Werk 3|LEIPZIG/);
});

test('the set\'s stage, given its own address ("X address for your GPS:"), is the venue', async () => {
  const { venueFromStageAddress } = await import('../../src/understand/sections/general-stage-address.js');
  const text = [
    'Your day: Saturday 10 June 2028',
    '16:00  Load-in',
    '19:00-20:00  Paper Herons (Dune Stage)',
    '',
    'Dune Stage address for your GPS:',
    'Festivalpladsen, Klitvejen 12, 6990 Ulfborg.',
  ].join('\n');
  const draft: Record<string, { value: string } | undefined> = {};
  venueFromStageAddress(pasted(text), draft as never);
  assert.deepEqual([draft.venue?.value, draft.address?.value, draft.city?.value, draft.country?.value],
    ['Dune Stage', 'Festivalpladsen, Klitvejen 12, 6990 Ulfborg', 'Ulfborg', 'DK']);
  const elsewhere: Record<string, unknown> = {};
  venueFromStageAddress(pasted(text.replace('Dune Stage address', 'Hotel address')), elsewhere as never);
  assert.deepEqual(elsewhere, {});
});
