/**
 * A Nepali day sheet in Devanagari. Devanagari digits, Gregorian dates with Nepali month
 * and weekday names, clocks led by the part of the day ("दिउँसो ३ बजे", "राति ९:३० – ११:००"), Nepali
 * labels, schedule items named in Devanagari, meals by their day part, "N जना" as a party's size and
 * a "प्राविधिक" (technical) heading.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { latinDigits } from '../../src/understand/text/native-digits.js';
import { devanagariClocks } from '../../src/understand/text/devanagari-clock.js';
import { labelKey } from '../../src/understand/text/lexicon.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;
const squeezed = (text: string) => text.replace(/[\s\u200B]+/g, ' ').trim();

const SHEET = [
  'पहाड साउन्ड प्रा. लि.',
  'दैनिक तालिका',
  '',
  'मिति      : बुधबार, १५ मार्च २०२८',
  'कलाकार / Artist : Silver Pines',
  'स्थान / Venue : Lakeside Barn',
  'ठेगाना    : Damside Road, Pokhara 33700, Nepal',
  '',
  'आजको तालिका (बुधबार, १५ मार्च)',
  'बिहान ११:३०          अन्तर्वार्ता – Radio Fewa',
  'दिउँसो २ बजे         लोड-इन',
  'दिउँसो ३:१५ बजे      दिउँसोको खाना – Fewa Kitchen, ७ जनाको लागि',
  'दिउँसो ४:०० – ५:००   साउन्डचेक – Silver Pines',
  'बेलुका ८ बजे         ढोका खुल्ने',
  'राति ९:१५ – १०:४५    Silver Pines',
  'राति ११:३० बजे       कर्फ्यु',
  '',
  'प्राविधिक',
  'साउन्ड  : d&b Y-series, Midas M32',
  'ब्याकलाइन: Tama Superstar, Orange bass amp',
].join('\n');

test('Devanagari digits and a Nepali date read as ASCII digits and an English date, at the same length', () => {
  const text = 'मिति : बुधबार, १५ मार्च २०२८ | फोन: ०६१-५४३२१०';
  const out = latinDigits(text);
  assert.equal(out.length, text.length);
  assert.equal(squeezed(out), 'मिति : Wed 15 Mar 2028 | फोन: 061-543210');
});

test('a clock led by its part of the day is on the 24-hour clock; a range end without a word takes the start\'s', () => {
  const cases: [string, string][] = [
    ['दिउँसो 4 बजे', '16:00'],
    ['बिहान 9:30', '09:30'],
    ['बेलुका 8:15 – 9:00', '20:15 - 21:00'],
    ['राति 9:15 – 10:45', '21:15 - 22:45'],
    ['राति 12 बजे', '00:00'],
  ];
  for (const [text, clock] of cases) {
    const out = devanagariClocks(text);
    assert.equal(out.length, text.length, text);
    assert.equal(out.trim(), clock, text);
  }
});

test('Nepali labels and item words have their keys and kinds', () => {
  assert.equal(labelKey('ठेगाना'), 'address');
  assert.equal(labelKey('बुकिङ नं.'), 'booking_reference');
  assert.equal(labelKey('चेक-आउट'), 'check_out');
  assert.equal(activityKind('साउन्डचेक – Silver Pines'), 'soundcheck');
  assert.equal(activityKind('ढोका खुल्ने'), 'doors');
  assert.equal(activityKind('Lakeside Barn → होटल (भ्यान)'), 'transfer');
  assert.equal(activityKind('बेलुकाको खाना – Fewa Kitchen'), null);
});

test('a Nepali day sheet gives its show times, Devanagari-named items, its meal and its technical lines', async () => {
  const x = await extracted(SHEET);
  assert.equal(x.general.date, '2028-03-15');
  assert.equal(x.general.doorsTime, '20:00');
  assert.equal(x.general.soundcheckTime, '16:00');
  assert.equal(x.general.curfewTime, '23:30');
  assert.equal(x.general.setTime, '21:15');
  const byKind = (kind: string) => x.activities.find((a) => a.kind === kind);
  assert.equal(byKind('interview')?.startTime, '11:30');
  assert.equal(byKind('load_in')?.name, 'लोड-इन');
  assert.equal(byKind('load_in')?.startTime, '14:00');
  assert.equal(byKind('soundcheck')?.endTime, '17:00');
  const lunch = x.food.find((f) => f.time === '15:15');
  assert.ok(lunch, JSON.stringify(x.food));
  assert.equal(lunch.guestCount, 7);
  assert.equal(lunch.date, '2028-03-15');
  assert.equal(x.technical.sound, 'd&b Y-series, Midas M32');
  assert.equal(x.technical.backline, 'Tama Superstar, Orange bass amp');
});
