/**
 * Persian (Farsi) mail — Persian clock phrases and Gregorian month names read through the
 * native-digit copy (text/persian-clock.ts, text/native-digits.ts), Persian labels (lexicon-fa.ts),
 * schedule words (activity-words-fa.ts), currency words, the flat-fee word, and a bracketed "until"
 * end of a schedule line. All examples invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { latinDigits } from '../../src/understand/text/native-digits.js';
import { labelKey } from '../../src/understand/text/lexicon.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';
import { normaliseMoney } from '../../src/understand/normalise/index.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('Persian clock phrases become 24-hour clocks at the same length', () => {
  for (const [text, clock] of [
    ['ساعت ۷ شب', '19:00'], ['۳:۱۵ بعدازظهر', '15:15'], ['ساعت ۱۲ ظهر', '12:00'],
    ['ساعت ۵ عصر', '17:00'], ['۱۰:۴۰ صبح', '10:40'], ['ساعت ۴ تا ۶ بعدازظهر', '16:00 - 18:00'],
  ] as const) {
    assert.equal(latinDigits(text).trim(), clock);
    assert.equal(latinDigits(text).length, text.length);
  }
  // "۳ شب" without "ساعت" is three nights, not a clock.
  assert.equal(latinDigits('اقامت ۳ شب'), 'اقامت 3 شب');
});

test('Persian names of Gregorian months and weekdays read as English; the Arabic separators as ASCII', () => {
  assert.equal(latinDigits('یکشنبه ۷ دسامبر ۲۰۲۸').trim(), 'Sun 7 Dec 2028');
  assert.equal(latinDigits('۲۵ اکتبر').trim(), '25 Oct');
  assert.equal(latinDigits('۳۶٬۵۰۰ یورو و ۱۲٫۵٪'), '36,500 یورو و 12.5%');
});

test('Persian labels have their keys', () => {
  assert.equal(labelKey('هنرمند'), 'artist');
  assert.equal(labelKey('سالن'), 'venue');
  assert.equal(labelKey('دستمزد (Fee)'), 'fee');
  assert.equal(labelKey('بکلاین'), 'backline');
  assert.equal(labelKey('کد رزرو (PNR)'), 'booking_reference');
});

test('Persian schedule words name their kinds', () => {
  assert.equal(activityKind('مصاحبه با تلویزیون محلی'), 'interview');
  assert.equal(activityKind('ون از هتل به سالن'), 'transfer');
  assert.equal(activityKind('گروه روی صحنه'), 'set');
  assert.equal(activityKind('ناهار گروه'), null);
});

test('Persian currency words after an amount', () => {
  assert.deepEqual(normaliseMoney('12,000 دلار کانادا'), { amount: 12000, currency: 'CAD' });
  assert.deepEqual(normaliseMoney('9,500 یورو'), { amount: 9500, currency: 'EUR' });
});

test('a Persian advance reads its show, fee and day sheet', async () => {
  const { general, deal, activities } = await extracted([
    'هنرمند / Artist: Tarang',
    'عنوان برنامه: «شب ترانه»',
    'تاریخ: جمعه ۸ دسامبر ۲۰۲۸ (۱۸ آذر ۱۴۰۷)',
    'سالن: Harbour Lights Hall',
    'آدرس: 40 Quay Street, Halifax, NS B3J 1A1',
    '',
    '■ برنامه روز کنسرت – جمعه ۸ دسامبر',
    'ساعت ۱۰ تا ۱۰:۳۰ صبح – مصاحبه با رادیو محلی',
    'ساعت ۴ تا ۵ بعدازظهر – Soundcheck',
    'ساعت ۷ شب – Doors',
    'ساعت ۷:۳۰ تا ۸ شب – Meet & Greet VIP (سالن کوچک)',
    'ساعت ۹ شب – Tarang روی صحنه (تا ۱۰:۳۰)',
    'ساعت ۱۱ شب – Curfew',
    '',
    'دستمزد (Fee): ۳۶٬۰۰۰ دلار کانادا – فلت',
  ].join('\n'));
  assert.equal(general.eventName, 'شب ترانه');
  assert.equal(general.venue, 'Harbour Lights Hall');
  assert.equal(general.date, '2028-12-08');
  assert.equal(general.doorsTime, '19:00');
  assert.equal(general.setTime, '21:00');
  assert.equal(general.soundcheckTime, '16:00');
  assert.equal(general.curfewTime, '23:00');
  assert.equal(deal.fee, 36000);
  assert.equal(deal.currency, 'CAD');
  assert.equal(deal.dealType, 'flat');
  const set = activities.find((a) => a.startTime === '21:00');
  assert.equal(set?.endTime, '22:30');
  const greet = activities.find((a) => a.startTime === '19:30');
  assert.equal(greet?.kind, 'other');
  assert.equal(greet?.notes, 'سالن کوچک');
  assert.equal(activities.find((a) => a.startTime === '10:00')?.kind, 'interview');
});

test('an English line\'s bracketed "until" end on the 12-hour clock follows an evening start', async () => {
  const { activities } = await extracted('Date: Sat 4 Mar 2028\n\n20:00 – Warm-up DJ set (until 8:40)\n21:00 – Main set');
  assert.equal(activities.find((a) => a.startTime === '20:00')?.endTime, '20:40');
});
