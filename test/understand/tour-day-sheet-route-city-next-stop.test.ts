/**
 * A tour app's workbook of day sheets: a travel day's "City" row writes the route ("A, ST → B, ST"), no
 * show city, and a show day's "City" row writes the state's code after the city, no part of its name;
 * the day off's closing "NEXT" part looks at the following stop, whose times are no items of this show. A party's
 * meal ("Team dinner – Place") is a meal as "Dinner – Place" is.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from '../../src/understand/index.js';
import { workbook } from './helpers.js';

const TRAVEL: string[][] = [
  ['Day Sheet', '2027-05-03'],
  ['Day type', 'Travel Day'],
  ['City', 'Portland, OR → Boise, ID'],
  ['SCHEDULE'],
  ['Time', 'Item', 'Location', 'Notes'],
  ['09:00', 'Lobby call', 'Hotel lobby', 'Bus leaves 9:15'],
];
const SHOW: string[][] = [
  ['Day Sheet', '2027-05-04'],
  ['Day type', 'Show Day'],
  ['City', 'Boise, ID'],
  ['VENUE'],
  ['Venue', 'Sagebrush Theatre'],
  ['SCHEDULE'],
  ['Time', 'Item', 'Location', 'Notes'],
  ['13:00', 'Load-in', 'Stage door', '4 local hands'],
  ['19:00', 'Doors'],
  ['21:00', 'Headline set', 'Main room'],
];
const OFF: string[][] = [
  ['Day Sheet', '2027-05-05'],
  ['Day type', 'Day Off'],
  ['City', 'Boise, ID'],
  ['SCHEDULE'],
  ['Time', 'Item', 'Location', 'Notes'],
  ['12:00', 'Radio session – KBSU', '1910 University Dr, Boise', 'Acoustic, 2 songs'],
  ['19:30', 'Team dinner – Harbor Grill', '220 N Capitol Blvd, Boise', '7 pax'],
  ['HOTEL'],
  ['Hotel', 'Riverside Lodge'],
  ['Check-in', 'Mon 05/03/2027 3:00 PM'],
  ['NEXT'],
  ['Thu 5/6', 'Salt Lake City, UT – Granary Hall. Drive ~5h. Lobby call 8:00 AM, load-in 2:00 PM'],
];

test('a day sheet workbook: the show day\'s city without its state, no route, and no item of the next stop', async () => {
  const { extracted: x } = await understand([await workbook('daysheets.xlsx', [['Mon Travel', TRAVEL], ['Tue Show', SHOW], ['Wed Off', OFF]])]);
  assert.equal(x.general.city, 'Boise');
  const loadIns = x.activities.filter((a) => a.kind === 'load_in').map((a) => a.startTime);
  assert.deepEqual(loadIns, ['13:00'], JSON.stringify(x.activities));
  // "Team dinner – Place" is a meal, named after its place, as "Dinner – Place" is.
  const meal = x.food.find((f) => f.name === 'Harbor Grill');
  assert.deepEqual([meal?.date, meal?.time, meal?.guestCount], ['2027-05-05', '19:30', 7], JSON.stringify(x.food));
});
