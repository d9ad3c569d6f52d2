/**
 * Persian mail, second pass — the zero-width non-joiner kept inside Persian words
 * (extract/normalise.ts), a Persian city before a bracketed airport code, the Persian reservation-code
 * label and cabin word, date and clock padding that does not read as a column gap inside prose
 * (text/rendering-pad.ts), and free-text values keeping the source's own digits (text/native-values.ts).
 * All examples invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { latinDigits } from '../../src/understand/text/native-digits.js';
import { labelKey } from '../../src/understand/text/lexicon.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('the zero-width non-joiner stays between Persian letters and goes elsewhere', () => {
  assert.equal(extractPastedText('شیراز‌نو و ab\u200Ccd').text, 'شیراز\u200Cنو و abcd');
  // A label reads the same with or without it.
  assert.equal(labelKey('بک\u200Cلاین'), 'backline');
});

test('a date or clock inside prose is padded without a column gap', () => {
  const text = 'فایل‌ها را تا ۴ دسامبر برای ما بفرستید';
  const copy = latinDigits(text);
  assert.equal(copy.length, text.length);
  assert.doesNotMatch(copy, / {2}|\t/);
  assert.match(copy, /4 Dec/);
  // Before a dash, the padding stays spaces, as a schedule line is read.
  assert.equal(latinDigits('ساعت ۶ عصر – شام'), `18:00${' '.repeat(6)}– شام`);
});

test('a Persian flight line gives its cities, reservation code and cabin', async () => {
  const { flights } = await extracted([
    'تاریخ: جمعه ۳ دسامبر ۲۰۲۸',
    'پرواز رفت: Lufthansa LH 1234 – شیراز‌نو (FRA) ساعت ۸:۱۰ صبح ← هامبورگ (HAM) ساعت ۹:۲۰ صبح',
    'کد رزرو (PNR): Q4ZT8W – بلیت‌ها صادر شد، اکونومی.',
  ].join('\n'));
  assert.equal(flights[0]?.fromCity, 'شیراز\u200Cنو');
  assert.equal(flights[0]?.toCity, 'هامبورگ');
  assert.equal(flights[0]?.bookingReference, 'Q4ZT8W');
  assert.equal(flights[0]?.travelClass, 'اکونومی');
});

test('free-text values keep the source digits and words, typed values the ASCII reading', async () => {
  const { deal, technical } = await extracted([
    'هنرمند: Tarang',
    'دستمزد: ۹٬۰۰۰ یورو',
    'پرداخت: ۴۰٪ تا ۱۰ اکتبر به حساب گروه واریز می‌شود؛ بقیه شب اجرا.',
    '',
    'TECH',
    'صدا: سیستم سالن d&b V-Series',
    'نور: میز نور سالن؛ اپراتور از ساعت ۴ بعدازظهر آنجاست',
  ].join('\n'));
  assert.equal(deal.fee, 9000);
  assert.equal(deal.paymentTerms, '۴۰٪ تا ۱۰ اکتبر به حساب گروه واریز می‌شود؛ بقیه شب اجرا.');
  assert.equal(technical.lighting, 'میز نور سالن؛ اپراتور از ساعت ۴ بعدازظهر آنجاست');
});

test('a confirmation rooming list with dashes gives each room its guests; the desk line and mailbox are the hotel\'s', async () => {
  const { hotels } = await extracted([
    'Dear Ms. Vale,',
    '',
    'We are pleased to confirm your group reservation at the Harbourline Hotel.',
    'Confirmation Number: HLH-20931',
    'Arrival: Thursday, March 9, 2028',
    'Departure: Saturday, March 11, 2028',
    '',
    'Rooming List:',
    'Room 1 – King Deluxe – Mira Vale',
    'Room 2 – Twin Superior – Oskar Brandt / Lena Fisk',
    '',
    'Check-in: 3:00 PM | Check-out: 12:00 PM',
    '',
    'Tom Ashby',
    'Group Sales Coordinator',
    'Harbourline Hotel',
    '48 Pier Street, Halifax, NS B3J 1A1',
    'Direct: 902-555-0147 | Main: 902-555-0100',
    'tashby@harbourline.example.ca | reservations@harbourline.example.ca',
  ].join('\n'));
  assert.deepEqual(hotels[0]?.guests, ['Mira Vale', 'Oskar Brandt', 'Lena Fisk']);
  assert.equal(hotels[0]?.phone, '+19025550100');
  assert.equal(hotels[0]?.email, 'reservations@harbourline.example.ca');
});

test('a Persian ride states its route in words: the name stays, the places are its origin and destination', async () => {
  const { activities } = await extracted([
    'تاریخ: جمعه ۸ دسامبر ۲۰۲۸',
    '',
    'برنامه روز',
    'ساعت ۱ بعدازظهر – Load-in',
    'ساعت ۳:۳۰ بعدازظهر – ون از ورودی هتل به کلوب',
  ].join('\n'));
  const ride = activities.find((a) => a.kind === 'transfer');
  assert.equal(ride?.name, 'ون از ورودی هتل به کلوب');
  assert.equal(ride?.location, 'ورودی هتل');
  assert.equal(ride?.destination, 'کلوب');
});
