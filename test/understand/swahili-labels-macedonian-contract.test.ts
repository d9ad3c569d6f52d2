/**
 * Swahili labels and dates, a venue row whose street carries no house number, a
 * festival's running order with the stage's own marks among the acts (and the next stage's bill below
 * it), Macedonian labels, the "бр." before a Macedonian house number and a stage size opened by "минимум".
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('Swahili labels and a weekday with a short month date the hotel stay', async () => {
  const x = await extracted([
    'Habari Juma,', '',
    'Tarehe (Date):\tJumamosi, 12 Machi 2028',
    'Ukumbi (Venue):\tKilele Park Grounds, Ngong Road, Karen, Nairobi, Kenya',
    '',
    'Hoteli:\tThe Baobab Court Hotel',
    'Anwani:\tLenana Road, Kilimani, Nairobi',
    'Simu:\t+254 20 555 1212',
    'Check-in:\tIjumaa 11 Mac, 14:00',
    'Check-out:\tJumapili 13 Mac, 11:00',
    '', 'Asante, Neema',
  ].join('\n'));
  assert.equal(x.general.date, '2028-03-12');
  assert.equal(x.general.venue, 'Kilele Park Grounds');
  assert.equal(x.general.address, 'Ngong Road, Karen, Nairobi');
  assert.equal(x.general.country, 'KE');
  const hotel = x.hotels[0];
  assert.equal(hotel?.address, 'Lenana Road, Kilimani, Nairobi');
  assert.equal(hotel?.phone, '+254205551212');
  assert.equal(hotel?.checkInDate, '2028-03-11');
  assert.equal(hotel?.checkOutDate, '2028-03-13');
});

test('a stage running order with gates and curfew among the acts, and the next stage below it, is other acts\'', async () => {
  const x = await extracted([
    'Hi Lena,', 'final advance for Glass Harbour at Sunfield Fest, Saturday 9 October 2027.', '',
    'Soundcheck:\t10:30-11:10', 'Line check:\t19:40-19:55', 'Set:\t20:00-21:10', '',
    'MAIN STAGE RUNNING ORDER',
    '11:30\tGates open',
    '12:30-13:10\tKofi na Wenzake',
    '13:45-14:30\tMira Solano',
    '15:15-16:00\tPale Orchard',
    '19:40-19:55\tGlass Harbour - line check',
    '20:00-21:10\tGLASS HARBOUR',
    '22:00-23:30\tThe Copper Tides',
    '00:30\tCurfew',
    '',
    'Second stage, for info only:',
    '14:00-14:40 Dusk Parade; 16:00-16:45 Lantern Row',
    '23:45-01:30 Night Owl Soundsystem',
    '', 'Cheers, Ola',
  ].join('\n'));
  const names = x.activities.map((a) => a.name);
  for (const other of ['Kofi na Wenzake', 'Mira Solano', 'Pale Orchard', 'The Copper Tides', 'Night Owl Soundsystem']) {
    assert.ok(!names.some((n) => n.includes(other)), JSON.stringify(names));
  }
  assert.equal(x.general.setTime, '20:00');
  assert.equal(x.general.setLengthMinutes, 70);
});

test('a Macedonian contract\'s technical clauses, club and hotel address with "бр."', async () => {
  const x = await extracted([
    'ДОГОВОР ЗА МУЗИЧКИ НАСТАП', '',
    '1.1 Настап на групата SIVA REKA во клубот „Магацин 7“, ул. Јане Сандански бр. 40, 1000 Скопје.',
    '1.2 Датум на настапот: сабота, 4 декември 2027 година.', '',
    '4.2 Бина: минимум 8 × 5 м, висина 60 см.',
    '4.3 Озвучување: PA систем 10 kW, миксета Yamaha CL5.',
    '4.4 Осветлување: 12 LED PAR рефлектори.',
    '4.5 Бекленд: бас засилувач Ampeg SVT.',
    '5.1 Сместување: хотел „Охридски Бисер“, ул. Кеј Маршал Тито бр. 9, 1000 Скопје, за 2 ноќевања.',
  ].join('\n'));
  assert.equal(x.general.venue, 'Магацин 7');
  assert.equal(x.general.address, 'ул. Јане Сандански бр. 40, 1000 Скопје');
  assert.equal(x.technical.sound, 'PA систем 10 kW, миксета Yamaha CL5.');
  assert.equal(x.technical.lighting, '12 LED PAR рефлектори.');
  assert.equal(x.technical.backline, 'бас засилувач Ampeg SVT.');
  assert.equal(x.technical.stage, 'минимум 8 × 5 м, висина 60 см.');
});

test('numbered ride blocks give transfers; a Swahili-clock bracket is no note; a numbered rooming list gives guests', async () => {
  const x = await extracted([
    'From: Neema <neema@kilele.example.co.ke>', 'To: Ola <ola@band.example.com>', 'Date: Mon, 20 Sep 2027 09:00:00 +0300', 'Subject: Advance', '',
    'Habari Ola,', 'Tarehe:\tJumamosi, 9 Oktoba 2027', 'Ukumbi:\tKilele Park Grounds, Ngong Road, Karen, Nairobi',
    'Soundcheck:\t10:30-11:10 (saa 4:30-5:10 asubuhi)', 'Set:\t20:00-21:10 (saa 2 usiku - saa 3:10 usiku)', '',
    'Runs:',
    '#1 Hotel pickup',
    '   Jumamosi 9 Okt, 09:50 (saa 3:50 asubuhi)',
    '   Baobab Court Hotel -> Kilele Park Grounds, Gate B',
    '   Gear goes in the second van.',
    '#2 Night return',
    '   Jumamosi 9 Okt, 22:00 (saa 4 usiku)',
    '   Kilele Park Grounds, Gate B -> Baobab Court Hotel',
    '',
    'Hoteli:\tBaobab Court Hotel',
    'Anwani:\tLenana Road, Kilimani, Nairobi',
    'Check-in:\tIjumaa 8 Oktoba 2027, kuanzia 14:00',
    'Vyumba (rooms): 2',
    '  1. Single - Ola Brandt',
    '  2. Twin\t- Femi Ade / Jan van Dijk',
    '', 'Asante, Neema',
  ].join('\n'));
  const rides = x.activities.filter((a) => a.kind === 'transfer');
  assert.deepEqual(rides.map((a) => [a.name, a.date, a.startTime, a.location, a.destination]), [
    ['Hotel pickup', '2027-10-09', '09:50', 'Baobab Court Hotel', 'Kilele Park Grounds, Gate B'],
    ['Night return', '2027-10-09', '22:00', 'Kilele Park Grounds, Gate B', 'Baobab Court Hotel'],
  ]);
  assert.equal(rides[0]?.notes, 'Gear goes in the second van.');
  const check = x.activities.find((a) => a.kind === 'soundcheck');
  assert.equal(check?.notes ?? null, null);
  assert.equal(x.hotels[0]?.checkInTime, '14:00');
  assert.deepEqual(x.hotels[0]?.guests, ['Ola Brandt', 'Femi Ade', 'Jan van Dijk']);
});

test('a Macedonian catering clause names its quoted restaurant and counts "7 (седум) лица"; hotel times after "од"/"до"', async () => {
  const x = await extracted([
    'ДОГОВОР ЗА МУЗИЧКИ НАСТАП', '',
    '1.2 Датум на настапот: сабота, 4 декември 2027 година.',
    '5.1 Сместување: хотел „Охридски Бисер“, ул. Кеј Маршал Тито бр. 9, 1000 Скопје, со пријавување на 03.12.2027 од 14:00 часот и одјавување на 05.12.2027 до 12:00 часот.',
    '5.2 Кетеринг: на денот на настапот, во 18:30 часот, Организаторот обезбедува топла вечера за 5 (пет) лица од ресторанот „Зелена Маслина“.',
  ].join('\n'));
  const meal = x.food.find((f) => f.kind === 'catering');
  assert.equal(meal?.name, 'Зелена Маслина');
  assert.equal(meal?.guestCount, 5);
  assert.equal(x.hotels[0]?.checkInTime, '14:00');
  assert.equal(x.hotels[0]?.checkOutTime, '12:00');
});

test('a Macedonian fixed fee is flat, Скопје is in MK and an annex row "Крај на програмата" is the curfew', async () => {
  const x = await extracted([
    'ДОГОВОР ЗА МУЗИЧКИ НАСТАП', '',
    '1.1 Настап на групата SIVA REKA во клубот „Магацин 7“, ул. Јане Сандански бр. 40, 1000 Скопје.',
    '1.2 Датум на настапот: сабота, 4 декември 2027 година.',
    '3.1 Организаторот плаќа фиксен хонорар во износ од 3.000,00 EUR, нето.', '',
    'Време\tАктивност\tМесто\tНапомена',
    '21:00 – 22:30\tSIVA REKA\tбина\t—',
    '23:45\tКрај на програмата\t—\tнајдоцна',
  ].join('\n'));
  assert.equal(x.deal.dealType, 'flat');
  assert.equal(x.general.country, 'MK');
  assert.ok(x.activities.some((a) => a.kind === 'curfew' && a.startTime === '23:45'), JSON.stringify(x.activities));
});
