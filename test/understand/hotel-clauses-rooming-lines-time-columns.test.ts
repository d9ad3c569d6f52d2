/**
 * A contract's numbered lodging clause with the hotel's details in brackets after its
 * name (Uzbek "… mehmonxonasida (…; tel. …; …) 3 (uch) xonada … Joylashish: …; chiqish: … Bron raqami: …"),
 * a rooms line listing its guests ("3 rooms (single): …", Urdu "۳ کمرے"), one label over the hotel's phone
 * and e-mail, a remark line above that footer, dashed rooming lines with the rate after the guests, a Russian
 * street-first address with postcode and country, a state's formal name, C/I and C/O time columns in a
 * hotels sheet, and a labelled guest count above a rooming table. All examples invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { proseParagraphAround } from '../../src/understand/sections/travel/stay-paragraph.js';
import { bracketDetails } from '../../src/understand/sections/travel/stay-bracket.js';
import { readStay } from '../../src/understand/sections/travel/stay.js';
import { roomTypeGuests } from '../../src/understand/sections/travel/stay-room-types.js';
import { roomGuests } from '../../src/understand/sections/travel/stay-room-guests.js';
import { addresses } from '../../src/understand/sections/travel/phrases.js';
import { placeOf } from '../../src/understand/sections/place.js';
import { countryCode } from '../../src/reference/index.js';

const hotels = async (text: string) => (await understand([extractPastedText(text)])).extracted.hotels;

const CLAUSE = [
  '5. JOYLASHTIRISH VA TRANSPORT',
  '5.1. Tashkilotchi jamoaning 5 (besh) aʼzosi uchun Oqtepa Garden Hotel Samarqand mehmonxonasida',
  '(Registon koʻchasi 7, Markaz tumani, Samarqand, 140100; tel. +998 66 233 44 55;',
  'bron@oqtepa.example.uz) 3 (uch) xonada joy band qiladi. Joylashish: 2028-yil 4-iyun, soat 15:00 dan;',
  'chiqish: 2028-yil 6-iyun, soat 11:00 gacha. Bron raqami: OQG-2806-19. Ertalabki taom bepul.',
  '5.2. Samolyot chiptalarini Tashkilotchi oladi, yoʻnalish jadvali keyinroq yuboriladi,',
  'aeroport va mehmonxona oʻrtasidagi transfer ham Tashkilotchi zimmasida.',
].join('\n');

test('a numbered clause under a heading is the paragraph of the hotel it names, not the clauses below it', () => {
  const span = proseParagraphAround(CLAUSE, CLAUSE.indexOf('Oqtepa'));
  assert.ok(span);
  const paragraph = CLAUSE.slice(span[0], span[1]);
  assert.match(paragraph, /Bron raqami/);
  assert.doesNotMatch(paragraph, /Samolyot/);
});

test('the bracket after a hotel\'s name (and its case-marked lodging word) gives its address, phone and e-mail', () => {
  const nameEnd = CLAUSE.indexOf('Samarqand mehmonxonasida') + 'Samarqand'.length;
  const details = bracketDetails(CLAUSE, nameEnd);
  assert.equal(details.address?.value, 'Registon koʻchasi 7, Markaz tumani, Samarqand, 140100');
  assert.equal(details.phone?.value, '+998 66 233 44 55');
  assert.equal(details.email?.value, 'bron@oqtepa.example.uz');
  assert.deepEqual(bracketDetails('Hotel Lark (see the map below) and more', 'Hotel Lark'.length), {});
});

test('Uzbek stay words, room count and booking label are read from the clause', () => {
  const piece = CLAUSE.slice(CLAUSE.indexOf('5.1.'), CLAUSE.indexOf('5.2.')).replace(/\n/g, ' ');
  const hits = readStay({ text: piece, start: 0 }, null, null);
  assert.equal(hits.checkInDate?.value, '2028-06-04');
  assert.equal(hits.checkOutDate?.value, '2028-06-06');
  assert.equal(hits.checkInTime?.value, '15:00');
  assert.equal(hits.checkOutTime?.value, '11:00');
  assert.equal(hits.rooms?.value, 3);
  assert.equal(hits.bookingReference?.value, 'OQG-2806-19');
});

test('a rooms line counting rooms of one type lists their guests after its colon (Urdu too)', () => {
  assert.deepEqual(roomTypeGuests('4 rooms (twin): Ann Lee, Bo Ek, Cy Dahl').map((g) => g.value), ['Ann Lee', 'Bo Ek', 'Cy Dahl']);
  assert.deepEqual(roomTypeGuests('2 کمرے (ڈبل): Ida Moss، Ole Brun').map((g) => g.value), ['Ida Moss', 'Ole Brun']);
});

test('a hotel block: rooms line with guests, a remark line, one label over phone and e-mail', async () => {
  const [hotel] = await hotels([
    'Hi Sam,', '', 'HOTEL', 'Harbour View Hotel', '12 Quay Road, Leeds',
    'Check-in: Fri 12 March 2027 from 15:00', 'Check-out: Sun 14 March 2027 until 11:00',
    '3 rooms (single): Ann Lee, Bo Ek, Cy Dahl', 'Confirmation no.: HV-55120', 'Breakfast included',
    'Hotel phone / e-mail: 0113 496 0000 / desk@harbourview.example.com', '', 'Best, Jo',
  ].join('\n'));
  assert.equal(hotel?.rooms, 3);
  assert.deepEqual(hotel?.guests, ['Ann Lee', 'Bo Ek', 'Cy Dahl']);
  assert.equal(hotel?.phone, '+441134960000');
  assert.equal(hotel?.email, 'desk@harbourview.example.com');
  assert.equal(hotel?.notes, 'Breakfast included');
});

test('dashed rooming lines end their guests at the rate, a bilingual room word before the number', () => {
  const text = 'Үй / Номер 1 – Superior Double – Ann Lee, Bo Ek – тариф RO – 90 EUR/ночь\nRoom 2 – Single – Cy Dahl – rate BB';
  assert.deepEqual(roomGuests(text).map((g) => g.value), ['Ann Lee', 'Bo Ek', 'Cy Dahl']);
});

test('a Russian street-first address takes its town with postcode and the country; formal state names', () => {
  const [address] = addresses('ОТЕЛЬ\nпр. Чуй, 120, Каракол 722200, Кыргызстан\nТел.: …');
  assert.equal(address?.value, 'пр. Чуй, 120, Каракол 722200, Кыргызстан');
  assert.deepEqual([placeOf(address!.value).city, placeOf(address!.value).country], ['Каракол', 'KG']);
  assert.equal(countryCode('Kingdom of Norway'), 'NO');
});

test('a hotels sheet gives check-in and check-out hours from its C/I and C/O time columns', async () => {
  const [hotel] = await hotels([
    'Hotels', 'Night of\tCity\tHotel\tAddress\tCheck-in\tC/I time\tCheck-out\tC/O time\tConf. no.',
    '2027-04-02\tLeeds\tHotel Aire Bank\t4 Canal Wharf, Leeds LS11 5PS\t2027-04-02\t16:00\t2027-04-03\t10:30\tAB-4471',
  ].join('\n'));
  assert.equal(hotel?.checkInTime, '16:00');
  assert.equal(hotel?.checkOutTime, '10:30');
});

test('a labelled guest count above a rooming table is no header: the table\'s guest column lists the guests', async () => {
  const [hotel] = await hotels([
    'BOOKING CONFIRMATION', 'Hotel Rivermark', 'Arrival\tFriday, 9 April 2027', 'Departure\tSunday, 11 April 2027',
    'Rooms\t2', 'Guests\t3 adults', '', 'Rooming list', 'Room\tType\tGuest name(s)', '1\tDouble\tAnn Lee', '2\tTwin\tBo Ek, Cy Dahl',
  ].join('\n'));
  assert.deepEqual(hotel?.guests, ['Ann Lee', 'Bo Ek', 'Cy Dahl']);
});

test('a contract paragraph opening with its clause number is a numbered clause', async () => {
  const { isNumberedClause } = await import('../../src/understand/sections/travel/stay-paragraph.js');
  assert.equal(isNumberedClause(CLAUSE, CLAUSE.indexOf('5.1.')), true);
  assert.equal(isNumberedClause(CLAUSE, 0), false);
});
