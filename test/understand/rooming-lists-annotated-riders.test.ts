import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extractPastedText } from '../../src/extract/index.js';
import { context, pasted, scheduleItems } from './helpers.js';
import { categorise } from '../../src/understand/sections/documents.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { extract as contacts } from '../../src/understand/sections/contacts.js';
import { findLabelled, linesOf } from '../../src/understand/text/index.js';

const attached = (name: string, text: string): ExtractedSource => ({ ...extractPastedText(text), name, origin: 'file' });
const values = <T extends object>(draft: T) =>
  Object.fromEntries(Object.entries(draft).map(([k, v]) => [k, Array.isArray(v) ? v.map((x) => x.value) : v?.value]));

const ROOMING = [
  'Harbourlight Presents - 3 Dock Row, Leeds LS2 7PQ - 0113 496 0100 - desk@harbourlight.example.co.uk',
  'ROOMING LIST',
  'Artist: Pale Orchard — Northern Spring Run 2028',
  'Show: Fri 14 Apr 2028, Corn Exchange, Leeds',
  'Hotel:\tThe Wharfside Inn',
  'Address:\t12 Canal Walk, Leeds LS1 4AB',
  'Check-in:\tFri 14 Apr 2028 (from 14:00)',
  'Check-out:\tSat 15 Apr 2028 (by 11:00)',
  '#\tGuest name(s)\tRoom type\tNights\tRemarks',
  '1\tIvy Marston\tSingle\t1',
  '2\tOwen Reyes / Kit Farrow\tTwin\t1\tEarly check-in requested',
  '3\tLena Skaug\tSingle\t1',
].join('\n');

test('a tour-side rooming list: the show line, one room per row, the remarks column as the notes', () => {
  const source = attached('rooming.txt', ROOMING);
  assert.equal(categorise(source), 'itinerary');
  const [show] = general(context([source]));
  const g = values(show!);
  assert.equal(g.artist, 'Pale Orchard');
  assert.equal(g.venue, 'Corn Exchange');
  assert.equal(g.city, 'Leeds');
  assert.equal(g.date, '2028-04-14');
  // The address under "Hotel:" is the hotel's, not the show's.
  assert.equal(g.address, undefined);
  const [hotel] = hotels(context([source]));
  const h = values(hotel!);
  assert.equal(h.rooms, 3);
  assert.deepEqual(h.guests, ['Ivy Marston', 'Owen Reyes', 'Kit Farrow', 'Lena Skaug']);
  assert.equal(h.notes, 'Early check-in requested');
  // The letterhead's office line names no person.
  assert.deepEqual(contacts(context([source])).map((c) => c.name?.value), []);
});

test('a rooming list the hotel confirms stays a hotel confirmation', () => {
  assert.equal(categorise(attached('list.pdf', `THE WHARFSIDE INN\nROOMING LIST - CONFIRMATION\n${ROOMING.split('\n').slice(4).join('\n')}`)), 'hotel_confirmation');
});

test('a show label over a time is no place line; a weekday before a comma is part of the date', () => {
  const [timed] = general(context([pasted('Artist: Pale Orchard\nShow: 21:00 (90 min)')]));
  assert.equal(timed!.venue, undefined);
  assert.equal(timed!.setLengthMinutes?.value, 90);
  const [dated] = general(context([pasted('Artist: Pale Orchard\nShow: Fri, 14 Apr 2028, Corn Exchange, Leeds')]));
  assert.equal(dated!.date?.value, '2028-04-14');
  assert.equal(dated!.venue?.value, 'Corn Exchange');
});

test('a heading before a dash is no label over the pair after it', () => {
  const text = 'CONFIRMED BY PROMOTER - Show: Fri 14 Apr 2028, Corn Exchange, Leeds';
  const source = pasted(text);
  const labelled = findLabelled(source, linesOf(source));
  assert.deepEqual(labelled.map((l) => [l.key, l.label]), [['set_time', 'Show']]);
});

test('"doors 20:00 / Act on stage 21:15" lists two items; "on show day before 17:00" is none', () => {
  assert.deepEqual(scheduleItems('doors 20:00 / PO on stage 21:15', []), [
    { name: 'doors', kind: 'doors', start: '20:00' },
    { name: 'PO on stage', kind: 'set', start: '21:15' },
  ]);
  assert.deepEqual(scheduleItems('Guest list names will be sent on show day before 17:00.', []), []);
});

const ANNOTATED_RIDER = [
  'PALE ORCHARD - Hospitality Rider 2028',
  '3. DINNER',
  'A hot dinner for 6 persons, served at least 2 hours before stage time.',
  'If no dinner can be provided, a buyout of GBP 20 per person is acceptable.',
  'PROMOTER: Dinner booked - Bistro Lamplight, 4 Mill Lane',
  'at 18:30, table for 6',
  '=> no buyout',
  '4. DRINKS',
  '12 x local beer.',
].join('\n');

test('a rider gives no meal, except one its reader typed on it as booked', () => {
  const rider = attached('rider.txt', ANNOTATED_RIDER);
  assert.equal(categorise(rider), 'rider');
  const meals = food(context([rider])).map((d) => values(d));
  assert.equal(meals.length, 1);
  assert.equal(meals[0]!.name, 'Bistro Lamplight');
  assert.equal(meals[0]!.kind, 'restaurant');
  assert.equal(meals[0]!.time, '18:30');
  assert.equal(meals[0]!.guestCount, 6);
  // A number and a street word are the street, with no city written after it.
  assert.equal(meals[0]!.address, '4 Mill Lane');
  // "PROMOTER: Dinner booked - …" is an answer about the meal, not the venue.
  assert.equal(general(context([rider]))[0]?.venue, undefined);
  const asks = attached('rider.txt', ANNOTATED_RIDER.replace('PROMOTER: Dinner booked - Bistro Lamplight, 4 Mill Lane\nat 18:30, table for 6\n', ''));
  assert.deepEqual(food(context([asks])), []);
  const told = attached('rider.txt', ANNOTATED_RIDER.replace('PROMOTER: Dinner booked', 'Dinner must be booked'));
  assert.deepEqual(food(context([told])), []);
});
