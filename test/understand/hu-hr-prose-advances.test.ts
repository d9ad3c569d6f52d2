/**
 * Hungarian contracts and Croatian threads written in prose: a stay stated in a contract's paragraph,
 * a meal's details run on its line in " · " segments, a fee under its heading in a quoted message,
 * the venue under a "SHOW" heading, a doors time moved in Croatian prose.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extract as deal } from '../../src/understand/sections/deal.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { extract as contacts } from '../../src/understand/sections/contacts.js';
import { partiesOf, ROLE_WORDS } from '../../src/understand/sections/people.js';
import { linesOf } from '../../src/understand/text/index.js';
import { addresses, peopleCounts, roomCounts } from '../../src/understand/sections/travel/phrases.js';
import { proseParagraphAround } from '../../src/understand/sections/travel/stay-paragraph.js';
import { scheduleItems } from './helpers.js';
import { run, show, values } from './sections/travel-fixtures.js';

/** Text read as an attached document (a printed page), not as pasted correspondence. */
function printed(text: string): ExtractedSource {
  return { ...extractPastedText(text), origin: 'file', name: 'contract.txt', mimeType: 'text/plain' };
}

test('a contract\'s stay paragraph: postcode-first address, rooms, check-in words, reference on the next line, breakfast remark', () => {
  const text = [
    '5. Szállás',
    'A Megrendelő biztosítja a Fellépő részére a szállást 2 db kétágyas szobában a szomszédos',
    'Hotel Ezüst Fenyő szállodában (7621 Pécs, Király utca 14.), 2028.03.09. – 2028.03.10.',
    'között. Bejelentkezés 15:00 órától, kijelentkezés 10:00 óráig. Foglalási szám:',
    'EF-55012. A szobaárak a reggelit tartalmazzák.',
    '',
    '6. Egyéb',
  ].join('\n');
  const [stay] = run(hotels, printed(text)).map(values);
  assert.equal(stay!.name, 'Hotel Ezüst Fenyő');
  assert.equal(stay!.address, '7621 Pécs, Király utca 14');
  assert.equal(stay!.city, 'Pécs');
  assert.equal(stay!.checkInDate, '2028-03-09');
  assert.equal(stay!.checkOutDate, '2028-03-10');
  assert.equal(stay!.checkInTime, '15:00');
  assert.equal(stay!.checkOutTime, '10:00');
  assert.equal(stay!.rooms, 2);
  assert.equal(stay!.bookingReference, 'EF-55012');
  assert.equal(stay!.notes, 'A szobaárak a reggelit tartalmazzák');
});

test('a prose paragraph is one under its heading line; columns and short lines are not', () => {
  const prose = 'Heading\nThe promoter books two double rooms for the band at the hotel named below,\nHotel Example, 1 Main Street, for one night.\n\nNext';
  assert.deepEqual(proseParagraphAround(prose, prose.indexOf('Hotel Example')), [8, prose.indexOf('\n\nNext')]);
  // The stay's own clause: not the restaurant's address before it.
  const clauses = 'The promoter provides: dinner for 6 at Trattoria Uno, Via Roma 1, Torino,\nat 19:00; 3 double rooms at Hotel Due, Via Po 2, Torino, 2 to 3 October 2027.';
  const [from] = proseParagraphAround(clauses, clauses.indexOf('Hotel Due'))!;
  assert.ok(clauses.slice(from).trim().startsWith('3 double rooms'));
  const listing = 'Hotel Alpha - from EUR 95 | Hotel Beta - from EUR 129 | Hotel Gamma - from EUR 140 a night\nWeekend deal 26.-28.11.2027: stay 2 nights';
  assert.equal(proseParagraphAround(listing, 0), null);
  const columns = 'Hotel:\tHotel Example\nRooms:\t2';
  assert.equal(proseParagraphAround(columns, columns.indexOf('Hotel Example')), null);
});

test('Hungarian and Croatian room and head counts', () => {
  assert.deepEqual(roomCounts('3 db kétágyas szobában').map((h) => h.value), [3]);
  assert.deepEqual(roomCounts('2 noći - 3 sobe (2 dvokrevetne + 1 jednokrevetna)').map((h) => h.value), [3]);
  assert.deepEqual(peopleCounts('vacsora 18:00 · 8 fő').map((h) => h.value), [8]);
  assert.deepEqual(peopleCounts('stol za 5 osoba').map((h) => h.value), [5]);
  assert.equal(addresses('a szállodában (1051 Budapest, Nádor utca 3.), jövő héten')[0]?.value, '1051 Budapest, Nádor utca 3');
});

test('a numbered meal line with its details in " · " segments: time, room, head count, caterer', () => {
  const text = [
    '7. Ellátás',
    '7.1. Vacsora: 19:30 óra · helyszín: backstage · 6 fő · szállítja: Kékmadár Konyha',
  ].join('\n');
  const [meal] = run(food, printed(text), show('2028-03-09', 'Pécs', 'HU')).map(values);
  assert.equal(meal!.name, 'Kékmadár Konyha');
  assert.equal(meal!.kind, 'catering');
  assert.equal(meal!.address, 'backstage');
  assert.equal(meal!.time, '19:30');
  assert.equal(meal!.guestCount, 6);
  assert.equal(meal!.date, '2028-03-09');
});

