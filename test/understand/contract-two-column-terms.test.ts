import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extractPastedText } from '../../src/extract/index.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { extract as deal } from '../../src/understand/sections/deal.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { extract as contacts } from '../../src/understand/sections/contacts.js';
import { scheduleOf } from '../../src/understand/sections/schedule.js';
import { run, show, values } from './sections/travel-fixtures.js';

const attached = (name: string, text: string): ExtractedSource => ({ ...extractPastedText(text), name, origin: 'file' });

/** An invented engagement contract whose clauses a narrow column wraps mid-sentence. */
const CONTRACT = attached('engagement-contract.pdf', [
  'BRIGHTWATER LIVE LTD',
  'Unit 2, Tannery Yard, 14 Dock Road, Leeds LS10 1AB | Office 0113 496 0000',
  '',
  'This Agreement is made on 3 May 2027 between Brightwater Live Ltd, whose registered office is at Unit 2,',
  'Tannery Yard, 14 Dock Road, Leeds LS10 1AB (“the Promoter”), and Moth Orchard Touring LLP, furnishing the',
  'services of the group professionally known as MOTH ORCHARD (“the Artist”).',
  '',
  '1. ENGAGEMENT',
  '1.1 The Promoter engages the Artist to perform at The',
  'Mill Rooms, 9 Canal Street, Leeds LS2 7QT (“the',
  'Venue”) on Saturday 9 October 2027, as part of the',
  'Promoter’s concert series “Harbour Lights',
  'Sessions 2027”.',
  '2. FEE',
  '2.1 The Promoter shall pay the Artist a guaranteed fee of £2,400',
  'versus seventy per cent (70%) of the net receipts,',
  'whichever is the greater.',
  '3. PAYMENT',
  '3.1 A deposit of forty per cent (40%) of the guaranteed fee',
  'shall be paid no later than 1 September 2027.',
  '4. HOSPITALITY',
  '4.1 The Promoter shall provide a hot meal for six (6) persons at 18:30 or,',
  'at the Promoter’s option, a buyout of £12 per person.',
  '5. NOTICES',
  'For the Artist (Moth Orchard Touring LLP): Ada Quill,',
  'Tour Manager, mobile 07700 900123,',
  'ada@mothorchard.example.com.',
  '6. LAW',
  '6.1 This Agreement is governed by the laws of England',
  'and Wales, whose courts shall have jurisdiction.',
  'SCHEDULE 1 – RUNNING TIMES',
  'Saturday 9 October 2027, The Mill Rooms (all times local)',
  '16:00\tArtist sound check',
  '19:00\tDoors',
  '20:30\tMoth Orchard',
  '',
  'SIGNED by the parties on the dates below.',
  '______________________',
  'Date: 3 May 2027',
].join('\n'));

test('a contract defines its venue as a term: the name and address before (“the Venue”), not the letterhead', () => {
  const [draft] = run(general, CONTRACT).map(values);
  assert.equal(draft!.venue, 'The Mill Rooms');
  assert.equal(draft!.address, '9 Canal Street, Leeds LS2 7QT');
  assert.equal(draft!.city, 'Leeds');
  assert.equal(draft!.country, 'GB');
});

test('a series name wrapped over two lines is one event; a signature block’s "Date:" is no show date', () => {
  const [draft] = run(general, CONTRACT).map(values);
  assert.equal(draft!.eventName, 'Harbour Lights Sessions 2027');
  assert.equal(draft!.date, '2027-10-09');
});

test('a date line over timed rows heads them, even when a place and an aside follow the date', () => {
  const dates = scheduleOf(CONTRACT).map((i) => [i.name.value, i.date?.value]);
  assert.deepEqual(dates, [['Artist sound check', '2027-10-09'], ['Doors', '2027-10-09'], ['Moth Orchard', '2027-10-09']]);
});

test('a fee clause wrapped over lines: "versus 70 % …, whichever is the greater" makes it a guarantee against a share; a deposit in words', () => {
  const [draft] = run(deal, CONTRACT).map(values);
  assert.equal(draft!.fee, 2400);
  assert.equal(draft!.dealType, 'guarantee_vs_percentage');
  assert.equal(draft!.depositPercent, 40);
});

test('a meal or a buyout at the promoter’s option is no meal booked', () => {
  assert.deepEqual(run(food, CONTRACT, show('2027-10-09')), []);
});

test('"For the Artist (Company LLP): Name," — the bracket is the company, the role follows the name on the next line, the e-mail on the one after', () => {
  const ada = run(contacts, CONTRACT, show('2027-10-09', 'Leeds', 'GB')).map(values).find((c) => c.name === 'Ada Quill');
  assert.deepEqual(ada, { name: 'Ada Quill', role: 'Tour Manager', company: 'Moth Orchard Touring LLP', phone: '+447700900123', email: 'ada@mothorchard.example.com' });
});
