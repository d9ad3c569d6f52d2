/**
 * A time line named by its route ("A → B (van)"), the next day's heading closing on its day
 * in brackets before a title, a detail line opening with its place (a Nepali locative "-मा"), who comes in
 * brackets after a place, an English gloss of the item's kind, a ride block with Bengali labels under a ride
 * heading, and rides told in one Bengali or Urdu line after their label or heading.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;
const byKind = (x: Awaited<ReturnType<typeof extracted>>, kind: string) => x.activities.filter((a) => a.kind === kind);

const NEPALI_DAY = [
  'दैनिक तालिका / DAY SHEET',
  'मिति\t: बुधबार, ८ सेप्टेम्बर २०२८',
  'कलाकार / Artist : Pahelo Aakash',
  '',
  'आजको तालिका (बुधबार, ८ सेप्टेम्बर)',
  'बिहान ९:३०\tरेडियो अन्तर्वार्ता – Radio Sagarmatha',
  '                     गेस्टहाउसको लबीमा, दुई जना मात्र',
  'दिउँसो १ बजे\tगेस्टहाउस → Purple Haze Club (भ्यान)',
  'दिउँसो २ बजे\tलोड-इन',
  '                     छेउको गेट (Lazimpat तर्फ), सामान बोक्ने ३ जना',
  'बेलुका ८ बजे\tढोका खुल्ने (Doors)',
  'राति ११:१५\tसेटलमेन्ट – तल्लो तलाको अफिस (बिनोद र सारा)',
  '',
  'भोलि (बिहीबार, ९ सेप्टेम्बर) – प्रस्थान',
  'बिहान ८:००\tगेस्टहाउस → पोखरा बसपार्क',
].join('\n');

test('a time line named by its route rides from the place before the arrow to the one after it, a vehicle bracket aside', async () => {
  const rides = byKind(await extracted(NEPALI_DAY), 'transfer');
  const van = rides.find((a) => a.startTime === '13:00');
  assert.equal(van?.location, 'गेस्टहाउस');
  assert.equal(van?.destination, 'Purple Haze Club');
  assert.equal(van?.name, 'गेस्टहाउस → Purple Haze Club (भ्यान)');
});

test("the next day's heading, its day in brackets before a dashed title, dates the ride below it", async () => {
  const rides = byKind(await extracted(NEPALI_DAY), 'transfer');
  const early = rides.find((a) => a.startTime === '08:00');
  assert.equal(early?.date, '2028-09-09');
  assert.equal(early?.destination, 'पोखरा बसपार्क');
});

test('a detail line opening with a place (a locative ending, or a place noun) gives the place, the rest the note', async () => {
  const x = await extracted(NEPALI_DAY);
  const interview = byKind(x, 'interview')[0];
  assert.equal(interview?.location, 'गेस्टहाउसको लबी');
  assert.equal(interview?.notes, 'दुई जना मात्र');
  const loadIn = byKind(x, 'load_in')[0];
  assert.equal(loadIn?.location, 'छेउको गेट (Lazimpat तर्फ)');
  assert.equal(loadIn?.notes, 'सामान बोक्ने ३ जना');
});

test('two names joined by "and" in brackets after a place are the note; an English gloss of the kind stays in the name', async () => {
  const x = await extracted(NEPALI_DAY);
  const meeting = byKind(x, 'meeting')[0];
  assert.equal(meeting?.location, 'तल्लो तलाको अफिस');
  assert.equal(meeting?.notes, 'बिनोद र सारा');
  const doors = byKind(x, 'doors')[0];
  assert.equal(doors?.name, 'ढोका खुल्ने (Doors)');
  assert.equal(doors?.location, null);
});

const BENGALI_RIDES = [
  'অ্যাডভান্স শিট – Rickshaw Radio',
  'শো: শুক্রবার, ১৪ এপ্রিল ২০২৮',
  '',
  '৩. বিমানবন্দর পিক-আপ / Airport pick-up',
  '',
  'তারিখ: বৃহস্পতিবার, ১৩ এপ্রিল ২০২৮',
  'সময়: সকাল ৯:১৫ (EK 582 নামার পর)',
  'স্থান: বিমানবন্দর, Gate 2',
  'গন্তব্য: Lakeshore Banani',
  '',
  'ফেরত: শনিবার ১৫ এপ্রিল দুপুর ১২:০০-এ গেস্টহাউস থেকে বিমানবন্দর।',
].join('\n');

test('a ride block with Bengali labels under a ride heading is one transfer named by the heading', async () => {
  const pick = byKind(await extracted(BENGALI_RIDES), 'transfer').find((a) => a.startTime === '09:15');
  assert.equal(pick?.name, 'বিমানবন্দর পিক-আপ / Airport pick-up');
  assert.equal(pick?.date, '2028-04-13');
  assert.equal(pick?.location, 'বিমানবন্দর, Gate 2');
  assert.equal(pick?.destination, 'Lakeshore Banani');
  assert.equal(pick?.notes, 'EK 582 নামার পর');
});

test('a Bengali return line after its label rides from the place before "থেকে" to the one after it', async () => {
  const back = byKind(await extracted(BENGALI_RIDES), 'transfer').find((a) => a.startTime === '12:00');
  assert.equal(back?.name, 'ফেরত');
  assert.equal(back?.date, '2028-04-15');
  assert.equal(back?.location, 'গেস্টহাউস');
  assert.equal(back?.destination, 'বিমানবন্দর');
});

const URDU_RIDES = [
  'شو: اتوار ۱۲ مارچ ۲۰۲۸',
  '',
  '■ ایئرپورٹ پک اپ',
  'ہفتہ ۱۱ مارچ دوپہر ۲ بجے، اسلام آباد ایئرپورٹ کے گیٹ ۳ سے۔ ڈرائیور نام کی تختی لے کر انتظار کرے گا۔',
  'واپسی: پیر ۱۳ مارچ صبح ۶ بجے گیسٹ ہاؤس سے ایئرپورٹ۔',
].join('\n');

test('an Urdu pick-up under its heading starts from the place before "سے"; the sentence after it is the note', async () => {
  const rides = byKind(await extracted(URDU_RIDES), 'transfer');
  const pick = rides.find((a) => a.name === 'ایئرپورٹ پک اپ');
  assert.equal(pick?.startTime, '14:00');
  assert.equal(pick?.location, 'اسلام آباد ایئرپورٹ کے گیٹ ۳');
  assert.equal(pick?.notes, 'ڈرائیور نام کی تختی لے کر انتظار کرے گا۔');
  const back = rides.find((a) => a.name === 'واپسی');
  assert.equal(back?.date, '2028-03-13');
  assert.equal(back?.location, 'گیسٹ ہاؤس');
  assert.equal(back?.destination, 'ایئرپورٹ');
});
