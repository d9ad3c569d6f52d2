/**
 * An Armenian contract's contact lines ("Name – role, հեռ.՝ …, էլ. փոստ՝ …"), local
 * numbers with a bracketed area code, the venue's Armenian address ("ՀՀ, ք. City 0000, street"), the fee in
 * "ԱՄՆ դոլար" with the amount spelled out in Armenian, the payment sentence, lettered technical items
 * ("ա) Ձայն՝ …"), items named before "՝" (a route, a support act) and a hotel named before "հյուրանոցում".
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { normaliseMoney } from '../../src/understand/normalise/money.js';
import { spelledAmount } from '../../src/understand/normalise/spelled-amount.js';
import { placeOf } from '../../src/understand/sections/place.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('contact lines with phone and e-mail labels after the role, in English and Armenian', async () => {
  const en = await extracted(['Contacts', '', '- Petra Novak – tour manager, tel.: +33 6 11 22 33 45, email: petra@example.fr'].join('\n'));
  assert.deepEqual(en.contacts.map((c) => [c.name, c.role, c.phone, c.email]), [['Petra Novak', 'tour manager', '+33611223345', 'petra@example.fr']]);
  const hy = await extracted([
    '7.1. Կազմակերպչի կողմից՝', '',
    '- Արամ Սարգսյան – պրոդյուսեր, հեռ.՝ +374 91 22 33 44, էլ. փոստ՝ aram@example.am', '',
    '- Սուրեն Ավագյան – տեխնիկական տնօրեն, հեռ.՝ (077) 54-21-98',
  ].join('\n'));
  assert.deepEqual(hy.contacts.map((c) => [c.name, c.role, c.phone]), [
    ['Արամ Սարգսյան', 'պրոդյուսեր', '+37491223344'], ['Սուրեն Ավագյան', 'տեխնիկական տնօրեն', '+37477542198'],
  ]);
});

test('a name in Armenian with its Latin spelling in brackets keeps the Latin one', async () => {
  const x = await extracted(['7.2. Գործակալի կողմից՝', '', '- Արամ Սարգսյան (Aram Sargsyan) – գործակալ, հեռ.՝ +33 6 11 22 33 44, էլ. փոստ՝ aram@example.fr'].join('\n'));
  assert.deepEqual(x.contacts.map((c) => [c.name, c.role, c.phone, c.email]), [['Aram Sargsyan', 'գործակալ', '+33611223344', 'aram@example.fr']]);
});

test('an Armenian address names its city after "ք." and its country first', async () => {
  assert.deepEqual(placeOf('ք. Վանաձոր, Տիգրան Մեծի փ. 4'), { city: 'Վանաձոր', country: 'AM', cityIndex: 3 });
  const x = await extracted([
    '1.2. Համերգի անցկացման վայրը՝ «Կապույտ Դուռ» համերգային սրահ, ՀՀ, ք. Գյումրի 3101, Աբովյան փողոց 7 (այսուհետ՝ Սրահ)։', '',
    '1.3. Համերգը տեղի կունենա 2028 թ. ապրիլի 7-ին։',
  ].join('\n'));
  assert.deepEqual([x.general.venue, x.general.address, x.general.city, x.general.country], ['Կապույտ Դուռ', 'ՀՀ, ք. Գյումրի 3101, Աբովյան փողոց 7', 'Գյումրի', 'AM']);
});

test('Armenian currency words and amounts spelled out in Armenian', () => {
  assert.deepEqual(normaliseMoney('հոնորար՝ 8 500 (ութ հազար հինգ հարյուր) ԱՄՆ դոլարի չափով'), { amount: 8500, currency: 'USD' });
  assert.deepEqual(normaliseMoney('3 000 ՀՀ դրամ'), { amount: 3000, currency: 'AMD' });
  assert.deepEqual(normaliseMoney('450 եվրո'), { amount: 450, currency: 'EUR' });
  assert.equal(spelledAmount('վեց հարյուր քառասունհինգ'), 645);
  assert.equal(spelledAmount('տասներկու հազար'), 12000);
});

test('an Armenian fee clause, its payment sentence and deposit', async () => {
  const x = await extracted([
    '3.1. Կատարողի ելույթի համար Կազմակերպիչը վճարում է ֆիքսված հոնորար՝ 4 000 (չորս հազար) ԱՄՆ դոլարի չափով։', '',
    '3.2. Հոնորարը վճարվում է անկանխիկ, հետեւյալ կարգով. 30% (1 200 ԱՄՆ դոլար)՝ որպես կանխավճար, մնացածը՝ համերգից հետո։', '',
    '3.3. Բանկային միջնորդավճարները կրում է Կազմակերպիչը։',
  ].join('\n'));
  assert.deepEqual([x.deal.fee, x.deal.currency, x.deal.dealType, x.deal.depositPercent], [4000, 'USD', 'flat', 30]);
  assert.equal(x.deal.paymentTerms, 'Հոնորարը վճարվում է անկանխիկ, հետեւյալ կարգով. 30% (1 200 ԱՄՆ դոլար)՝ որպես կանխավճար, մնացածը՝ համերգից հետո։');
});

test('technical items under letters, Latin or Armenian, with a power row closing the run', async () => {
  const x = await extracted([
    '5.1. Կազմակերպիչն ապահովում է.', '',
    'ա) Ձայն՝ Meyer Sound Lyon, 4 մոնիտոր։', '', 'բ) Լույս՝ 8 moving head։', '', 'գ) Բեմ՝ 8 × 6 մ։', '',
    'դ) Էլեկտրասնուցում՝ եռաֆազ 63 Ա միացում։',
  ].join('\n'));
  assert.deepEqual([x.technical.sound, x.technical.lighting, x.technical.stage, x.technical.other], [
    'Meyer Sound Lyon, 4 մոնիտոր։', '8 moving head։', '8 × 6 մ։', 'Էլեկտրասնուցում՝ եռաֆազ 63 Ա միացում։',
  ]);
});

test('items named before the Armenian comma: a route with its remark, a support act in guillemets', async () => {
  const x = await extracted([
    'Show day 7 April 2028', '',
    '- 19:45–20:15 – նախաելույթ՝ «Կապույտ Լիճ»', '- 23:50 – տրանսֆեր՝ ակումբ → հյուրանոց (բեռնումից հետո)',
  ].join('\n'));
  assert.deepEqual(x.activities.map((a) => [a.name, a.kind, a.location, a.destination, a.notes]), [
    ['Կապույտ Լիճ', 'set', null, null, null], ['Տրանսֆեր', 'transfer', 'ակումբ', 'հյուրանոց', 'բեռնումից հետո'],
  ]);
});

test('a hotel named in guillemets before "հյուրանոցում", with its city-first address and rooms', async () => {
  const x = await extracted([
    'Կազմակերպիչն ամրագրում է խմբի կացությունը «Արեւ Պալաս» հյուրանոցում (ք. Վանաձոր, Տիգրան Մեծի փ. 4)՝ 2028 թ. ապրիլի 6-ից մինչեւ ապրիլի 8-ը, 3 (երեք) համար։',
  ].join('\n'));
  assert.deepEqual(x.hotels.map((h) => [h.name, h.address, h.city, h.country, h.checkInDate, h.checkOutDate, h.rooms]), [
    ['Արեւ Պալաս', 'ք. Վանաձոր, Տիգրան Մեծի փ. 4', 'Վանաձոր', 'AM', '2028-04-06', '2028-04-08', 3],
  ]);
});
