/**
 * Words of the new lexicons that are ordinary words elsewhere (also Azerbaijani
 * "bazar", Sunday and a market), a Maltese
 * postcode that must be a real locality code, an Armenian month only as a whole word, and two
 * blanking patterns that must stay linear on long runs of spaces.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { armenianDates } from '../../src/understand/normalise/armenian-date.js';
import { placeOf } from '../../src/understand/sections/place.js';
import { malteseAddresses } from '../../src/understand/sections/travel/maltese-addresses.js';
import { blankEthiopianClock } from '../../src/understand/text/ethiopian-clock.js';
import { blankStatusBar } from '../../src/understand/text/status-bar.js';

const read = async (lines: string[]) => (await understand([extractPastedText(lines.join('\n'))])).extracted;

test('an amount after a city ("Berlin EUR 2400") is no Maltese address; a locality code is', async () => {
  assert.deepEqual(malteseAddresses('Hotel Sonnenhof, Leipzig EUR 1800 for 2 nights'), []);
  assert.equal(malteseAddresses('Triq il-Wied, Naxxar NXR 2210')[0]?.value, 'Triq il-Wied, Naxxar NXR 2210');
  assert.notEqual(placeOf('Kastanienallee 4, Leipzig EUR 1800').country, 'MT');
  const x = await read(['Accommodation: we booked Hotel Sonnenhof, Leipzig EUR 1800 for 2 nights, check-in 14 May 2027, check-out 16 May 2027.']);
  assert.notEqual(x.hotels[0]?.country, 'MT');
});

test('"Post:" in an English or German sheet names no venue', async () => {
  const en = await read(['Day sheet - Friday 14 May 2027', 'City: Utrecht', 'Doors: 19:00', 'Post: signing at the merch stand']);
  assert.equal(en.general.venue, null);
  const de = await read(['Kontakt Veranstalter', 'Name: Jonas Pfeiffer', 'Tel: +49 30 5550123', 'Post: Lindenweg 9, 04109 Leipzig', 'Datum: 14.05.2027']);
  assert.equal(de.general.venue, null);
});

test('a Persian passenger list\'s "سن" (age) column is no stage, so no venue', async () => {
  const x = await read(['لیست مسافران', 'نام\tسن\tشماره پاسپورت', 'مینا کاظمی\t۳۱\tK98765432']);
  assert.equal(x.general.venue, null);
});

test('a "Bazar" (market) heading is no Azerbaijani Sunday that re-dates the items under it', async () => {
  const x = await read(['Tour day sheet, Saturday 15 May 2027', '', 'Friday', '14:00 Load in', '', 'Bazar', '11:00 Merch stand opens', '12:00 Signing']);
  assert.ok(x.activities.filter((a) => /Merch|Signing/.test(a.name ?? '')).every((a) => a.date !== '2027-05-16'));
});

test('an Armenian month name is read only as a whole word', () => {
  assert.deepEqual(armenianDates('ճակատամարտի 12 տարեդարձ'), []);
  assert.equal(armenianDates('2027 թ. մարտի 12-ին')[0]?.day, 12);
});

test('a long run of spaces after an Ethiopian-clock word or a status-bar clock is read once', () => {
  const eth = `ከምሽቱ${' '.repeat(200_000)}x`;
  assert.equal(blankEthiopianClock(eth), eth);
  assert.equal(blankEthiopianClock('21:30 / ከምሽቱ 3፡30'), `21:30${' '.repeat(12)}`);
  const bar = `9:41 ${' '.repeat(200_000)}x`;
  assert.equal(blankStatusBar(bar), bar);
  assert.equal(blankStatusBar('9:41  LTE 87%\nHotel'), `${' '.repeat(13)}\nHotel`);
});
