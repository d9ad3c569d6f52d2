/**
 * A tour manager's notes and the booking mails beside them: the act's own row when its name holds a
 * kind word, the city after a venue's name with a capacity remark after a dash, a weekday's dotted date
 * that is no time, a check's length in brackets, a meal still questioned, and a booking confirmation's
 * "Your details" block (its customer, no contact).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

const extracted = async (text: string) => (await understand([pasted(text)])).extracted;

test('a row named by the act alone is its set, whatever kind a word of the name reads as', async () => {
  const x = await extracted([
    'Artist: Static Radio',
    'Support: Moss Lantern',
    'Venue: The Tannery, Leeds',
    'Date: Friday 8th October 2027',
    '',
    'Doors: 19:00',
    'Support set: 19:45–20:15',
    'Static Radio: 20:45–22:15 (90 mins)',
    'Curfew: 23:00',
  ].join('\n'));
  assert.equal(x.general.setTime, '20:45');
  assert.equal(x.general.setLengthMinutes, 90);
  const own = x.activities.find((a) => a.name === 'Static Radio');
  assert.equal(own?.kind, 'set');
  // A radio session is still an interview.
  const radio = await extracted(['Date: Friday 8th October 2027', 'Venue: The Tannery, Leeds', 'Radio session: 15:00', 'Doors: 19:00'].join('\n'));
  assert.equal(radio.activities.find((a) => a.startTime === '15:00')?.kind, 'interview');
});

test('a venue value\'s city after the name is the show\'s city; a capacity after a dash is no address', async () => {
  const x = await extracted([
    'Artist: Moss Lantern',
    'Venue: Kulturkaffe Nord, Bergen (Sentrum) – cap. 300, standing',
    'Date: Sat 9 Oct 2027',
    'Doors 20:00',
  ].join('\n'));
  assert.equal(x.general.venue, 'Kulturkaffe Nord');
  assert.equal(x.general.city, 'Bergen');
  assert.equal(x.general.country, 'NO');
  assert.equal(x.general.address, null);
});

test('a dotted figure closed by a dot after a weekday is that day\'s date, no show time', async () => {
  const x = await extracted([
    'Artist: Moss Lantern',
    'Venue: Kulturkaffe Nord, Bergen',
    'Date: Sat 9 Oct 2027',
    'Set 21:15–22:30',
    'Sun 10.10. fly home, next show Tue 12.10. is advanced separately!',
  ].join('\n'));
  assert.deepEqual(x.activities.map((a) => a.startTime), ['21:15']);
});

test('a check\'s length in brackets is no note', async () => {
  const x = await extracted(['Artist: Moss Lantern', 'Venue: Kulturkaffe Nord, Bergen', 'Date: Sat 9 Oct 2027', 'Soundcheck 17:00 (approx 40 min)'].join('\n'));
  const check = x.activities.find((a) => a.kind === 'soundcheck');
  assert.equal(check?.startTime, '17:00');
  assert.equal(check?.notes ?? null, null);
});

test('a meal the notes still question is no food item', async () => {
  const text = (meal: string) => ['Artist: Moss Lantern', 'Venue: Kulturkaffe Nord, Bergen', 'Date: Sat 9 Oct 2027', meal].join('\n');
  assert.deepEqual((await extracted(text('Dinner: buyout 250 NOK pp?? – check with promoter'))).food, []);
  assert.equal((await extracted(text('Dinner: buyout 250 NOK pp'))).food.length, 1);
});

test('a booking confirmation\'s "Your details" block is its customer, no contact', async () => {
  const x = await extracted([
    'Your booking is confirmed',
    'Hotel Fjellro',
    'Check-in Sat 9 Oct 2027 from 15:00\tCheck-out Sun 10 Oct 2027 until 11:00',
    '1 night · 2 rooms · 2 adults',
    'Booking number 5512 804 117',
    '',
    'Your details',
    'Eli Strand · eli@mosslantern.example.no · +47 912 34 567',
    '',
    'Free cancellation until 7 Oct 2027.',
  ].join('\n'));
  assert.equal(x.contacts.find((c) => c.name === 'Eli Strand'), undefined);
});
