/**
 * Arabic-Indic digits, Arabic clock words and month names read as ASCII/English at
 * the same length (text/native-digits.ts); Slovak labels and schedule words (lexicon-sk.ts,
 * activity-words-sk.ts). All examples invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { latinDigits } from '../../src/understand/text/native-digits.js';
import { labelKey } from '../../src/understand/text/lexicon.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('Arabic-Indic and Persian digits read as ASCII, at the same length', () => {
  const text = 'المرجع: ٤٨١٢ – ۲۵۰';
  assert.equal(latinDigits(text), 'المرجع: 4812 – 250');
  assert.equal(latinDigits(text).length, text.length);
});

test('an Arabic clock with its time-of-day word is a 24-hour clock; before its Latin rendering it is blanked', () => {
  assert.equal(latinDigits('٨:٤٥ مساءً').trim(), '20:45');
  assert.equal(latinDigits('١٠:١٥ صباحاً').trim(), '10:15');
  assert.equal(latinDigits('٢:٠٠ ظهراً').trim(), '14:00');
  assert.equal(latinDigits('٤:١٥ عصراً / 16:15 – 17:00').trim(), '16:15 – 17:00');
});

test('an Arabic date is written in English, and blanked before its own Latin rendering', () => {
  assert.equal(latinDigits('الخميس ١٦ مارس ٢٠٢٨').trim(), 'Thu 16 Mar 2028');
  assert.equal(latinDigits('السبت ٤ أكتوبر – Sat 4 Oct 2025, 14:00').trim(), 'Sat 4 Oct 2025, 14:00');
});

test('a hotel named in Arabic and again in Latin letters opens its block with the Latin name', async () => {
  const { hotels } = await extracted([
    '◆ الإقامة / HOTEL',
    'فندق قصر النخيل – Qasr Palm Hotel',
    'العنوان / Address: 4 Corniche Road, Al Bateen, Abu Dhabi',
    'الهاتف / Tel: +971 2 555 0101',
    'تسجيل الدخول / Check-in: Wed 15 Mar 2028, 14:00',
    'تسجيل المغادرة / Check-out: Fri 17 Mar 2028, 12:00',
  ].join('\n'));
  assert.equal(hotels[0]?.name, 'Qasr Palm Hotel');
  assert.equal(hotels[0]?.address, '4 Corniche Road, Al Bateen, Abu Dhabi');
  assert.equal(hotels[0]?.phone, '+97125550101');
});

test('a bilingual Arabic – English run sheet reads its clocks and its days', async () => {
  const { general, activities } = await extracted([
    'الفنان / Artist: The Lantern Keys',
    'التاريخ / Date: الخميس ١٦ مارس ٢٠٢٨ – Thu 16 Mar 2028',
    'فتح الأبواب / Doors: ٨:٠٠ مساءً – 20:00',
    '',
    '■ الوصول / ARRIVAL – الأربعاء ١٥ مارس ٢٠٢٨ – Wed 15 Mar 2028',
    '',
    'الوقت / Time\tالبند / Item\tالمكان / Location',
    '١٠:١٥ صباحاً / 10:15\tالاستقبال في المطار / Airport pickup\tAUH Terminal A → Qasr Palm Hotel',
    '',
    '■ برنامج يوم الحفل / SHOW DAY – الخميس ١٦ مارس ٢٠٢٨ – Thu 16 Mar 2028',
    '',
    'الوقت / Time\tالبند / Item\tالمكان / Location',
    '٢:٠٠ ظهراً / 14:00\tتحميل المعدات / Load-in\tSide gate',
    '٩:٠٠ مساءً / 21:00 – 22:30\tThe Lantern Keys',
  ].join('\n'));
  assert.equal(general.doorsTime, '20:00');
  const pickup = activities.find((a) => a.name === 'Airport pickup');
  assert.equal(pickup?.date, '2028-03-15');
  assert.equal(pickup?.startTime, '10:15');
  const loadIn = activities.find((a) => a.kind === 'load_in');
  assert.equal(loadIn?.startTime, '14:00');
  assert.equal(loadIn?.name, 'Load-in');
});

test('Slovak labels and schedule words', () => {
  assert.equal(labelKey('Dvere'), 'doors');
  assert.equal(labelKey('Č. rezervácie'), 'booking_reference');
  assert.equal(labelKey('Izby'), 'rooms');
  assert.equal(labelKey('Elektrina'), 'power');
  assert.equal(activityKind('zvuková skúška Hviezdne Psy'), 'soundcheck');
  assert.equal(activityKind('dvere'), 'doors');
});

test('a Slovak club\'s run of the day reads its doors and soundcheck', async () => {
  const { general, activities } = await extracted([
    'Program na piatok 12. novembra 2027:',
    'vykládka: o 14.00 hod.',
    'zvuková skúška Hviezdne Psy: 15.30–16.30 hod.',
    'dvere: o 19.00 hod.',
    'Hviezdne Psy: 20.30–22.00 hod.',
  ].join('\n'));
  assert.equal(general.doorsTime, '19:00');
  assert.equal(activities.find((a) => a.kind === 'soundcheck')?.startTime, '15:30');
});

test('a Slovak deposit written before its share ("Zálohu 40 % …") is the deposit', async () => {
  const { deal } = await extracted([
    'Honorár: 2 400 € podľa zmluvy.',
    'Zálohu 40 % (960 €) pošleme do 30. 9., doplatok po koncerte prevodom.',
  ].join('\n'));
  assert.equal(deal.depositPercent, 40);
});

test('a Slovak stay\'s rooms "spolu 5 izieb" (in total) are its room count', async () => {
  const { hotels } = await extracted([
    'Hotel Tatra Dvor, Hlavná 140, 040 01 Košice',
    'check-in: piatok 12. 11. od 14.00 hod.',
    'check-out: sobota 13. 11. do 11.00 hod.',
    'izby: 3x twin + 2x single (spolu 5 izieb)',
  ].join('\n'));
  assert.equal(hotels[0]?.rooms, 5);
});
