/**
 * An agent's offer thread, confirmed: a hotel buyout is money under the deal and no meal, the act's
 * label may add its support in brackets, and the tour manager's "get in around …" estimate gives way
 * to the running order's load-in.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

const thread = [
  'Hi both,',
  '',
  'All agreed, confirmed as below:',
  '',
  'Artist: The Lamp Owls (+ support Rose Hill, on the promoter)',
  'Venue: The Boiler Room, 4 Mill Street, Leeds LS9 8AB',
  'Date: Friday 12th March 2027',
  'Hotel: Plus a £250 hotel buyout in lieu of rooms, paid in cash at settlement.',
  '',
  'From: Jo Marsh <jo@lampowls.example.com>',
  'Sent: 10 January 2027 10:00',
  'Subject: RE: Offer - The Lamp Owls - Leeds',
  '',
  'Thanks – buyout is fine with us, we will sort our own rooms (we are in York the night before, so we will likely get in around 14:30).',
  '',
  'From: Sam Reed <sam@boilerroom.example.co.uk>',
  'Sent: 9 January 2027 16:00',
  'Subject: Offer - The Lamp Owls - Leeds',
  '',
  'Running order:',
  'Load-in\t15:00\tvia the side gate',
  'Soundcheck\t16:00 – 16:45',
  'Doors\t19:00',
  'Curfew\t23:00',
  '',
  'Food: hot meal at 18:00 for 5 from Pepper Kitchen, served in the green room.',
].join('\n');

test('a hotel buyout, in lieu of rooms or accepted as "we will sort our own rooms", is no meal', async () => {
  const { food } = (await understand([pasted(thread)])).extracted;
  assert.deepEqual(food.map((f) => [f.name, f.kind]), [['Pepper Kitchen', 'catering']]);
});

test('"Dinner buyout" is still a meal\'s buyout', async () => {
  const { food } = (await understand([pasted('CATERING\nDinner: buyout of £15 per person, paid on the night')])).extracted;
  assert.equal(food[0]?.kind, 'buyout');
});

test('the act\'s label ends before a bracketed "+ support"', async () => {
  const { general } = (await understand([pasted(thread)])).extracted;
  assert.equal(general.artist, 'The Lamp Owls');
});

test('an estimated "get in around 14:30" gives way to the running order\'s load-in', async () => {
  const { activities } = (await understand([pasted(thread)])).extracted;
  const loadIns = activities.filter((a) => a.kind === 'load_in');
  assert.deepEqual(loadIns.map((a) => a.startTime), ['15:00']);
});
