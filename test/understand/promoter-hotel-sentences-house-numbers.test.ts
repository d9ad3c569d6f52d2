/**
 * A promoter's mail books the hotel in one sentence (a
 * four-digit house number, the desk's national number, an agreed late check-out, breakfast hours in
 * brackets) over a "Rooms (N):" list written guests first; a bilingual pack prints the hotel's block in
 * two columns, its name in both.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { normalisePhone } from '../../src/understand/normalise/index.js';
import { addresses } from '../../src/understand/sections/travel/phrases.js';
import { agreedLateCheckOut } from '../../src/understand/sections/travel/stay-late-checkout.js';
import { roomGuests } from '../../src/understand/sections/travel/stay-room-guests.js';

const hotels = async (text: string) => (await understand([extractPastedText(text)])).extracted.hotels;

const PROMOTER_MAIL = `Hi Mia,

Show is Saturday 10 April 2027 at Eko Hall, Lagos.

Hotel is The Harbour Bay Hotel, 2210 Marina Road, Ikoyi, Lagos. Ref HBH-40021. Arriving Friday 9th (check-in from 3pm), check-out Sunday 11th: standard check-out is 11am, and the hotel agreed late check-out to 4pm for the band. Breakfast included (7 – 10am). Reception: 01 460 2233, reservations@harbourbay.example.ng.
Rooms (3):
Ada Obi – single
Ken Lee & Tom Ash – twin
Sue Park – single

Cheers,
Femi`;

test('a promoter sentence booking the hotel gives its address, desk line, late check-out, remark, rooms and guests', async () => {
  const [hotel] = await hotels(PROMOTER_MAIL);
  assert.equal(hotel?.address, '2210 Marina Road, Ikoyi, Lagos');
  assert.equal(hotel?.city, 'Lagos');
  assert.equal(hotel?.country, 'NG');
  assert.equal(hotel?.phone, '+23414602233');
  assert.equal(hotel?.email, 'reservations@harbourbay.example.ng');
  assert.equal(hotel?.checkOutTime, '16:00');
  assert.equal(hotel?.notes, 'Breakfast included (7 – 10am)');
  assert.equal(hotel?.rooms, 3);
  assert.deepEqual(hotel?.guests, ['Ada Obi', 'Ken Lee', 'Tom Ash', 'Sue Park']);
});

test('a four-digit house number is an address only before a street word', () => {
  assert.equal(addresses('at 4410 Palm Grove Crescent, Surulere, Lagos.')[0]?.value, '4410 Palm Grove Crescent, Surulere, Lagos');
  assert.equal(addresses('in 2027 Lagos Fest, Eko, Lagos.').length, 0);
});

test('a phone label after the city is no part of the address', () => {
  assert.equal(addresses('Zurriola kalea 12, 20002 Donostia Tel. 943 11 22 33')[0]?.value, 'Zurriola kalea 12, 20002 Donostia');
});

test('a national number the library cannot place takes the calling code for its trunk 0', () => {
  assert.equal(normalisePhone('01 460 2233', 'NG')?.value, '+23414602233');
  assert.equal(normalisePhone('01 460 2233', null)?.value, '014602233');
});

test('only an agreed late check-out replaces the usual hour', () => {
  const times = (text: string) => [...text.matchAll(/\d{1,2}(?::\d\d)?[ap]m/g)].map((m) => ({ index: m.index }));
  const agreed = 'usual check-out 11am, late check-out until 3pm approved';
  assert.equal(agreedLateCheckOut(agreed, times(agreed))?.index, agreed.indexOf('3pm'));
  const offered = 'check-out 11am, late check-out until 3pm on request';
  assert.equal(agreedLateCheckOut(offered, times(offered)), undefined);
});

test('a rooming line may give the guests first and the room type last', () => {
  assert.deepEqual(roomGuests('Rooms (2):\nLea Holm – single\nIb Dahl & Kai Vest – twin\n').map((g) => g.value), ['Lea Holm', 'Ib Dahl', 'Kai Vest']);
});

test('a bilingual two-column hotel block: the name in both columns still opens the block', async () => {
  const [hotel] = await hotels(`FESTIVAL PACK · PAQUETE

Show: 4 July 2027, Donostia

LOGEMENT · ALOJAMIENTO
Hotel Kaia Ostatua\tHotel Kaia Ostatua
Zurriola kalea 12, 20002 Donostia Tel. +34 943 11 22 33 · booking@kaia.example.eus\tCalle Zurriola 12, 20002 Donostia Tel. +34 943 11 22 33 · booking@kaia.example.eus
Entrada: 4 de julio desde las 15:00. Salida: 5 de julio hasta las 11:00. Con desayuno.\tEntrada: 4 de julio.
`);
  assert.equal(hotel?.address, 'Zurriola kalea 12, 20002 Donostia');
  assert.equal(hotel?.phone, '+34943112233');
  assert.equal(hotel?.email, 'booking@kaia.example.eus');
  assert.equal(hotel?.checkOutTime, '11:00');
});
