/**
 * A thread about a show moved to a new day (the old day in the subject and the quoted mails, a void
 * hotel reference beside the new one, a counted passenger list, a short dot leader), and a word
 * processor's advance sheet (the act, venue and day in a bar-separated page header, a hotel box whose
 * paragraphs stand a blank line apart, a dated van call in the run of show, a footer's promoter line).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const asFile = (text: string, name: string, format: ExtractedSource['format'], metadata: Record<string, unknown> = {}): ExtractedSource =>
  ({ ...extractPastedText(text), name, origin: 'file', format, metadata });

const MOVED = [
  'Hi Jo,',
  '',
  'All set for Sunday June 14 -- the venue signed the new date.',
  '',
  'Times for the 14th:',
  '',
  '  Load in ........ 2:00 PM',
  '  Doors .......... 7:30 PM',
  '  Mara Quill .. 8:00 - 8:40 PM',
  '  Tin Orchard .... 9:15 - 10:30 PM',
  '  Curfew ......... 11:00 PM',
  '',
  'Hotel: the Larkspur dropped our May rooms (ref #55102938 is void,',
  'no fee) and booked 2 rooms again, check in Sun June 14, check out Mon June 15.',
  'New confirmation # is 55107731. Larkspur Hotel, 40 Elm Street, Denver.',
  '',
  'Sam',
  '',
  'On Tue, Apr 7, 2026 at 9:00 AM Jo Park <jo@tinorchard.example.com> wrote:',
  '> Sam,',
  '> June 14 is fine. New flights:',
  '>',
  '>\tSun 14 JUN\tUA 1203\tSeattle (SEA) 09:05 -> Denver (DEN) 12:40',
  '>\tRecord locator: ZP4QRA\t(2 pax: J. Park, L. Ortiz)',
  '>',
  '> On Mon, Apr 6, 2026 at 8:00 AM Sam Vale <sam@mtnpresents.example.com> wrote:',
  '>> Jo, the room flooded, so Saturday May 23 is off and we are rescheduled.',
  '>> The May plan was load in 3pm, doors 8, you on at 9:30, curfew 11:30.',
].join('\n');

const thread = () => asFile(MOVED, 'moved.eml', 'eml', { subject: 'Re: Tin Orchard - Sat May 23 - rescheduled', date: '2026-04-07T18:00:00Z' });

test("a thread telling of the show's move: the newest message's day is the show's, and the old run of show is gone", async () => {
  const { extracted } = await understand([thread()]);
  assert.equal(extracted.general.date, '2026-06-14');
  assert.deepEqual(extracted.activities.map((a) => [a.name, a.date, a.startTime]), [
    ['Load in', '2026-06-14', '14:00'],
    ['Doors', '2026-06-14', '19:30'],
    ['Mara Quill', '2026-06-14', '20:00'],
    ['Tin Orchard', '2026-06-14', '21:15'],
    ['Curfew', '2026-06-14', '23:00'],
  ]);
});

test('a hotel reference said to be void gives way to the new one later in the paragraph', async () => {
  const { extracted } = await understand([thread()]);
  assert.deepEqual(extracted.hotels.map((h) => h.bookingReference), ['55107731']);
});

test('a counted list of travellers beside the locator names each flight\'s passengers', async () => {
  const { extracted } = await understand([thread()]);
  assert.deepEqual(extracted.flights.map((f) => [f.flightNumber, f.passengers.map((p) => p.name)]), [['UA1203', ['J. Park', 'L. Ortiz']]]);
});

test("an act's check written as the slot and \"l/c\" is a soundcheck", async () => {
  const text = ['Run of show', '', 'Soundcheck\t15:00', 'Support l/c\t17:00', 'Doors\t19:00', 'Tin Orchard\t21:00'].join('\n');
  const { extracted } = await understand([asFile(text, 'ros.txt', 'txt')]);
  assert.equal(extracted.activities.find((a) => a.name === 'Support l/c')?.kind, 'soundcheck');
});

const SHEET = [
  'BRASS LANTERNS\t|\tThe Sprocket, 12 Quay Street, Galway, H91 E2K3\tSaturday 9 May 2026',
  '',
  'ADVANCE SHEET',
  '',
  'Hi all – the advance for Galway is below. Times are local.',
  '',
  'HOTEL',
  '',
  'The Corrib Hotel',
  '',
  '8 Mill Street, Galway, H91 X2P4',
  '',
  'Tel: 091 555 120',
  '',
  'Check-in: Sat 9 May (from 14:00)',
  '',
  'Check-out: Sun 10 May (by 11:00)',
  '',
  '4 x double rooms, breakfast incl.',
  '',
  'Conf. no. CH-44012',
  '',
  'DAY SCHEDULE',
  '',
  'Time\tItem\tNotes',
  '16:00\tLoad-in\tSide gate',
  '20:00\tDoors\t',
  '21:00 – 22:30\tBrass Lanterns\t',
  'Sun 10/05 10:00\tVan call – hotel lobby to Sligo\t',
  '',
  'Promoter: Nuala Ward, Westlight Events · +353 87 412 0192 · nuala@westlight.example.ie',
].join('\n');

test("a page header's bar-separated act, venue and day: the act in capitals written as a name, the day no part of the address", async () => {
  const { extracted } = await understand([asFile(SHEET, 'advance.docx', 'docx')]);
  assert.deepEqual([extracted.general.artist, extracted.general.venue, extracted.general.address, extracted.general.date], [
    'Brass Lanterns', 'The Sprocket', '12 Quay Street, Galway, H91 E2K3', '2026-05-09',
  ]);
});

test('a hotel box whose paragraphs stand a blank line apart: address with its Eircode, phone and unlabelled room count', async () => {
  const { extracted } = await understand([asFile(SHEET, 'advance.docx', 'docx')]);
  const [hotel] = extracted.hotels;
  assert.deepEqual([hotel?.address, hotel?.phone, hotel?.rooms, hotel?.bookingReference], ['8 Mill Street, Galway, H91 X2P4', '+35391555120', 4, 'CH-44012']);
});

test("a run-of-show row dated in its time cell is that day's, its route in words after a dash", async () => {
  const { extracted } = await understand([asFile(SHEET, 'advance.docx', 'docx')]);
  const van = extracted.activities.find((a) => a.kind === 'transfer');
  assert.deepEqual([van?.name, van?.date, van?.startTime, van?.location, van?.destination], ['Van call – hotel lobby to Sligo', '2026-05-10', '10:00', 'hotel lobby', 'Sligo']);
});

test("a footer's labelled promoter with the phone and e-mail after middle dots keeps the label as the role", async () => {
  const { extracted } = await understand([asFile(SHEET, 'advance.docx', 'docx')]);
  const promoter = extracted.contacts.find((c) => c.name === 'Nuala Ward');
  assert.deepEqual([promoter?.role, promoter?.phone, promoter?.email], ['Promoter', '+353874120192', 'nuala@westlight.example.ie']);
});
