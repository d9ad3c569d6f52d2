/**
 * A tour manager's pasted timetable without full stops: a transfer's remark after its route, a meal line
 * amid other timed lines, a driver named by role right before their number. A venue's visiting-artist pack:
 * an itinerary whose house sections read as a rider's, its letterhead with a subtitle line. Crew work after
 * doors is no act; "Hot dinner" labels a meal; "per person x 6" counts the party.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import type { ExtractedSource } from '../../src/interfaces.js';
import { understand } from '../../src/understand/index.js';
import { categorise } from '../../src/understand/sections/documents.js';
import { scheduleItems } from './helpers.js';

const asFile = (text: string, name: string): ExtractedSource =>
  ({ ...extractPastedText(text), name, origin: 'file', mimeType: 'text/plain' });

const NOTE = [
  'LYON - Sat 8/5 - Salle Rivage',
  '',
  'Sat',
  '10:40 land LYS (XY1234)',
  '11:30 Transfer LYS arrivals -> Hotel Brume, Ana Ruiz arranges it, driver is Tomas +33 6 12 34 56 78',
  '15:00 load in',
  '17:00 soundcheck',
  '18:45 dinner Bistro Lanterne, Rue Haute 5, Lyon - table for 4',
  '20:00 doors',
  '',
  'Sun 9/5',
  '08:30 Transfer hotel -> LYS, lobby call, same car',
  '',
].join('\n');

test('a transfer\'s remark after its route is no part of the destination', () => {
  const rides = scheduleItems(NOTE, ['location', 'destination']).filter((i) => i.kind === 'transfer');
  assert.deepEqual(rides.map((r) => [r.name, r.location, r.destination]), [
    ['Transfer', 'hotel', 'LYS'],
    ['Transfer', 'LYS arrivals', 'Hotel Brume'],
  ]);
});

test('a meal line in a timetable without full stops takes its own line\'s time', async () => {
  const { extracted } = await understand([extractPastedText(NOTE)]);
  const meal = extracted.food.find((f) => f.name === 'Bistro Lanterne');
  assert.equal(meal?.time, '18:45');
  assert.equal(meal?.guestCount, 4);
});

test('a driver named by role right before the number is whose number it is, not a full name earlier', async () => {
  const { extracted } = await understand([extractPastedText(NOTE)]);
  const driver = extracted.contacts.find((c) => c.phone === '+33612345678');
  assert.equal(driver?.name, 'Tomas');
  assert.equal(driver?.role, 'driver');
});

test('crew work after doors is no act', () => {
  const items = scheduleItems('Saturday 8 May 2027\n19:00\tDoors\n20:00\tThe Glass Owls\n23:00\tLoad-out\n', []);
  assert.equal(items.find((i) => i.name === 'Load-out')?.kind, 'other');
  assert.equal(items.find((i) => i.name === 'The Glass Owls')?.kind, 'set');
});

test('"Hot dinner" labels a meal, and a per-head price times a number counts the party', async () => {
  const text = 'Show date\t2027-05-08\nCATERING\nHot dinner\t18:00, for 6 (1 vegan)\nLunch\tBuyout EUR 15 per person x 6\n';
  const { extracted } = await understand([extractPastedText(text)]);
  const dinner = extracted.food.find((f) => f.name === 'Hot dinner');
  assert.equal(dinner?.time, '18:00');
  assert.equal(dinner?.guestCount, 6);
  assert.equal(extracted.food.find((f) => f.name === 'Lunch')?.guestCount, 6);
});

const PACK = [
  'THE LANTERN HALL',
  '',
  'Technical Specification & Visiting Artist Information',
  '',
  '14 Ferry Road, Leeds LS2 7QT, United Kingdom',
  '',
  'Prepared for\tThe Glass Owls',
  'Show date\tSaturday 8 May 2027',
  '',
  'Sound',
  'FOH PA: 4 x line array per side, 2 x subs. FOH console: digital desk at rear of floor.',
  '',
  'Lighting',
  'Rig: 12 x LED wash, 6 x profile. Control: house desk.',
  '',
  'Show day',
  'Time\tItem\tWhere',
  '14:00\tLoad-in\tDock A',
  '17:00\tSoundcheck\tMain stage',
  '19:30\tDoors',
  '',
].join('\n');

test('a venue\'s visiting-artist pack is an itinerary whose house sections read as a rider\'s', async () => {
  const source = asFile(PACK, 'Lantern_Hall_Tech_Spec.txt');
  assert.equal(categorise(source), 'itinerary');
  const { extracted } = await understand([source]);
  assert.match(String(extracted.technical.sound), /^FOH PA: 4 x line array/);
  assert.match(String(extracted.technical.lighting), /^Rig: 12 x LED wash/);
});

test('a subtitle line between a venue\'s name and its address still makes a letterhead', async () => {
  const { extracted } = await understand([asFile(PACK, 'Lantern_Hall_Tech_Spec.txt')]);
  assert.equal(extracted.general.venue, 'The Lantern Hall');
  assert.match(String(extracted.general.address), /^14 Ferry Road, Leeds/);
  assert.equal(extracted.general.city, 'Leeds');
});

test('a support slot\'s cell names its act after a spaced dash as after a colon', () => {
  const items = scheduleItems('Time\tItem\tNotes\n19:00\tDoors\n19:45\tSupport – The Glass Owls\t30 min\n', ['support']);
  const slot = items.find((i) => i.start === '19:45');
  assert.equal(slot?.name, 'The Glass Owls');
  assert.equal(slot?.support, true);
});
