/**
 * Meals given in tables and day-sheet lines. A meals table's one cell may hold the
 * date and the time ("3 Mar, 12:45") under a "Date & time" header; its "Where / Supplier" column names
 * the provider, then the room after a dash or the street after a comma, a phone in brackets. A day
 * sheet's meal row names its provider after the meal's dash, the room in brackets and the head count
 * after a comma, a remark indented under it. A contract names the caterer and the place once, in the
 * sentence leading into a lettered list of its meals.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

const MEALS_TABLE = [
  'ADVANCE SHEET', '',
  'Artist\tThe Copper Owls',
  'Date\tSaturday, 6 March 2027',
  'Venue\tRiverside Depot', '',
  'MEALS', '',
  'Date & time\tMeal\tWhere / Supplier\tPax\tNotes',
  '6 Mar, 12:45\tLunch\tLark & Ladle – green room\t7\t1 vegan, no nuts',
  '7 Mar, 13:15\tGoodbye lunch\tSpice Yard 9, Mill Road 14, Leeds (+44 113 496 0718)\t5\twith the promoter',
].join('\n');

test('a meals table: date and time in one cell, the supplier before the room or the street', async () => {
  const x = await extracted(MEALS_TABLE);
  const lunch = x.food.find((f) => f.time === '12:45');
  assert.equal(lunch?.name, 'Lark & Ladle', JSON.stringify(x.food));
  assert.equal(lunch?.date, '2027-03-06');
  assert.equal(lunch?.address, 'green room');
  assert.equal(lunch?.guestCount, 7);
  assert.equal(lunch?.notes, '1 vegan, no nuts');
  const farewell = x.food.find((f) => f.time === '13:15');
  assert.equal(farewell?.name, 'Spice Yard 9', JSON.stringify(x.food));
  assert.equal(farewell?.date, '2027-03-07');
  assert.equal(farewell?.address, 'Mill Road 14, Leeds');
  assert.equal(farewell?.phone, '+441134960718');
  assert.equal(farewell?.guestCount, 5);
});

test('a Bengali schedule row glossed in English is the meals table\'s meal at that time', async () => {
  const x = await extracted([
    'অ্যাডভান্স শিট', '',
    'তারিখ / Date\t৬ মার্চ ২০২৭', '',
    'সময়\tকার্যক্রম / Activity\tস্থান',
    '১৪:০০\tসাউন্ডচেক\tমূল মঞ্চ',
    '১৯:১৫\tরাতের খাবার / Dinner\tগ্রিন রুম', '',
    '৭. খাবার / Meals', '',
    'তারিখ ও সময়\tখাবার\tকোথায় / সরবরাহকারী\tজন\tমন্তব্য',
    '৬ মার্চ, ১৯:১৫\tরাতের খাবার\tBhoj Kitchen Co – গ্রিন রুম\t৯\tমাছ ছাড়া',
  ].join('\n'));
  assert.equal(x.food.length, 1, JSON.stringify(x.food));
  assert.equal(x.food[0]?.name, 'Bhoj Kitchen Co');
  assert.equal(x.food[0]?.kind, 'catering');
  assert.equal(x.food[0]?.address, 'গ্রিন রুম');
  assert.equal(x.food[0]?.time, '19:15');
  assert.equal(x.food[0]?.guestCount, 9);
});

test('a day sheet\'s meal row: the provider after the dash, the room in brackets, the remark under it', async () => {
  const x = await extracted([
    'DAY SHEET — Fri 5 March 2027', '',
    '13:00\tLoad-in',
    '14:30\tLunch – Mama Rosa Kitchen (green room), for 8',
    '                     soup and bread, two vegetarian',
    '18:00\tDinner – Golden Lotus Restaurant (five minutes on foot), for 8',
    '20:00\tDoors',
  ].join('\n'));
  const lunch = x.food.find((f) => f.time === '14:30');
  assert.equal(lunch?.name, 'Mama Rosa Kitchen', JSON.stringify(x.food));
  assert.equal(lunch?.address, 'green room');
  assert.equal(lunch?.guestCount, 8);
  assert.equal(lunch?.notes, 'soup and bread, two vegetarian');
  const dinner = x.food.find((f) => f.time === '18:00');
  assert.equal(dinner?.name, 'Golden Lotus Restaurant', JSON.stringify(x.food));
  assert.equal(dinner?.kind, 'restaurant');
  assert.equal(dinner?.address ?? null, null);
});

test('a Nepali day sheet\'s meal row names its provider after the dash, the green room with its locative ending', async () => {
  const x = await extracted([
    'दैनिक तालिका', 'मिति\t: शनिबार, ५ मार्च २०२७', '',
    'दिउँसो १:३० बजे\tदिउँसोको खाना – हिमाल खाजा घर (ग्रीन रुममा), ७ जनाको लागि',
    '                     मोमो र चिया',
    'बेलुका ७ बजे\tबेलुकाको खाना – पाटन किचन (होटलबाट नजिकै), ७ जना',
  ].join('\n'));
  const lunch = x.food.find((f) => f.time === '13:30');
  assert.equal(lunch?.name, 'हिमाल खाजा घर', JSON.stringify(x.food));
  assert.equal(lunch?.address, 'ग्रीन रुम');
  assert.equal(lunch?.notes, 'मोमो र चिया');
  const dinner = x.food.find((f) => f.time === '19:00');
  assert.equal(dinner?.name, 'पाटन किचन', JSON.stringify(x.food));
  assert.equal(dinner?.kind, 'restaurant');
});

test('a contract\'s lead-in names the caterer and the place of the lettered meals under it', async () => {
  const x = await extracted([
    'SHARTNOMA', '',
    '5.2. Artistlar uchun taomlar «Oq Qozon» tomonidan tayyorlanadi',
    '(joy: bosh sahna yonidagi chodir):',
    'a) tushlik, soat 13:00 — 6 kishi;',
    'b) kechki ovqat, soat 20:00 — 6 kishi (1 nafari vegan).',
  ].join('\n'));
  assert.equal(x.food.length, 2, JSON.stringify(x.food));
  for (const meal of x.food) {
    assert.equal(meal.name, 'Oq Qozon');
    assert.equal(meal.kind, 'catering');
    assert.equal(meal.address, 'bosh sahna yonidagi chodir');
    assert.equal(meal.guestCount, 6);
  }
  assert.equal(x.food.find((f) => f.time === '13:00')?.notes ?? null, null);
  assert.equal(x.food.find((f) => f.time === '20:00')?.notes, '1 nafari vegan');
});
