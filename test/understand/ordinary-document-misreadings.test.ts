/**
 * Ordinary lines newer rules must leave alone: a single label ⇥ non-Latin value ⇥ note row
 * (text/label-translation-cell.ts), "فیس بک" (sections/deal.ts), a "TBC" about something else in a chat
 * message (sections/schedule-chat-provisional.ts), a bracketed code that is no airport
 * (sections/activity-kinds.ts), an arrow under a label naming no ride (sections/ride-route.ts), a year
 * after a hyphened Cyrillic date (normalise/kyrgyz-date.ts), Russian "Событие" as a form label. Invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';
import { findDates } from '../../src/understand/normalise/index.js';
import { findLabelled } from '../../src/understand/text/labels.js';
import { labelKey } from '../../src/understand/text/lexicon.js';

const run = async (t: string) => (await understand([extractPastedText(t)])).extracted;

test('a single label ⇥ non-Latin value ⇥ note row keeps its value', () => {
  const text = ['Venue\tOsaka Blue Hall', 'Date\t9 May 2027', '', 'Hotel\tホテル大阪\tbooked, 2 rooms'].join('\n');
  const hotel = findLabelled({ text, pages: [] } as never).find((l) => l.key === 'hotel');
  assert.equal(hotel?.value, 'ホテル大阪');
});

test('Urdu "فیس بک" (Facebook) is no fee', async () => {
  const x = await run(['Subject: Multan show', '', 'ہمارے فیس بک گروپ میں 8,000 لوگ ہیں۔ ٹکٹ PKR 1,800 ہے۔', 'Date: 4 April 2027', 'Venue: Qasim Hall'].join('\n'));
  assert.equal(x.deal.fee, null);
});

test('"driver TBC" on a chat line does not make its pickup provisional', async () => {
  const x = await run([
    '02/03/2027, 08:00 - Lea Holm: Friday plan',
    '02/03/2027, 08:01 - Lea Holm: Hotel pickup 13:30 to soundcheck, driver TBC',
    '02/03/2027, 08:02 - Max Orr: great',
    '02/03/2027, 09:00 - Lea Holm: Hotel pickup 18:45 for the show',
  ].join('\n'));
  const times = x.activities.filter((a) => a.kind === 'transfer').map((a) => a.startTime);
  assert.ok(times.includes('13:30'), JSON.stringify(times));
});

test('a bracketed code after an item word is no airport', () => {
  assert.equal(activityKind('Саундчек (BOH)'), 'soundcheck');
  assert.equal(activityKind('Лайнчек (BOH)'), 'soundcheck');
  assert.equal(activityKind('Ош (OSS)'), null);
  assert.equal(activityKind('Манас (FRU) 08:55'), null);
});

test('an arrow under a label naming no ride is no transfer', () => {
  for (const t of ['Load-out: stage → truck', 'Changeover: band A → band B', 'Merch: foyer → bar', 'Backline: stage left → stage right']) {
    assert.equal(activityKind(t), 'other', t);
  }
  assert.equal(activityKind('Drop: Hotel Linde → Airport'), 'transfer');
});

test('a year after a hyphened Cyrillic date is read', () => {
  const ref = new Date('2027-03-01T12:00:00Z');
  assert.equal(findDates('18-октябрь, 2027', ref)[0]?.value, '2027-10-18');
  assert.equal(findDates('18-октября 2027 г.', ref)[0]?.value, '2027-10-18');
});

test('Russian "Событие" is no schedule-item label in a form', () => {
  assert.notEqual(labelKey('Событие'), 'schedule_item');
});
