/**
 * Urdu promoter mail — Urdu clock phrases ("شام ۷ بجے", "ساڑھے", "پونے", "ڈھائی") and
 * Gregorian month and weekday names read through the native-digit copy (text/urdu-clock.ts,
 * text/native-digits.ts), Urdu labels (lexicon-ur.ts), schedule words (activity-words-ur.ts), amounts in
 * lakh and crore with the rupee word, the "advance" deposit line, an Urdu greeting making a reply
 * correspondence, a radio frequency that is no flight number, and a check-in time before a remark in
 * brackets. All examples invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFile, extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { latinDigits } from '../../src/understand/text/native-digits.js';
import { labelKey } from '../../src/understand/text/lexicon.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';
import { normaliseMoney } from '../../src/understand/normalise/index.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('Urdu clock phrases become 24-hour clocks at the same length', () => {
  for (const [text, clock] of [
    ['شام ۶ بجے', '18:00'], ['صبح ساڑھے ۷ بجے', '07:30'], ['دوپہر ڈیڑھ بجے', '13:30'], ['رات پونے ۱۰ بجے', '21:45'],
    ['سہ پہر سوا ۴ بجے', '16:15'], ['دوپہر ۱۲ بجے', '12:00'], ['رات ۱۲ بجے', '00:00'],
    ['صبح ۱۰ بجے سے ساڑھے ۱۰ بجے تک', '10:00 - 10:30'], ['شام ۴:۱۵ سے ۵ بجے تک', '16:15 - 17:00'],
    ['دوپہر ۲ بجے سے شام ۶ بجے تک', '14:00 - 18:00'],
  ] as const) {
    assert.equal(latinDigits(text).trim(), clock, text);
    assert.equal(latinDigits(text).length, text.length);
  }
  // Without "بجے" a number after a part of the day is no clock.
  assert.equal(latinDigits('رات ۳ دن'), 'رات 3 دن');
});

test('Urdu names of Gregorian months and weekdays read as English', () => {
  assert.equal(latinDigits('ہفتہ ۱۴ مارچ ۲۰۲۹').trim(), 'Sat 14 Mar 2029');
  assert.equal(latinDigits('منگل ۳ نومبر').trim(), 'Tue 3 Nov');
  assert.equal(latinDigits('۲۲ جولائی').trim(), '22 Jul');
});

test('Urdu labels have their keys', () => {
  assert.equal(labelKey('پروگرام کا نام'), 'event');
  assert.equal(labelKey('پتہ'), 'address');
  assert.equal(labelKey('چیک اِن'), 'check_in');
  assert.equal(labelKey('چیک آؤٹ'), 'check_out');
  assert.equal(labelKey('کنفرمیشن نمبر'), 'booking_reference');
  assert.equal(labelKey('بیک لائن'), 'backline');
  assert.equal(labelKey('اسٹیج'), 'stage');
  assert.equal(labelKey('طے شدہ فیس'), 'fee');
});

test('Urdu schedule words name their kinds', () => {
  assert.equal(activityKind('Kite Radio پر انٹرویو'), 'interview');
  assert.equal(activityKind('بینڈ کا ساؤنڈ چیک'), 'soundcheck');
  assert.equal(activityKind('ہوٹل سے وین روانہ'), 'transfer');
  assert.equal(activityKind('ڈریسنگ روم میں کیٹرنگ'), null);
});

test('amounts in lakh and crore, with the Urdu rupee word', () => {
  assert.deepEqual(normaliseMoney('42 لاکھ روپے'), { amount: 4200000, currency: 'PKR' });
  assert.deepEqual(normaliseMoney('1.2 crore'), { amount: 12000000, currency: null });
  assert.deepEqual(normaliseMoney('7 لاکھ روپے', 'IN'), { amount: 700000, currency: 'INR' });
  // No scale word: the amount is left as written, decimals too.
  assert.deepEqual(normaliseMoney('EUR 12.5'), { amount: 12.5, currency: 'EUR' });
});

test('a radio station\'s frequency on a schedule line is no flight number', () => {
  assert.equal(activityKind('Lark FM 101.7 on-air interview'), 'interview');
  assert.equal(activityKind('Flight LH 2034'), null);
});

test('an Urdu advance reads its schedule, flat fee, advance line and check-in time', async () => {
  const x = await extracted([
    'آرٹسٹ / Artist: Quiet Orchard',
    'پروگرام کا نام: کوائٹ آرچرڈ – لائیو',
    'تاریخ: ہفتہ ۱۴ مارچ ۲۰۲۹',
    'جگہ / Venue: Canal Side Auditorium',
    'پتہ: 9 Jail Road, Lahore',
    '',
    '■ ہفتہ ۱۴ مارچ – شو کا دن',
    '- صبح ۱۰ بجے سے ساڑھے ۱۰ بجے تک: Lark FM 101.7 کے ساتھ انٹرویو',
    '- سہ پہر ۴ بجے سے شام ۶ بجے تک: Quiet Orchard کا ساؤنڈ چیک',
    '- رات ساڑھے ۹ بجے: Quiet Orchard',
    '- رات ۱۱ بجے: Curfew',
    '',
    '■ فیس / Deal',
    'طے شدہ فلیٹ فیس: ۴۲ لاکھ روپے',
    '۴۰٪ ایڈوانس (۱۶.۸ لاکھ) مل چکا ہے؛ باقی ۶۰٪ شو کے بعد۔',
    '',
    '■ ہوٹل',
    'Canal View Inn',
    'چیک اِن: جمعہ ۱۳ مارچ – صبح ۱۰ بجے (کمرے پہلے سے تیار ہوں گے)',
    'چیک آؤٹ: اتوار ۱۵ مارچ – دوپہر ۱۲ بجے',
  ].join('\n'));
  assert.equal(x.general.date, '2029-03-14');
  assert.equal(x.general.soundcheckTime, '16:00');
  assert.equal(x.general.curfewTime, '23:00');
  assert.equal(x.activities.find((a) => a.startTime === '10:00')?.kind, 'interview');
  assert.equal(x.activities.find((a) => a.startTime === '10:00')?.endTime, '10:30');
  assert.equal(x.deal.fee, 4200000);
  assert.equal(x.deal.currency, 'PKR');
  assert.equal(x.deal.dealType, 'flat');
  assert.equal(x.deal.depositPercent, 40);
  assert.match(x.deal.paymentTerms ?? '', /^۴۰٪ ایڈوانس .*باقی/);
  assert.equal(x.hotels[0]?.checkInDate, '2029-03-13');
  assert.equal(x.hotels[0]?.checkInTime, '10:00');
  assert.equal(x.hotels[0]?.checkOutTime, '12:00');
});

test('an Urdu reply greeting in its first line is correspondence, whatever ticket it mentions', async () => {
  const source = await extractFile({
    name: 'reply.eml',
    bytes: Buffer.from([
      'From: Nadia <nadia@promo.example.pk>', 'To: tm@band.example.com', 'Subject: Re: Karachi advance',
      'Date: Tue, 10 Aug 2027 09:00:00 +0000', 'Content-Type: text/plain; charset=utf-8', '',
      'سارہ بہن، السلام علیکم', '', 'ٹکٹ نیچے ہے، e-ticket بھی ساتھ ہے۔', '',
      'Flight PK 301 Departure 10:00 Arrival 12:00 Seat 12A Passenger Sara Lane Baggage 2 pieces', '',
    ].join('\r\n'), 'utf8'),
  });
  const { extracted: x } = await understand([source]);
  assert.equal(x.documents[0]?.category, 'other');
});
