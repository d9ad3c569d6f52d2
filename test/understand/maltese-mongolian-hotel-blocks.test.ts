/**
 * Mongolian and Maltese advances, second pass. Maltese addresses with their "ABC 1234"
 * postcode and no house number, a hotel block printing its name with "The", rooming lines by room type,
 * a Mongolian hotel's labelled address above its check-in, a "+" between a room's guests, Cyrillic cabins,
 * passenger names below their introduction, a deposit line opening with the deposit, a ride dated by its
 * weekday alone, and a soundcheck time someone could not give.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { placeOf } from '../../src/understand/sections/place.js';

const read = async (lines: string[]) => (await understand([extractPastedText(lines.join('\n'))])).extracted;

test('a Maltese postcode after the locality is no part of the city, and says Malta', () => {
  const place = placeOf('Triq il-Kbira, Mdina MDN 1010');
  assert.equal(place.city, 'Mdina');
  assert.equal(place.country, 'MT');
});

test('a Maltese hotel block: the name with "The", the street without a number, phone, e-mail, rooming lines by type', async () => {
  const x = await read([
    'Data: is-Sibt 12 ta\' Awwissu 2028',
    '',
    '== LUKANDA ==',
    'The Fenek Hotel',
    'Old Mill Road, Marsaskala MSK 2204',
    'Tel: +356 2133 4455 | stay@fenek.example.com',
    'Check-in: il-Ġimgħa 11 ta\' Awwissu, mis-2:00pm',
    'Kmamar: 3 (1 twin + 2 single)',
    '   Twin\t– Marco Bonnici / Rita Vella',
    '   Single – Sara Galea',
    '   Single – Paul Borg',
  ]);
  const h = x.hotels[0]!;
  assert.equal(h.address, 'Old Mill Road, Marsaskala MSK 2204');
  assert.equal(h.city, 'Marsaskala');
  assert.equal(h.country, 'MT');
  assert.equal(h.phone, '+35621334455');
  assert.equal(h.email, 'stay@fenek.example.com');
  assert.deepEqual(h.guests, ['Marco Bonnici', 'Rita Vella', 'Sara Galea', 'Paul Borg']);
});

test('a Mongolian hotel block: the labelled address and phone above the check-in are the hotel\'s', async () => {
  const x = await read([
    'Огноо: 2028 оны 9-р сарын 12',
    '',
    '==========',
    'ЗОЧИД БУУДАЛ',
    '==========',
    'Blue Sky Hotel',
    'Хаяг: Чингэлтэй дүүрэг, 4-р хороо, Энхтайвны өргөн чөлөө 17, Улаанбаатар 15160',
    'Утас: 7011-2233 · И-мэйл: info@bluesky.example.mn',
    'Ирэх: 9-р сарын 11, 14:00-аас · Гарах: 9-р сарын 13, 12:00 хүртэл',
    'Өрөө: 2',
  ]);
  const h = x.hotels[0]!;
  assert.equal(h.address, 'Чингэлтэй дүүрэг, 4-р хороо, Энхтайвны өргөн чөлөө 17, Улаанбаатар 15160');
  assert.equal(h.city, 'Улаанбаатар');
  assert.equal(h.country, 'MN');
  assert.equal(h.phone, '+97670112233');
});

test('a rooming line joining a room\'s guests with "+" names each guest', async () => {
  const x = await read([
    'Hotel: Harbour Lights Hotel',
    'Check-in: 11 September 2028',
    'Rooming: Ann Lee + Bo Ek (twin), Cy Dahl (single).',
  ]);
  assert.deepEqual(x.hotels[0]!.guests, ['Ann Lee', 'Bo Ek', 'Cy Dahl']);
});

test('a Cyrillic cabin closing a flight line, and the passengers below their introduction', async () => {
  const x = await read([
    'Ирэх: XY302 · 2028.09.11 · Сөүл (ICN) 13:10 → Улаанбаатар (UBN) 15:50 · Эконом',
    '',
    'Passenger names for the tickets (as in the passports):',
    'Ann Lee, Bo Ek, Cy Dahl',
  ]);
  const f = x.flights[0]!;
  assert.equal(f.travelClass, 'Эконом');
  assert.deepEqual(f.passengers.map((p) => p.name), ['Ann Lee', 'Bo Ek', 'Cy Dahl']);
});

test('a line opening with the deposit\'s share and going on to the balance is the payment terms', async () => {
  const x = await read([
    'Onorarju: €4,000 (flat fee)',
    'Depożitu ta\' 30% (€1,200) tħallas fl-1 ta\' Mejju 2028. Il-bilanċ b\'bank transfer wara l-ispettaklu.',
  ]);
  assert.equal(x.deal.depositPercent, 30);
  assert.match(x.deal.paymentTerms ?? '', /^Depożitu ta' 30% .*Il-bilanċ/u);
});

test('a numbered ride dated by its weekday alone takes the date of the ride above on that weekday', async () => {
  const x = await read([
    'Shuttle 1 – is-Sibt 12 ta\' Awwissu 2028, 11:15pm: Bastion Stage → Fenek Hotel',
    'Shuttle 2 – is-Sibt bil-lejl, 1:30am: Bastion Stage → Fenek Hotel – the last one.',
  ]);
  const ride = x.activities.find((a) => a.name === 'Shuttle 2');
  assert.equal(ride?.date, '2028-08-12');
  assert.equal(ride?.startTime, '01:30');
});

test('a soundcheck time someone could not give is no item', async () => {
  const x = await read([
    'Date: 12 August 2028',
    '',
    'The soundcheck we couldn\'t give you at 4pm, the stage is still being built.',
  ]);
  assert.equal(x.activities.filter((a) => a.kind === 'soundcheck').length, 0);
});

test('a Mongolian meal heading with its day, the time on a labelled line below, the restaurant labelled', async () => {
  const x = await read([
    'Огноо: 2028 оны 9-р сарын 12',
    '',
    'ХООЛ',
    'Оройн хоол – 9/11 (Даваа)',
    '  Ресторан: Цагаан Морь',
    '  Хаяг: Энхтайвны өргөн чөлөө 5, Баянзүрх дүүрэг',
    '  Цаг: 19:30 · Хүн: 8 (5 + 3)',
    '  Тэмдэглэл: Монгол хорхог.',
  ]);
  const meal = x.food.find((f) => f.name === 'Цагаан Морь');
  assert.equal(meal?.kind, 'restaurant');
  assert.equal(meal?.date, '2028-09-11');
  assert.equal(meal?.time, '19:30');
  assert.equal(meal?.guestCount, 8);
  assert.equal(meal?.notes, 'Монгол хорхог.');
  assert.equal(x.food.length, 1);
});