test('a Croatian restaurant word and a capitalised "Ulica" street', () => {
  const text = 'VEČERA / DINNER\nKonoba Val, Ulica Pera Kvrgića 3 - u 19:30, stol za 5 osoba.\n';
  const [meal] = run(food, extractPastedText(text), show('2028-05-12', 'Pula', 'HR')).map(values);
  assert.equal(meal!.name, 'Konoba Val');
  assert.equal(meal!.kind, 'restaurant');
  assert.equal(meal!.address, 'Ulica Pera Kvrgića 3');
});

test('a fee under its heading inside a quoted message; "fiksni honorar" is flat, "no door deal" no door split', () => {
  const text = [
    'Hi,',
    '',
    'see below.',
    '',
    'On Mon, 3 Apr 2028 at 10:00, Ana Horvat <ana@club.example.hr> wrote:',
    '> HONORAR / FEE',
    '> 1.800,00 EUR neto, fiksni honorar (no door deal).',
    '> Plaćanje: virmanom.',
  ].join('\n');
  const [d] = run(deal, extractPastedText(text)).map(values);
  assert.equal(d!.fee, 1800);
  assert.equal(d!.currency, 'EUR');
  assert.equal(d!.dealType, 'flat');
});

test('the venue written with its street address under a "SHOW" heading, also quoted', () => {
  const text = [
    'Bok,',
    '',
    'On Mon, 3 Apr 2028 at 10:00, Ana Horvat <ana@club.example.hr> wrote:',
    '> KONCERT / SHOW',
    '> Petak, 12. svibnja 2028.',
    '> Klub Sidro, Ulica Pera Kvrgića 3, 52100 Pula',
    '>',
    '> 20:00 Otvaranje vrata / doors',
  ].join('\n');
  const [g] = run(general, extractPastedText(text)).map(values);
  assert.equal(g!.venue, 'Klub Sidro');
  assert.equal(g!.address, 'Ulica Pera Kvrgića 3, 52100 Pula');
  assert.equal(g!.city, 'Pula');
});

test('Croatian prose moves the doors: the newer time, under the older message\'s printed label', () => {
  const text = [
    'Bok, jedna promjena: vrata otvaramo tek u 20:30 (ne 20:00).',
    '',
    'On Mon, 3 Apr 2028 at 10:00, Ana Horvat <ana@club.example.hr> wrote:',
    '> RASPORED / SCHEDULE',
    '> 16:00 Tonska proba / soundcheck',
    '> 20:00 Otvaranje vrata / doors',
    '> 23:00 Kraj programa / curfew',
  ].join('\n');
  const doors = scheduleItems(text, []).filter((i) => i.kind === 'doors');
  // The English gloss after the slash is a translation, not more of the name (schedule-glossed-name.ts).
  assert.deepEqual(doors, [{ name: 'Otvaranje vrata', kind: 'doors', start: '20:30' }]);
});

test('Hungarian and Croatian role words', () => {
  for (const role of ['produkciós vezető', 'menedzser', 'hangtechnikus', 'Vozač']) assert.ok(ROLE_WORDS.test(role), role);
});

const CONTRACT = [
  'amely létrejött egyrészről a',
  'Kékhegy Kulturális Kft. (székhely: 7621 Pécs, Király utca 1.; adószám:',
  '11111111-2-02; képviseli: Vass Ilona), mint Megrendelő,',
  'másrészről a Tölgy Management Bt. (székhely: 1011 Budapest, Fő utca 2.), a Zöld Ág',
  'zenekar képviseletében, mint Fellépő között az alábbi feltételekkel:',
  '',
  'A Fellépő vállalja, hogy a „Tavaszi Hangok 2028” koncertsorozat keretében koncertet ad.',
  '',
  'Kapcsolattartók',
  '',
  'A Megrendelő részéről:',
  'Varga Zsolt, produkciós vezető\t+36 30 111 2233 · varga.zsolt@kekhegy.example.hu',
  'Kiss Péter, hangtechnikus\t06 20 444 5566',
  'A Fellépő részéről:',
  'Tóth Anna, menedzser\t+36 70 777 8899 · anna@tolgy.example.hu',
].join('\n');

test('a Hungarian contract\'s parties: "X (…), mint Megrendelő"', () => {
  const parties = partiesOf(CONTRACT, linesOf({ text: CONTRACT, pages: [] }));
  assert.equal(parties.get('megrendelo'), 'Kékhegy Kulturális Kft.');
  assert.equal(parties.get('fellepo'), 'Tölgy Management Bt.');
});

test('contacts under a party heading take that party as company; "Name, role ⇥ national phone" is a contact', () => {
  const rows = run(contacts, printed(CONTRACT), show('2028-03-09', 'Pécs', 'HU')).map(values)
    .map((c) => [c.name, c.role, c.company, c.phone]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  assert.deepEqual(rows, [
    ['Kiss Péter', 'hangtechnikus', 'Kékhegy Kulturális Kft.', '+36204445566'],
    ['Tóth Anna', 'menedzser', 'Tölgy Management Bt.', '+36707778899'],
    ['Varga Zsolt', 'produkciós vezető', 'Kékhegy Kulturális Kft.', '+36301112233'],
  ]);
});

test('a series named in quotes before its Hungarian word is the event', () => {
  const [g] = run(general, printed(`${CONTRACT}\n\nIdőpont:\t2028. március 9.\nKapunyitás:\t19:00 óra`)).map(values);
  assert.equal(g!.eventName, 'Tavaszi Hangok 2028');
});
