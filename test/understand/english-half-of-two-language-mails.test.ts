import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { englishHalfOnly } from '../../src/understand/text/english-half.js';
import { addresses } from '../../src/understand/sections/travel/phrases.js';
import { pasted } from './helpers.js';

const TWO_LANGUAGE_MAIL = [
  'Anaさま',
  '',
  'いつもお世話になっております。株式会社ヒカリ企画の森です。',
  '11月20日(土)名古屋公演の最終確認をお送りします。',
  '',
  '■ 公演概要',
  '会場:栄 クラブ・ミズホ',
  '住所:〒460-0008 愛知県名古屋市中区栄3-5-9 B2F',
  '出演料:¥800,000(税別)',
  'お支払い:公演終了後、翌月末日までに銀行振込',
  '',
  '--------------------------------',
  'ENGLISH',
  '--------------------------------',
  'Dear Ana,',
  '',
  'Venue: Club Mizuho Sakae',
  'Address: B2F, 3-5-9 Sakae, Naka-ku, Nagoya 460-0008',
  'Date: Sat 20 Nov 2027',
  'Fee: JPY 800,000 excluding tax',
  'Payment: Bank transfer by the end of the following month.',
  '',
  'DAY SCHEDULE (Sat 20 Nov)',
  '13:00 Transfer: Hotel Kiri Garden Sakae -> Club Mizuho Sakae',
  '15:00-16:00 Soundcheck',
  '',
  'HOTEL',
  'Hotel Kiri Garden Sakae',
  '1-12-7 Nishiki, Naka-ku, Nagoya 460-0003',
  'Check-in Fri 19 Nov from 15:00, check-out Sun 21 Nov 11:00',
  '3 twin rooms, breakfast included',
  'Confirmation: KGS-2027-118',
  'Rooming: Ana Sorel, Ben Ortiz, Cleo Mark',
].join('\n');

test('a mail written again in English below an "ENGLISH" divider is read by its English half', async () => {
  const { extracted } = await understand([pasted(TWO_LANGUAGE_MAIL)]);
  assert.equal(extracted.general.venue, 'Club Mizuho Sakae');
  assert.equal(extracted.general.address, 'B2F, 3-5-9 Sakae, Naka-ku, Nagoya 460-0008');
  assert.equal(extracted.deal.paymentTerms, 'Bank transfer by the end of the following month.');
});

test('blanking the other-language half keeps the text its length and the English half as written', () => {
  const read = englishHalfOnly(TWO_LANGUAGE_MAIL);
  assert.equal(read.length, TWO_LANGUAGE_MAIL.length);
  assert.ok(!/\p{Script=Han}/u.test(read));
  assert.equal(read.slice(read.indexOf('ENGLISH')), TWO_LANGUAGE_MAIL.slice(TWO_LANGUAGE_MAIL.indexOf('ENGLISH')));
});

test('a form glossing its labels in two languages has no English half to prefer', () => {
  const form = '会場 / Venue: Club Mizuho\n住所 / Address: 3-5-9 Sakae, Naka-ku, Nagoya\n'.repeat(4);
  assert.equal(englishHalfOnly(form), form);
  // Nor does an English mail that merely says "English" on a line of its own.
  const english = 'Hi all,\n\nEnglish\nThe show is on Friday at Club Mizuho.\n';
  assert.equal(englishHalfOnly(english), english);
});

test("a mail's hotel named first in the day's schedule is read in its own paragraph below", async () => {
  const { extracted } = await understand([pasted(TWO_LANGUAGE_MAIL)]);
  const [hotel] = extracted.hotels;
  assert.equal(hotel?.name, 'Hotel Kiri Garden Sakae');
  assert.equal(hotel?.checkInDate, '2027-11-19');
  assert.equal(hotel?.checkOutDate, '2027-11-21');
  assert.equal(hotel?.checkOutTime, '11:00');
  assert.equal(hotel?.rooms, 3);
  assert.equal(hotel?.bookingReference, 'KGS-2027-118');
  // The guest list labelled in the hotel's paragraph, and the remark without the labelled lines below it.
  assert.deepEqual(hotel?.guests, ['Ana Sorel', 'Ben Ortiz', 'Cleo Mark']);
  assert.equal(hotel?.notes, 'breakfast included');
  assert.equal(hotel?.address, '1-12-7 Nishiki, Naka-ku, Nagoya 460-0003');
});

test('a Japanese address in Latin letters keeps its block numbers and a floor before them', () => {
  assert.deepEqual(addresses('Meet at 4F, 2-8-1 Tenjin, Chuo-ku, Fukuoka 810-0001 at noon').map((a) => a.value),
    ['4F, 2-8-1 Tenjin, Chuo-ku, Fukuoka 810-0001']);
  assert.deepEqual(addresses('5-1 Sakaemachi, Naka-ku, Hiroshima').map((a) => a.value), ['5-1 Sakaemachi, Naka-ku, Hiroshima']);
});
