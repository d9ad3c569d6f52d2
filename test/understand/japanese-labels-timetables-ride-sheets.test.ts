/**
 * Japanese labels and item words (lexicon-ja.ts,
 * activity-words-ja.ts), the wave dash of a time range, "■" headings, a year-less "4/16(金)" day,
 * a "名古屋 15:02着" arrival, "〒" postcodes as Japan, and "固定出演料" under "■ 契約条件".
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { findDates } from '../../src/understand/normalise/date.js';
import { countryOfPostcode } from '../../src/understand/normalise/postcode-country.js';

const read = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('Japanese labels give the show, its deal and its gear', async () => {
  const x = await read([
    'ツアー 2028 アドバンスシート',
    '公演名\tSORA NO ODORI TOUR 2028',
    '公演地\t名古屋',
    '公演日\t2028年3月10日(金)',
    '会場\t栄 Hall NAMI',
    '会場住所\t〒460-0008 愛知県名古屋市中区栄3-1-1',
    '開場\t17:30',
    '■ 契約条件',
    '出演料\t¥800,000(税別) （固定出演料）',
    '支払条件\t公演後30日以内に銀行振込',
    '■ 機材・制作',
    '照明\t会場常設灯体',
  ].join('\n'));
  assert.equal(x.general.eventName, 'SORA NO ODORI TOUR 2028');
  assert.equal(x.general.venue, '栄 Hall NAMI');
  assert.equal(x.general.doorsTime, '17:30');
  assert.equal(x.general.country, 'JP');
  assert.equal(x.deal.fee, 800000);
  assert.equal(x.deal.currency, 'JPY');
  assert.equal(x.deal.dealType, 'flat');
  assert.equal(x.deal.paymentTerms, '公演後30日以内に銀行振込');
  assert.equal(x.technical.lighting, '会場常設灯体');
});

test('a Japanese timetable reads its kinds and wave-dash ranges', async () => {
  const x = await read([
    '3/10(金) タイムテーブル',
    '時間\t項目\t場所\t備考',
    '12:00\t入り・搬入\t搬入口\t階段のみ',
    '14:00〜15:00\tリハーサル\tステージ\t',
    '17:30\t開場\t\t',
    '21:30\t終演\t\t厳守',
  ].join('\n'));
  const kinds = x.activities.map((a) => [a.kind, a.startTime, a.endTime]);
  assert.deepEqual(kinds, [['load_in', '12:00', null], ['soundcheck', '14:00', '15:00'], ['doors', '17:30', null], ['curfew', '21:30', null]]);
});

test('a Japanese ride sheet: "4/16(金)" dates its row, "名古屋 15:02着" ends the ride', async () => {
  const x = await read([
    '公演日\t2028年3月10日(金)',
    '',
    '日付\t時間\t内容\t出発\t到着\t備考',
    '3/9(木)\t12:00\t新幹線 のぞみ1号\t東京\t名古屋 15:02着\t指定席',
  ].join('\n'));
  const ride = x.activities.find((a) => a.name.includes('のぞみ'));
  assert.equal(ride?.kind, 'transfer');
  assert.equal(ride?.date, '2028-03-09');
  assert.equal(ride?.location, '東京');
  assert.equal(ride?.destination, '名古屋');
  assert.equal(ride?.endTime, '15:02');
});

test('"4/16(金)" is month first; "〒" marks a Japanese postcode', () => {
  assert.equal(findDates('4/16(金)', new Date('2028-03-01'))[0]?.value, '2028-04-16');
  assert.equal(countryOfPostcode('〒810-0041 福岡県福岡市中央区'), 'JP');
  assert.equal(countryOfPostcode('542-0085'), null);
});
