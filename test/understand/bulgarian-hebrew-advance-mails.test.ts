/**
 * Advance mails in Bulgarian and in Hebrew: their dates (month names, "г.", weekdays, a dotted day and
 * month after a day word), time lines with "ч.", item, deal and role words, labels, addresses written
 * street first, room and people counts, booking numbers, closings and quoted headers, caseless Hebrew
 * names, and the bidi marks a right-to-left mail puts before a number.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFile } from '../../src/extract/index.js';
import { normaliseText } from '../../src/extract/normalise.js';
import { understand } from '../../src/understand/index.js';
import { labelKey } from '../../src/understand/text/lexicon.js';
import { findDates } from '../../src/understand/normalise/date.js';
import { findTimes, normaliseDuration } from '../../src/understand/normalise/time.js';
import { normaliseMoney } from '../../src/understand/normalise/money.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';
import { dealTypeOf } from '../../src/understand/sections/deal.js';
import { addresses, bookingReferences, peopleCounts, roomCounts } from '../../src/understand/sections/travel/phrases.js';

const mail = (from: string, body: string[]) => extractFile({
  name: 'advance.eml',
  bytes: Buffer.from([
    `From: ${from}`, 'To: Tess Brandt <tess@lowtide.example.nl>', 'Subject: Re: advance',
    'Date: Tue, 10 Aug 2027 09:00:00 +0000', 'Content-Type: text/plain; charset=utf-8', '', ...body, '',
  ].join('\r\n'), 'utf8'),
});
const ref = new Date('2027-08-10T12:00:00Z');

test('Bulgarian and Hebrew dates: month names, weekdays, and a dotted day after a day word', () => {
  assert.equal(findDates('в четвъртък, 9 септември 2027 г., зала', ref)[0]?.value, '2027-09-09');
  assert.equal(findDates('נשלח: יום שלישי 7 בספטמבר 2027 10:15', ref)[0]?.value, '2027-09-07');
  assert.equal(findDates('в четвъртък, 09.09, сме в залата', ref)[0]?.value, '2027-09-09');
  assert.equal(findDates('פגישה ביום חמישי 9.9 בבוקר', ref)[0]?.value, '2027-09-09');
  assert.equal(findDates('настаняване на 08.09 след обяд', ref)[0]?.value, '2027-09-08');
  assert.equal(findDates('הגעה ב-8.9 בערב', ref)[0]?.value, '2027-09-08');
  // Such a pair after a day word is no time; after "в" ("at") it still is one, and "Sat 10.15" stays a time.
  assert.deepEqual(findTimes('ПРОГРАМА ЗА 09.09'), []);
  assert.equal(findTimes('в 14.30 ч.')[0]?.value, '14:30');
  assert.deepEqual(findDates('Sat 10.15 doors', ref), []);
});

test('Bulgarian and Hebrew item, deal and money words', () => {
  assert.deepEqual(['саундчек', 'зареждане на техниката', 'отваряне на вратите', 'краен час', 'трансфер до летището', 'подгряваща група'].map(activityKind),
    ['soundcheck', 'load_in', 'doors', 'curfew', 'transfer', 'set']);
  assert.deepEqual(['סאונדצ\'ק', 'טעינה', 'פתיחת דלתות', 'קרפיו', 'איסוף מהמלון', 'חימום'].map(activityKind),
    ['soundcheck', 'load_in', 'doors', 'curfew', 'transfer', 'set']);
  assert.equal(activityKind('вечеря в ресторанта'), null);
  assert.equal(activityKind('ארוחת ערב'), null);
  assert.equal(normaliseDuration('60 минути'), 60);
  assert.equal(normaliseDuration("45 דק'"), 45);
  assert.equal(dealTypeOf('гаранция 2 000 € срещу 70% от приходите'), 'guarantee_vs_percentage');
  assert.equal(dealTypeOf('גארנטי של 4,000$ מול 75% מהקופה, הגבוה מביניהם'), 'guarantee_vs_percentage');
  assert.equal(dealTypeOf('фиксиран хонорар'), 'flat');
  assert.deepEqual(normaliseMoney('55,000 ₪'), { amount: 55000, currency: 'ILS' });
  assert.equal(normaliseMoney('4 200 лв.')?.currency, 'BGN');
});

test('Bulgarian and Hebrew labels, addresses, counts and booking numbers', () => {
  assert.deepEqual(['Дата', 'Адрес', 'Хонорар', 'Плащане', 'Номер на резервацията', 'Настаняване'].map(labelKey),
    ['date', 'address', 'fee', 'payment_terms', 'booking_reference', 'check_in']);
  assert.deepEqual(['תאריך', 'כתובת', 'תנאי תשלום', 'צ\'ק-אין', 'מס\' הזמנה', 'נייד'].map(labelKey),
    ['date', 'address', 'payment_terms', 'check_in', 'booking_reference', 'phone']);
  assert.equal(addresses('отсядате в хотел „Рила“, бул. „Васил Левски“ 7, 1000 София – 3 стаи')[0]?.value, 'бул. „Васил Левски“ 7, 1000 София');
  assert.equal(addresses('המלון: רחוב דיזנגוף 99, תל אביב, קרוב לים')[0]?.value, 'רחוב דיזנגוף 99, תל אביב');
  assert.equal(addresses('המלון: שדרות רוטשילד 12, תל אביב.')[0]?.value, 'שדרות רוטשילד 12, תל אביב');
  assert.equal(roomCounts('запазихме 4 стаи')[0]?.value, 4);
  assert.equal(roomCounts('הזמנו 2 חדרים')[0]?.value, 2);
  assert.equal(peopleCounts('маса за 8 души')[0]?.value, 8);
  assert.equal(bookingReferences('Номер на резервацията: QX-5521')[0]?.value, 'QX-5521');
  assert.equal(bookingReferences('קוד הזמנה 77231')[0]?.value, '77231');
});

test('a subject naming the act, the place and an advance word names the act', async () => {
  const source = await extractFile({
    name: 'advance.eml',
    bytes: Buffer.from(['From: Ana <ana@klub.example.bg>', 'To: tess@lowtide.example.nl', 'Subject: Re: Marrow Lanterns – Пловдив, 3 юни – адванс',
      'Date: Tue, 10 Aug 2027 09:00:00 +0000', 'Content-Type: text/plain; charset=utf-8', '', 'Здравей,', '', '20:00 ч. – отваряне на вратите', ''].join('\r\n'), 'utf8'),
  });
  const { extracted: x } = await understand([source]);
  assert.equal(x.general.artist, 'Marrow Lanterns');
});

test('bidi marks before a number are dropped from the text', () => {
  assert.equal(normaliseText('טלפון: \u200e052-111-2233 \u200f'), 'טלפון: 052-111-2233');
});

test('a Bulgarian advance: "ч." time lines dated by their heading, the fee, the deposit and the signature', async () => {
  const source = await mail('Стоян Илиев <stoyan@zala.example.bg>', [
    'Здравей, Теса,', '',
    'Концертът е в четвъртък, 9 септември 2027 г., зала „Мост“, ул. „Цар Симеон“ 40, 1000 София.', '',
    'ПРОГРАМА ЗА 09.09',
    '15:00 ч. – зареждане',
    '16:30 – 17:30 ч. – саундчек',
    '19:30 ч. – отваряне на вратите',
    '23:00 ч. – краен час', '',
    'ХОНОРАР',
    'Хонорарът е 2 400 € фиксиран хонорар. Плащане: 40% аванс до 01.08.2027 г., остатъкът след концерта.', '',
    'ХОТЕЛ',
    'Настанени сте в Hotel Rila, бул. „Васил Левски“ 7, 1000 София – 3 стаи. Настаняване на 08.09 след 15:00 ч., напускане на 10.09 до 11:00 ч. Номер на резервацията: RL-2231. Рецепция: 02 123 4567', '',
    'Поздрави,', 'Стоян', '', '--', 'Стоян Илиев', 'Продуцент | „Мост Лайв“ ЕООД', 'моб.: +359 88 123 4567', 'stoyan@zala.example.bg',
  ]);
  const { extracted: x } = await understand([source]);
  const kinds = x.activities.map((a) => [a.kind, a.date, a.startTime]);
  assert.deepEqual(kinds.filter(([k]) => k !== 'other'), [
    ['load_in', '2027-09-09', '15:00'], ['soundcheck', '2027-09-09', '16:30'], ['doors', '2027-09-09', '19:30'], ['curfew', '2027-09-09', '23:00'],
  ]);
  assert.ok(!x.activities.some((a) => a.startTime === '09:09'));
  assert.deepEqual([x.deal.fee, x.deal.currency, x.deal.dealType, x.deal.depositPercent], [2400, 'EUR', 'flat', 40]);
  const h = x.hotels[0];
  assert.deepEqual([h?.name, h?.checkInDate, h?.checkInTime, h?.checkOutDate, h?.checkOutTime, h?.rooms, h?.bookingReference, h?.phone],
    ['Hotel Rila', '2027-09-08', '15:00', '2027-09-10', '11:00', 3, 'RL-2231', '+35921234567']);
  // The venue by its kind and quoted name, then its street-first address and that address's city.
  assert.deepEqual([x.general.venue, x.general.address, x.general.city], ['Мост', 'ул. „Цар Симеон“ 40, 1000 София', 'София']);
  const c = x.contacts.find((k) => k.name === 'Стоян Илиев');
  assert.deepEqual([c?.role, c?.company, c?.phone], ['Продуцент', '„Мост Лайв“ ЕООД', '+359881234567']);
});

test('a Hebrew advance: its quoted Outlook header, "role – name" lines with bidi marks, and a caseless signature', async () => {
  const source = await mail('נועה כהן <noa@hafaka.example.co.il>', [
    'היי טס,', '',
    'אנשי הקשר שלנו:',
    'מנהל הפקה – דני לוי, \u200e054-111-2233, dani@hafaka.example.co.il', '',
    'בברכה,', 'נועה', '',
    'נועה כהן | מפיקה', 'כהן הפקות בע"מ', 'נייד: 052-444-5566', 'noa@hafaka.example.co.il', '',
    '________________________________',
    'מאת: Tess Brandt <tess@lowtide.example.nl>',
    'נשלח: יום שני 2 אוגוסט 2027 10:00',
    'נושא: Advance',
    '',
    'Hi Noa, could we soundcheck at 15:00?',
  ]);
  const { extracted: x } = await understand([source]);
  const dani = x.contacts.find((k) => k.name === 'דני לוי');
  assert.deepEqual([dani?.role, dani?.phone, dani?.email], ['מנהל הפקה', '+972541112233', 'dani@hafaka.example.co.il']);
  const noa = x.contacts.find((k) => k.name === 'נועה כהן');
  assert.deepEqual([noa?.role, noa?.company, noa?.phone], ['מפיקה', 'כהן הפקות בע"מ', '+972524445566']);
});
