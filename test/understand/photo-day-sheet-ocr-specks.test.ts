/**
 * A phone photo of a printed day sheet taped to a wall, read by OCR: the table's border and the shadow at the
 * sheet's edge read as specks before and after a line's words ("| | 12 Mill Road", "Doors v Ee", "Curfew rE"),
 * a "PM" misread as "ppm" or "py", the headline slot naming the act ("Headline: X"), a ride's arrow read as a
 * spaced dash, the act's name spelt as the capitals title when OCR slipped a letter of it, and a "loading zone"
 * that is a place to park, no load-in.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { understand } from '../../src/understand/index.js';
import { blankPhotoEdgeNoise } from '../../src/understand/text/photo-edge-noise.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';
import { pasted } from './helpers.js';

const SHEET = [
  'HARBOUR MOTHS',
  '',
  'DAY SHEET - Spring Run 2028',
  '| FRIDAY, APRIL 14, 2028 — PORTLAND, OR',
  '| VENUE',
  '| The Tin Lantern',
  '| | 220 Birch Avenue, Portland, OR 97205',
  '| i Cap. 600 - vans park in the loading zone after 12:00 PM',
  '| SCHEDULE',
  '| 1:00 PM\tLoad-in',
  '| 3:30PM -4:30 ppm Soundcheck ee ]',
  '| 7:00 PM\tDoors v Ee',
  '| 1 9:15 PM\t- 10:45 py\tHeadline: Harbour Moths',
  '11:30PM Curfew rE',
  '| a 12:30 Am\tBus call - Stage door — Hotel',
  'ee CONTACTS',
  'oo Promoter rep: Lena Marsh (503) 555-0147',
].join('\n');

function photo(text: string): ExtractedSource {
  return { ...pasted(text), name: 'IMG_2210.JPG', origin: 'file', format: 'jpeg', mimeType: 'image/jpeg', ocr: { used: true, meanConfidence: 61 } };
}

test('specks at a photographed line\'s edges are blanked, offsets kept; short words that end a line stay', () => {
  const clean = blankPhotoEdgeNoise(SHEET);
  assert.equal(clean.length, SHEET.length);
  const lines = clean.split('\n').map((l) => l.trim());
  assert.ok(lines.includes('220 Birch Avenue, Portland, OR 97205'));
  assert.ok(lines.includes('7:00 PM\tDoors'));
  assert.ok(lines.includes('11:30PM Curfew'));
  assert.ok(lines.includes('12:30 Am\tBus call - Stage door — Hotel'));
  assert.ok(lines.includes('Promoter rep: Lena Marsh (503) 555-0147'));
  assert.ok(lines.some((l) => /^3:30PM -4:30 pm\s+Soundcheck$/.test(l)));
  assert.ok(lines.some((l) => /^9:15 PM\t- 10:45 pm\tHeadline: Harbour Moths$/.test(l)));
  assert.equal(blankPhotoEdgeNoise('14:00 Load in').trim(), '14:00 Load in');
});

test('a photographed day sheet: clean item names, misread PMs, the headline slot names the act', async () => {
  const { extracted: x } = await understand([photo(SHEET)]);
  const items = x.activities.map((a) => [a.name, a.kind, a.startTime, a.endTime]);
  assert.deepEqual(items, [
    ['Load-in', 'load_in', '13:00', null],
    ['Soundcheck', 'soundcheck', '15:30', '16:30'],
    ['Doors', 'doors', '19:00', null],
    ['Harbour Moths', 'set', '21:15', '22:45'],
    ['Curfew', 'curfew', '23:30', null],
    ['Bus call', 'transfer', '00:30', null],
  ]);
  assert.equal(x.general.artist, 'Harbour Moths');
  assert.equal(x.general.venue, 'The Tin Lantern');
  assert.equal(x.general.address, '220 Birch Avenue, Portland, OR 97205');
  assert.equal(x.general.setLengthMinutes, 90);
  assert.equal(x.contacts[0]?.role, 'Promoter rep');
  // The route's arrow read as a second spaced dash.
  const bus = x.activities.find((a) => a.kind === 'transfer');
  assert.deepEqual([bus?.location, bus?.destination], ['Stage door', 'Hotel']);
});

test('a photographed hotel box: the street under the name is its address, specks before them blanked', async () => {
  const box = [
    'HOTEL',
    ': = Hotel Marlowe',
    'a i 45 Cedar Lane, Portland, OR 97209',
    'Check-in Fri 4/14 from 3:00 PM - Check-out Sat 4/15 by 11:00 AM',
    'Conf# MRL-20417',
  ].join('\n');
  const { extracted: x } = await understand([photo(`DAY SHEET\n\n${box}`)]);
  assert.equal(x.hotels[0]?.name, 'Hotel Marlowe');
  assert.equal(x.hotels[0]?.address, '45 Cedar Lane, Portland, OR 97209');
});

test('the act\'s name OCR slipped a letter of in the running order is spelt as the sheet\'s capitals title', async () => {
  const sheet = SHEET.replace('Headline: Harbour Moths', 'Headline: Harbour Mothe');
  const { extracted: x } = await understand([photo(sheet)]);
  assert.equal(x.general.artist, 'Harbour Moths');
  // Typed text is taken as written.
  const { extracted: typed } = await understand([pasted('HARBOUR MOTHS\nDAY SHEET\nFriday, April 14, 2028\n\n9:15 PM - 10:45 PM Headline: Harbour Mothe')]);
  assert.equal(typed.general.artist, 'Harbour Mothe');
});

test('a loading zone, dock or bay is a place, no load-in', () => {
  assert.equal(activityKind('Bus parks in the loading zone'), 'transfer');
  assert.notEqual(activityKind('the loading dock'), 'load_in');
  assert.equal(activityKind('Load-in'), 'load_in');
  assert.equal(activityKind('Loadin via the loading dock'), 'load_in');
});
