/**
 * Newer rules kept off other words. Labels that fold onto another word
 * (Nepali "बास" onto "बस", the bus; "देश"/"দেশ" onto ten; Bengali "কর" onto "কার"; Uzbek "sana", Malay
 * "there") are no labels; a party of the deal "provided" the meal is no caterer, and a caterer named on
 * another meal's timed line is not the next meal's; a capitalised "Kayo" is a name, not Tagalog "you";
 * an Urdu flight's "سیٹ" is a seat, not a set; Urdu "فلیٹ" is a flat fee.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { labelKey } from '../../src/understand/text/index.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';
import { dealTypeOf } from '../../src/understand/sections/deal.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('a label that folds onto another word is no label; its longer or glossed form still is', () => {
  assert.equal(labelKey('बस'), null);
  assert.equal(labelKey('दश'), null);
  assert.equal(labelKey('দশ'), null);
  assert.equal(labelKey('কার'), null);
  assert.equal(labelKey('Sana'), null);
  assert.equal(labelKey('बसोबास'), 'hotel');
  assert.equal(labelKey('কর / Tax'), 'notes');
  assert.equal(labelKey('Konsert sanasi'), 'date');
});

test('a Nepali sheet\'s bus line is no hotel', async () => {
  const x = await extracted([
    'कार्यक्रम: हिमाल रक साँझ',
    'मिति: २०२८-०४-१२',
    '',
    'बस: Lakeside Yatayat, बिहान ९ बजे',
    'चेक-इन: १२ अप्रिल, दिउँसो २ बजे',
  ].join('\n'));
  assert.deepEqual(x.hotels.map((h) => h.name), []);
});

test('a party of the deal that provides the meal is no caterer', async () => {
  const [meal] = (await extracted(['HOSPITALITY', 'A hot dinner for 7 people at 18:45 in the green room, provided by Local Promoter.'].join('\n'))).food;
  assert.notEqual(meal?.name, 'Local Promoter');
  const [firm] = (await extracted(['HOSPITALITY', 'A hot dinner for 7 people at 18:45 in the green room, provided by Tin Kettle Kitchen.'].join('\n'))).food;
  assert.equal(firm?.name, 'Tin Kettle Kitchen');
});

test('a caterer named on one meal\'s timed line does not name the next meal', async () => {
  const meals = (await extracted([
    'ADVANCE – Corn Exchange, 9 April 2028',
    'Lunch: catering provided by Birch Ladle Kitchen, 13:00, green room',
    'Dinner: buyout, £18 pp, 6 people, 18:30',
  ].join('\n'))).food;
  const dinner = meals.find((m) => m.time === '18:30');
  assert.notEqual(dinner?.name, 'Birch Ladle Kitchen');
});

test('a capitalised "Kayo" after a time is a person, not Tagalog "you"', async () => {
  const x = await extracted(['Hi Nell,', '', 'Press day: interview 3pm, 5pm Kayo, then soundcheck 6pm.', '', 'Migs'].join('\n'));
  assert.ok(!x.activities.some((a) => a.kind === 'set'), JSON.stringify(x.activities));
});

test('an Urdu seat is no set; "آپ کا سیٹ" (your set) is', () => {
  assert.notEqual(activityKind('سیٹ 22C'), 'set');
  assert.equal(activityKind('آپ کا سیٹ'), 'set');
});

test('Urdu "فلیٹ" makes the fee flat', () => {
  assert.equal(dealTypeOf('طے شدہ فلیٹ فیس: ۳۸ لاکھ روپے'), 'flat');
});
