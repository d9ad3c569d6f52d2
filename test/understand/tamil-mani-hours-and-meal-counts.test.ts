/**
 * A bare "N mani" read as a Tamil hour only in Tamil or Tanglish text and never as a
 * name ("car 2 Mani Sharma", Italian "4 mani"); Persian night ranges that wrap past midnight and ranges
 * with a part of the day at each end; "N meals" that says what is served, not how many eat (invented text).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { findTimes } from '../../src/understand/normalise/index.js';
import { latinDigits } from '../../src/understand/text/native-digits.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('a driver named Mani after a car number, or Italian "4 mani", is no Tamil hour', () => {
  assert.deepEqual(findTimes('Driver: car 2 Mani Sharma, +91 98400 12345').map((t) => t.value), []);
  assert.deepEqual(findTimes('Sonata per pianoforte 4 mani, ore 21').map((t) => t.value), []);
  assert.deepEqual(findTimes('Airport pick-up: car 2 Mani (driver) +91 98400 12345').map((t) => t.value), []);
});

test('a Tanglish "7 mani" and a Tamil "5 மணிக்கு" stay clocks', () => {
  assert.deepEqual(findTimes('naalaikku soundcheck 7 mani ku venue la').map((t) => t.value), ['19:00']);
  assert.deepEqual(findTimes('soundcheck சாயங்காலம் 5 மணிக்கு').map((t) => t.value), ['17:00']);
});

test('a day sheet with "car 2 Mani (driver)" holds no pick-up at 14:00', async () => {
  const x = await extracted('Day sheet — Sat 14 Nov 2026\nAirport pick-up: car 2 Mani (driver) +91 98400 12345\nSoundcheck 17:00\nDoors 19:30\n');
  const times = x.activities.map((a) => a.startTime);
  assert.ok(!times.includes('14:00'), JSON.stringify(x.activities));
  assert.ok(times.includes('17:00'));
});

test('a Persian night range wraps past midnight; each end of a range takes its own part of the day', () => {
  assert.match(latinDigits('اجرا ساعت ۱۰ تا ۲ شب'), /22:00 - 02:00/);
  assert.match(latinDigits('بارگیری ساعت ۴ صبح تا ۱۱ شب'), /04:00 - 23:00/);
  assert.match(latinDigits('ساعت ۱۱ تا ۱ بعدازظهر'), /11:00 - 13:00/);
  for (const s of ['اجرا ساعت ۱۰ تا ۲ شب', 'بارگیری ساعت ۴ صبح تا ۱۱ شب']) assert.equal(latinDigits(s).length, s.length);
});

test('"2 hot meals provided" or "2 meals (lunch and dinner) per person" counts no party; "8 meals" does', async () => {
  const a = await extracted('Catering: 2 hot meals provided, lunch 13:00 and dinner 18:00 backstage\n');
  for (const f of a.food) assert.notEqual(f.guestCount, 2, JSON.stringify(a.food));
  const b = await extracted('Catering: 2 meals (lunch and dinner) provided per person\n');
  for (const f of b.food) assert.notEqual(f.guestCount, 2, JSON.stringify(b.food));
  const c = await extracted('Dinner: Hot dinner by Salt & Fennel, served 18:00 in the Green Room – 8 meals.\n');
  assert.equal(c.food[0]?.guestCount, 8, JSON.stringify(c.food));
  const d = await extracted('Dinner: Hot dinner by Copper Pot Kitchen, served 18:30 backstage – 12 hot dinners.\n');
  assert.equal(d.food[0]?.guestCount, 12, JSON.stringify(d.food));
});

test('a Tanglish chat\'s "soundcheck 7 mani" and a Tamil "சாயங்காலம் 5 மணிக்கு" still time the day', async () => {
  const a = await extracted('Anna, soundcheck 7 mani ku\n');
  assert.equal(a.general.soundcheckTime, '19:00', JSON.stringify(a.general));
  const b = await extracted('soundcheck சாயங்காலம் 5 மணிக்கு\n');
  assert.equal(b.general.soundcheckTime, '17:00', JSON.stringify(b.general));
});
