/**
 * A WhatsApp export in Tanglish (Tamil in Latin letters) and Tamil script: "mani" /
 * "மணி" clock hours with their part of the day, Tamil weekday names and "naalaikku" (tomorrow), a time
 * denied and replaced in the same sentence, and a hotel called off with a Tamil helper verb.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { findTimes } from '../../src/understand/normalise/index.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;
const NNBSP = '\u202f';
const stamp = (day: string, time: string) => `[${day}/05/28, ${time}${NNBSP}PM]`;

test('Tamil "mani" hours read with their part of the day, in either script', () => {
  const at = (text: string) => findTimes(text).map((t) => t.value);
  assert.deepEqual(at('Doors: 8 mani'), ['20:00']);
  assert.deepEqual(at('Load-in: madhiyam 3 mani'), ['15:00']);
  assert.deepEqual(at('kaalai 9 manikku lobby'), ['09:00']);
  assert.deepEqual(at('madhiyam 12:30 ku lunch'), ['12:30']);
  assert.deepEqual(at('சாயங்காலம் 6 மணிக்கு'), ['18:00']);
  assert.deepEqual(at('raathiri 12 mani'), ['00:00']);
  // A bare number without "mani" or a part of the day is no time; Italian "a 4 mani" is four hands.
  assert.deepEqual(at('madhiyam oru meeting, 3 rooms'), []);
  assert.deepEqual(at('sonata a 4 mani'), []);
});

const CHAT = [
  `${stamp('02', '7:10:05')} Ravi Prakash: Vanakkam Nell! Show details for Sani kizhamai 👇`,
  'Venue: Copper Hall, 8 Lake View Road, Madurai 625001',
  'Load-in: madhiyam 3 mani',
  'Soundcheck: 5:00 – 6:00',
  'Doors: 8 mani',
  'Nell & The Tides: 9:00 – 10:30 pm',
  `${stamp('02', '7:20:44')} Nell Ashby: Lovely, thanks Ravi!`,
  `${stamp('04', '6:05:10')} Meena Prakash: முக்கியமான மாற்றம் ⚠️ soundcheck 5 மணி இல்ல, சாயங்காலம் 6 மணிக்கு மாத்தியாச்சு. Doors same 8 mani.`,
  `${stamp('04', '6:09:31')} Nell Ashby: Got it, thanks`,
  `${stamp('05', '9:40:02')} Ravi Prakash: Sani kizhamai full house expected 🔥 naalaikku kaalai 10 mani ku call pannuren`,
].join('\n');

test('Tamil weekday names and "naalaikku" date a Tanglish chat\'s show', async () => {
  const x = await extracted(CHAT);
  // Sent on Tuesday 2 May 2028 and Friday 5 May: "Sani kizhamai" is Saturday 6 May.
  assert.equal(x.general.date, '2028-05-06');
  assert.equal(x.general.doorsTime, '20:00');
});

test('a soundcheck time denied with "illa" gives way to the time named after it', async () => {
  const x = await extracted(CHAT);
  const checks = x.activities.filter((a) => a.kind === 'soundcheck');
  assert.deepEqual(checks.map((a) => a.startTime), ['18:00']);
  assert.equal(x.general.soundcheckTime, '18:00');
});

test('a hotel called off in Tanglish ("cancel pannitom") is gone; the one named with it stays', async () => {
  const x = await extracted([
    `${stamp('01', '4:00:00')} Ravi Prakash: Hotel – Hotel Meridian Park, Anna Nagar, 3 rooms`,
    `${stamp('01', '4:02:10')} Nell Ashby: Great`,
    `${stamp('03', '1:15:40')} Ravi Prakash: Meridian Park la overbooking, cancel pannitom. Pudhu booking 👇`,
    'Hotel Neem Tree, 14 Temple Street, Madurai 625001',
    '3 rooms, check-in 5th 2 pm',
    `${stamp('03', '1:20:02')} Nell Ashby: No problem`,
  ].join('\n'));
  assert.deepEqual(x.hotels.map((h) => h.name), ['Hotel Neem Tree']);
});
