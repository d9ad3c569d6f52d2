/**
 * A Taiwanese promoter's advance workbook in Chinese with English glosses (Chinese labels, "NT$",
 * "五、" section titles, a month-first "(11/6)" day, a second sheet for another city), and a phone
 * photo of a backstage whiteboard read by OCR (edge marks, dotted leaders, a "VENUE - CITY" heading,
 * a ditto soundcheck line, a "ROLE - Name" contact with a national-form mobile).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { understand } from '../../src/understand/index.js';
import { labelKey } from '../../src/understand/text/lexicon.js';
import { normaliseMoney } from '../../src/understand/normalise/index.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';
import { pasted } from './helpers.js';

test('Chinese labels, and a Chinese label followed by its English gloss, read as their keys', () => {
  assert.deepEqual(
    ['演出日期', '場地', '场地', '演出費', '付款方式', '訂房代號', '房數', '住客', '備註', '職稱'].map(labelKey),
    ['date', 'venue', 'venue', 'fee', 'payment_terms', 'booking_reference', 'rooms', 'guests', 'notes', 'role'],
  );
  // An unlisted Chinese word is read by its gloss; a listed one by itself when the gloss is unknown.
  assert.deepEqual(['樂手 Artist', '入場時刻 Doors', '城市 Metropolis'].map(labelKey), ['artist', 'doors', 'city']);
});

test('NT$ is the Taiwan dollar and HK$ the Hong Kong dollar', () => {
  assert.deepEqual(normaliseMoney('NT$ 380,000(未稅)'), { amount: 380000, currency: 'TWD' });
  assert.deepEqual(normaliseMoney('HK$ 62,000'), { amount: 62000, currency: 'HKD' });
});

test('Chinese item words give the day items their kinds; meals go to food', () => {
  assert.deepEqual(['試音 Line check', '飯店出發', '暖場演出 Paper Boats', '進場', '場館淨空', '開門'].map(activityKind),
    ['soundcheck', 'transfer', 'set', 'load_in', 'curfew', 'doors']);
  assert.equal(activityKind('午餐'), null);
});

/** A workbook as the extraction layer gives it: "Sheet: name" over tab-joined rows, and one table per sheet. */
function workbook(name: string, sheets: [string, string[][]][]): ExtractedSource {
  const text = sheets.map(([sheet, rows]) => [`Sheet: ${sheet}`, ...rows.map((r) => r.join('\t'))].join('\n')).join('\n\n');
  return { ...pasted(text), name, origin: 'file', format: 'xlsx', tables: sheets.map(([sheet, rows]) => ({ rows, page: null, sheet })) };
}

const MAIN: string[][] = [
  ['藍鯨音樂 Bluewhale Music — 演出確認表', '', '', ''],
  ['一、演出資料 Show', '', '', ''],
  ['藝人 Artist', 'Paper Boats', '', ''],
  ['演出日期', '2028年11月6日(一)', '', ''],
  ['場地', '港邊 Warehouse 3', '', ''],
  ['二、流程 Schedule(11/6)', '', '', ''],
  ['項目', '時間', '地點', '備註'],
  ['進場 Load-in', '14:00', '貨梯', ''],
  ['彩排 Soundcheck', '16:00–17:00', '主舞台', ''],
  ['晚餐 Dinner', '18:00', '休息室 2', '共 9 人'],
  ['開門 Doors', '19:00', '', ''],
  ['演出時間 Paper Boats', '20:00–21:30', '', ''],
  ['三、演出費 Fee', '', '', ''],
  ['演出費', 'NT$ 380,000(未稅)', '', ''],
  ['付款方式', '簽約後支付 30% 訂金,餘款演出後匯款', '', ''],
  ['備註', '代扣所得稅', '', ''],
  ['四、技術 Technical', '', '', ''],
  ['音響 Sound', 'FOH 由場館提供', '', ''],
  ['燈光 Lighting', '場館燈光 8 盞', '', ''],
];
const OTHER_CITY: string[][] = [
  ['演出日期', '2028年11月8日(三)'],
  ['場地', '山城 Livehouse'],
  ['開門', '18:30'],
  ['演出時間', '19:30'],
];

test('a Chinese advance workbook: labels, fee and deposit, sections ended by numbered titles, meals, technical, another city\'s sheet left out', async () => {
  const { extracted: x } = await understand([workbook('藍鯨音樂_PaperBoats_Advance.xlsx', [['演出 Advance', MAIN], ['台中 Taichung', OTHER_CITY]])]);
  const g = x.general;
  assert.deepEqual([g.artist, g.venue, g.date, g.doorsTime, g.setTime], ['Paper Boats', '港邊 Warehouse 3', '2028-11-06', '19:00', '20:00']);
  assert.deepEqual([x.deal.fee, x.deal.currency, x.deal.depositPercent, x.deal.notes], [380000, 'TWD', 30, '代扣所得稅']);
  assert.deepEqual([x.technical.sound, x.technical.lighting], ['FOH 由場館提供', '場館燈光 8 盞']);
  const [meal] = x.food;
  assert.deepEqual([meal?.name, meal?.date, meal?.time, meal?.guestCount], ['晚餐 Dinner', '2028-11-06', '18:00', 9]);
  assert.ok(x.activities.every((a) => a.date !== '2028-11-08'));
  assert.deepEqual(x.activities.map((a) => a.kind), ['load_in', 'soundcheck', 'doors', 'set']);
});

const BOARD = [
  '. CORN EXCHANGE - LEEDS',
  'FRI 3 MAR 2028 PAPER BOATS + Ida Frost',
  '| GET IN...... 13:00',
  '| SOUNDCHECK Paper Boats 15:00 - 16:00 |',
  '¢ Ida Frost 16:15 - 16:45',
  '} DOORS... 19:00',
  '"PAPER BOATS . 21:00 - 22:30',
  '| DRIVER - Sam 07700 900123',
].join('\n');

test('a whiteboard photo: edge marks and leaders blanked, the place heading, a ditto soundcheck, a runner by given name', async () => {
  const photo: ExtractedSource = { ...pasted(BOARD), name: 'IMG_0001.jpg', origin: 'file', format: 'jpeg', ocr: { used: true, meanConfidence: 70 } };
  const { extracted: x } = await understand([photo]);
  assert.deepEqual([x.general.venue, x.general.city, x.general.country], ['Corn Exchange', 'Leeds', 'GB']);
  const items = x.activities.map((a) => [a.name, a.kind, a.startTime, a.endTime]);
  assert.deepEqual(items.find((i) => i[1] === 'doors'), ['DOORS', 'doors', '19:00', null]);
  assert.ok(items.some((i) => i[0] === 'Soundcheck Ida Frost' && i[1] === 'soundcheck' && i[2] === '16:15'));
  assert.ok(items.some((i) => i[0] === 'PAPER BOATS' && i[1] === 'set' && i[2] === '21:00'));
  assert.deepEqual(x.contacts.map((c) => [c.name, c.role, c.phone]), [['Sam', 'Driver', '+447700900123']]);
});
