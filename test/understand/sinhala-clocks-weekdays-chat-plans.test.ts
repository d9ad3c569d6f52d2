/**
 * A pasted Android WhatsApp group in Singlish (romanised Sinhala and English) with Sinhala-script
 * messages. Sinhala clock times ("රෑ 8.30 – 9.50", "raa 7.30"), Sinhala weekdays ("Sikurada (12th)"), a day plan
 * corrected by a later Sinhala message, a bare hour at one end of a range ("3 – 4.45"), a question restating a
 * time without am/pm, and a runner's transport plan a ride a line ("Irida 8.45 lobby → airport").
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { findDates, findTimes } from '../../src/understand/normalise/index.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

const CHAT = [
  '03/05/2028, 09:00 - Kasun Promo: Ayubowan! Gig eke details okkoma me group eke danna 👍',
  '03/05/2028, 09:05 - Mia Tour: Hi Kasun, thanks machan',
  '05/05/2028, 14:10 - Kasun Promo: Hello Mia! Sikurada (12th) schedule eka mehema 👇',
  'Venue: Lantern Yard, 9 Galle Road, Colombo 04',
  'Load-in: 2.15pm',
  'Soundcheck: 3 – 4.45',
  'Doors: 7.30pm',
  'Paper Kites Lanka: 8.15 – 8.50',
  'Orchid Engine: 9.45 – 11',
  'Curfew: 11.30pm',
  '08/05/2028, 18:20 - Mia Tour: Super, thanks! Load-in still 2.15 neda?',
  '08/05/2028, 18:22 - Kasun Promo: Ow, 2.15 hari 👍',
  '09/05/2028, 20:00 - Kasun Promo: Sorry, Sikurada aluth times 👇',
  'Soundcheck: සවස 4.30 – 5.45',
  'Orchid Engine: රෑ 9.15 – 10.30',
  '10/05/2028, 19:30 - Kasun Promo: Transport eka 👇',
  'Heta 14.40 arrivals hall → hotel',
  'Sikurada 13.30 lobby → Lantern Yard (van + backline)',
  'Gig eka iwara wela 11.20 venue → hotel',
  'Irida 8.45 lobby → airport',
].join('\n');

test('a Sinhala part of the day makes a clock time, at both ends of a range; a bare hour without one is none', () => {
  assert.deepEqual(findTimes('Set: රෑ 8.30 – 9.50').map((t) => t.value), ['20:30', '21:50']);
  assert.deepEqual(findTimes('dinner raa 7ta, Marine Drive').map((t) => t.value), ['19:00']);
  assert.deepEqual(findTimes('සවස 4 – 5.20 (3ට බෑ)').map((t) => t.value), ['16:00', '17:20']);
  assert.deepEqual(findTimes('udee 9.30 pickup').map((t) => t.value), ['09:30']);
});

test('a Sinhala weekday before a bracketed English ordinal is that day near the message', () => {
  const ref = new Date('2028-05-05T12:00:00Z');
  assert.deepEqual(findDates('Sikurada (12th) schedule', ref).map((d) => d.value), ['2028-05-12']);
  assert.deepEqual(findDates('සෙනසුරාදා 13th', ref).map((d) => d.value), ['2028-05-13']);
});

test('a chat day plan announced by its day is dated so; a later Sinhala message moves its times', async () => {
  const x = await extracted(CHAT);
  assert.equal(x.general.date, '2028-05-12');
  assert.equal(x.general.soundcheckTime, '16:30');
  assert.equal(x.general.setTime, '21:15');
  assert.equal(x.general.setLengthMinutes, 75);
  const sets = x.activities.filter((a) => a.kind === 'set').map((a) => `${a.name} ${a.startTime}-${a.endTime}`);
  assert.deepEqual(sets, ['Paper Kites Lanka 20:15-20:50', 'Orchid Engine 21:15-22:30']);
  const checks = x.activities.filter((a) => a.kind === 'soundcheck').map((a) => `${a.startTime}-${a.endTime}`);
  assert.deepEqual(checks, ['16:30-17:45']);
  // "Load-in still 2.15?" restates the afternoon load-in.
  assert.deepEqual(x.activities.filter((a) => a.kind === 'load_in').map((a) => a.startTime), ['14:15']);
});

test('a bare hour at one end of a range is that end', async () => {
  const x = await extracted(CHAT.split('\n').slice(0, 12).join('\n'));
  const check = x.activities.find((a) => a.kind === 'soundcheck');
  assert.equal(`${check?.startTime}-${check?.endTime}`, '15:00-16:45');
  const headline = x.activities.find((a) => a.name === 'Orchid Engine');
  assert.equal(`${headline?.startTime}-${headline?.endTime}`, '21:45-23:00');
});

test("a runner's transport plan: a ride a line, dated by its day word, named by its route", async () => {
  const x = await extracted(CHAT);
  const rides = x.activities.filter((a) => a.kind === 'transfer')
    .map((a) => [a.name, a.date, a.startTime, a.location, a.destination, a.notes].join(' | '));
  assert.deepEqual(rides, [
    'Arrivals hall → hotel | 2028-05-11 | 14:40 | arrivals hall | hotel | ',
    'Lobby → Lantern Yard | 2028-05-12 | 13:30 | lobby | Lantern Yard | van + backline',
    'Venue → hotel | 2028-05-12 | 23:20 | venue | hotel | Gig eka iwara wela',
    'Lobby → airport | 2028-05-14 | 08:45 | lobby | airport | ',
  ]);
});
