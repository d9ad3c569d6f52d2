/**
 * A Bengali advance sheet. Dates and clocks are written in Bengali digits with Bengali
 * month and weekday names and the part of the day before a 12-hour clock ("রাত ৯:১৫"); labels are
 * Bengali, some glossed in English; a schedule's ride names its route "A থেকে B"; the technical
 * section is a table under its heading; the fee is a flat one with an advance.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { latinDigits } from '../../src/understand/text/native-digits.js';
import { labelKey } from '../../src/understand/text/lexicon.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';
import { nameCellParts } from '../../src/understand/sections/schedule-name-cell.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;
const squeezed = (text: string) => text.replace(/[ \u200B]+/g, ' ').trim();

test('Bengali digits, month and weekday names are read as an English date, the same length', () => {
  const text = 'রবিবার, ৩ মার্চ ২০২৯ (১৯ ফাল্গুন)';
  const copy = latinDigits(text);
  assert.equal(copy.length, text.length);
  assert.equal(squeezed(copy), 'Sun 3 Mar 2029 (19 ফাল্গুন)');
  // "য়" written as one letter reads as the letter with its nukta does.
  assert.equal(squeezed(latinDigits('৭ জানু\u09DFারি ২০২৯')), '7 Jan 2029');
});

test('a Bengali part of the day before a clock gives the 24-hour time', () => {
  assert.equal(squeezed(latinDigits('বিকেল ৪:১৫')), '16:15');
  assert.equal(squeezed(latinDigits('দুপুর ১২:৩০')), '12:30');
  assert.equal(squeezed(latinDigits('রাত ২টা')), '02:00');
  assert.equal(squeezed(latinDigits('রাতে ১০টায় শেষ')), '22:00 শেষ');
  assert.equal(squeezed(latinDigits('সন্ধ্যা ৬:০০ – ৭:৩০')), '18:00 - 19:30');
});

test('a date before a comma is padded in front, so its time stays beside it', () => {
  const copy = latinDigits('চেক-ইন\t৩ মার্চ ২০২৯, রাত ৯:১৫');
  assert.match(copy, /\t +3 Mar 2029, 21:15/);
});

test('Bengali labels and item words', () => {
  assert.equal(labelKey('চেক-আউট'), 'check_out');
  assert.equal(labelKey('দায়িত্ব'), 'role');
  assert.equal(labelKey('কনফার্মেশন নং'), 'booking_reference');
  assert.equal(activityKind('লাইন চেক – Tin Kettle'), 'soundcheck');
  assert.equal(activityKind('রাতের খাবার'), null);
  assert.equal(activityKind('ভেন্যু থেকে স্টেশন'), 'transfer');
});

test('a Bengali ride names its route "A থেকে B" before its English gloss', () => {
  const cell = nameCellParts('ক্লাব থেকে স্টেশন / Club → Station');
  assert.equal(cell.kind, 'transfer');
  assert.equal(cell.from?.value, 'ক্লাব');
  assert.equal(cell.to?.value, 'স্টেশন');
});

const SHEET = [
  'শো-এর অ্যাডভান্স তথ্য', '',
  'বিষয়\tবিবরণ',
  'শিল্পী / Artist\tTin Kettle',
  'তারিখ / Date\tশনিবার, ৩ মার্চ ২০২৯', '',
  '৩. ফি / Fee', '',
  'সম্মানী / Fee\tEUR 4,500 – ফ্ল্যাট',
  'পেমেন্ট / Payment terms\t৩০% অগ্রিম এখনই; বাকিটা শো-এর পরে', '',
  '৫. টেকনিক্যাল / Technical', '',
  'বিষয়\tবিবরণ',
  'সাউন্ড\tMeyer Lina, ২টি সাব',
  'ব্যাকলাইন\tPearl ড্রাম কিট',
  'লাইট\t১০টি মুভিং হেড', '',
  '৬. যোগাযোগ / Contacts', '',
  'নাম\tদায়িত্ব\tফোন',
  'Jo Bell\tপ্রোমোটার\t+44 7700 900123',
].join('\n');

test('a Bengali sheet: its date, a flat fee with its advance, and a technical table under its heading', async () => {
  const x = await extracted(SHEET);
  assert.equal(x.general.date, '2029-03-03');
  assert.equal(x.deal.dealType, 'flat');
  assert.equal(x.deal.depositPercent, 30);
  assert.equal(x.technical.sound, 'Meyer Lina, ২টি সাব');
  assert.equal(x.technical.backline, 'Pearl ড্রাম কিট');
  assert.equal(x.technical.lighting, '১০টি মুভিং হেড');
  assert.equal(x.technical.other, null);
});
