/**
 * A note app's page exported as Markdown: read as what it shows (pipe tables as rows of cells, links
 * with their address, no emphasis marks), reported as text/markdown; a flight table's "Pax" column of
 * names; a reference "for" all the flights; the last table row's block ends with the table; "Frankfurt"
 * for Frankfurt am Main; "Conf #" as a reference label; a hedged change of time is no time; the
 * rooms line's "double: A + B, single: C" as guests; and a
 * booking e-mail's markup flight completed by the duration and aircraft its printed card shows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFile, extractPastedText } from '../../src/extract/index.js';
import { looksLikeMarkdown, markdownToText } from '../../src/extract/formats/markdown.js';
import { mimeTypeOf } from '../../src/extract/detect.js';
import { understand } from '../../src/understand/index.js';
import { labelKey } from '../../src/understand/text/lexicon.js';
import { found } from '../../src/understand/found.js';
import { readerFor } from '../../src/understand/sections/travel/reader.js';
import { withMarkupDetails } from '../../src/understand/sections/travel/markup-details.js';
import { roomTypeGuests } from '../../src/understand/sections/travel/stay-room-types.js';
import { scheduleItems } from './helpers.js';

const PAGE = `# Leeds – The Foundry Room

Date: June 3, 2028

## Contacts

- **Promoter:** [Ada Quill](mailto:ada@foundry.example.org) — +44 7700 900111

## Flights

Booking ref for all legs: **ZXQ4RT**

| Date | Flight | From | To | Dep | Arr | Pax |
| --- | --- | --- | --- | --- | --- | --- |
| 3 Jun | LH 2471 | BER Berlin | FRA Frankfurt | 07:05 | 08:15 | Nina Roth, Omar Said |
| 3 Jun | LH 960 | FRA Frankfurt | MAN Manchester | 09:40 | 10:30 | Nina Roth, Omar Said |

## Hotel

- **Hotel:** Harbour Inn
- **Check-in:** 3 Jun, 15:00
- **Check-out:** 4 Jun, 11:00
- **Conf #:** HB-55120
`;

test('a Markdown page reads as its text: table rows as cells, links with their address, no marks', () => {
  assert.ok(looksLikeMarkdown(PAGE));
  const { text, tables } = markdownToText(PAGE);
  assert.match(text, /^- Promoter: Ada Quill <ada@foundry\.example\.org> — \+44/m);
  assert.match(text, /^3 Jun\tLH 2471\tBER Berlin\tFRA Frankfurt\t07:05\t08:15\tNina Roth, Omar Said$/m);
  assert.ok(!/\*\*|^#|\| ---/m.test(text));
  assert.equal(tables.length, 1);
  assert.deepEqual(tables[0]!.rows[0], ['Date', 'Flight', 'From', 'To', 'Dep', 'Arr', 'Pax']);
  assert.equal(markdownToText('- [ ] send the stage plot\n- [x] book the van\n').text, '- ☐ send the stage plot\n- ☑ book the van\n');
});

test('plain text with a stray mark is not Markdown', () => {
  assert.ok(!looksLikeMarkdown('Room #4 is free.\nLoad in 14:00 *sharp*\n'));
});

test('a Markdown file is reported as text/markdown', async () => {
  assert.equal(mimeTypeOf('txt', 'Show page.md'), 'text/markdown');
  assert.equal(mimeTypeOf('txt', 'notes.txt'), 'text/plain');
  const source = await extractFile({ bytes: Buffer.from(PAGE), name: 'Leeds page.md' });
  assert.equal(source.mimeType, 'text/markdown');
  assert.equal(source.tables.length, 1);
});

test('a flight table\'s Pax column, a reference for all legs, and the hotel\'s own "Conf #"', async () => {
  const source = await extractFile({ bytes: Buffer.from(PAGE), name: 'Leeds page.md' });
  const { extracted } = await understand([source]);
  assert.equal(extracted.flights.length, 2);
  for (const f of extracted.flights) {
    assert.deepEqual(f.passengers.map((p) => p.name), ['Nina Roth', 'Omar Said']);
    assert.equal(f.bookingReference, 'ZXQ4RT');
  }
  assert.equal(extracted.flights[0]!.toCity, 'Frankfurt');
  assert.equal(extracted.flights[1]!.fromCity, 'Frankfurt');
  assert.equal(extracted.hotels[0]?.bookingReference, 'HB-55120');
});

test('"Conf #" is a booking-reference label', () => {
  assert.equal(labelKey('Conf #'), 'booking_reference');
});

test('a change someone only might make is not the time', () => {
  const items = scheduleItems('Doors 19:00\n\nCall notes: the promoter might move doors to 18:30 if presale is strong.\n', []);
  assert.deepEqual(items.filter((i) => i.kind === 'doors').map((i) => i.start), ['19:00']);
});

test('a markup flight takes the duration and aircraft its printed card shows', () => {
  const source = extractPastedText('Outbound · Mon 4 Oct 2027\n07:10\nOslo (OSL)\nQK 318\n✈ 1h 55m\nDirect · Airbus A321neo\n09:05\nRome (FCO)\n\nReturn\nQK 319\n✈ 2h 10m\n');
  const r = readerFor(source, 'pattern');
  const flight = (n: string) => ({ flightNumber: found(n, { method: 'pattern', source: source.name, page: null, span: null, validated: true }), passengers: [] });
  const [out, back] = withMarkupDetails(r, [flight('QK318'), flight('QK319')]);
  assert.equal(out!.durationMinutes?.value, 115);
  assert.equal(out!.aircraft?.value, 'Airbus A321neo');
  assert.equal(back!.durationMinutes?.value, 130);
  assert.equal(back!.aircraft, undefined);
});

test('a rooms line saying who sleeps where gives the guests', () => {
  const text = 'Rooms: 3 (double: Lena Berg + Jon Arnes, single: Kai Moll, single: Ute Rahm)\nBreakfast included\n';
  assert.deepEqual(roomTypeGuests(text).map((g) => g.value), ['Lena Berg', 'Jon Arnes', 'Kai Moll', 'Ute Rahm']);
  assert.deepEqual(roomTypeGuests('Notes: single: see list\n'), []);
});
