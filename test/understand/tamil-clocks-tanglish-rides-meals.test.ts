/**
 * Rides written as Tanglish chat sentences (Tamil postpositions "la" = at, "la irundhu"
 * = from, "ku" = to, and "ku" after a time), read as transfers.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { findTimes } from '../../src/understand/normalise/index.js';

const NNBSP = '\u202f';
const stamp = (day: string, time: string, half: 'AM' | 'PM') => `[${day}/06/28, ${time}${NNBSP}${half}]`;

test('"ku" after a time marks a Tamil clock, read in the afternoon unless a morning word is before it', () => {
  const at = (text: string) => findTimes(text).map((t) => t.value);
  assert.deepEqual(at('2:15 ku lobby la wait'), ['14:15']);
  assert.deepEqual(at('kaalai 6:50 ku lobby'), ['06:50']);
});

const CHAT = [
  `${stamp('09', '10:12:40', 'PM')} Selvi Runner: Asha madam, naalaikku kaalai 9:20 ku Trichy airport arrivals Gate 2 la irupen, board oda. Straight-a Palm Court ku 🏨`,
  `${stamp('10', '11:02:10', 'AM')} Selvi Runner: Innaikku 3:40 ku hotel lobby la pickup – Riverside Hall ku.`,
  `${stamp('10', '10:40:05', 'PM')} Selvi Runner: Load-out mudinjathum venue la irundhu 11:15 ku hotel ku kilambalaam.`,
  `${stamp('10', '10:41:30', 'PM')} Asha Byrne: Super, thanks!`,
].join('\n');

test('Tanglish ride sentences become transfers with their place, destination and day', async () => {
  const { activities } = (await understand([extractPastedText(CHAT)])).extracted;
  const rides = activities.filter((a) => a.kind === 'transfer').map((a) => [a.name, a.date, a.startTime, a.location, a.destination]);
  assert.deepEqual(rides, [
    ['Airport pickup', '2028-06-10', '09:20', 'Trichy airport arrivals Gate 2', 'Palm Court'],
    ['Pickup', '2028-06-10', '15:40', 'hotel lobby', 'Riverside Hall'],
    ['Transfer', '2028-06-10', '23:15', 'venue', 'hotel'],
  ]);
});

const PLAN = [
  'Show day plan',
  'Venue: Quarry Hall, 3 Mill Road, Leeds',
  'Load-in: 2 pm',
  'Lunch: 1:30 – Green Fork Caterers, hot buffet, veg + vegan, green room',
  'Doors: 7:30',
  'The Hollow Pines: 8:30 – 10:00 pm',
  'Curfew: 11:00 sharp',
].join('\n');

test('a meal line naming its provider after the time: provider, notes, room, and an afternoon lunch', async () => {
  const { food } = (await understand([extractPastedText(PLAN)])).extracted;
  assert.deepEqual(food.map((f) => [f.name, f.kind, f.time, f.address, f.notes]), [
    ['Green Fork Caterers', 'catering', '13:30', 'green room', 'hot buffet, veg + vegan'],
  ]);
});

test('a curfew written "11:00" after an evening set is at night', async () => {
  const { general } = (await understand([extractPastedText(PLAN)])).extracted;
  assert.equal(general.curfewTime, '23:00');
});

test('a meal word before a pick-up\'s time books no meal: the time is the ride\'s', async () => {
  const chat = [
    `${stamp('11', '10:02:10', 'AM')} Selvi Runner: Madam innaikku night dinner ku 7:50 ku lobby la pickup 🙏`,
    `${stamp('11', '10:04:30', 'AM')} Asha Byrne: Super, thanks!`,
    `${stamp('11', '10:05:12', 'AM')} Selvi Runner: 👍`,
    `${stamp('11', '10:06:40', 'AM')} Asha Byrne: See you then`,
  ].join('\n');
  const x = (await understand([extractPastedText(chat)])).extracted;
  assert.deepEqual(x.food, []);
  assert.deepEqual(x.activities.map((a) => [a.name, a.startTime, a.location]), [['Pickup', '19:50', 'lobby']]);
});

test('initials with periods inside a restaurant\'s street ("R.K. Salai") do not end the meal\'s sentence', async () => {
  const text = 'Welcome dinner at Lotus Leaf Kitchen, R.K. Salai, Mylapore – 8:30 pm, table for 8 under my name.';
  const { food } = (await understand([extractPastedText(text)])).extracted;
  assert.deepEqual(food.map((f) => [f.name, f.time, f.guestCount]), [['Lotus Leaf Kitchen', '20:30', 8]]);
});
