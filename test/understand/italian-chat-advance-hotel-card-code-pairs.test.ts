/**
 * An Italian WhatsApp advance pasted as text: the run sheet's "apertura <act>" (the opening act, not the
 * doors) and "<act> sul palco" (on stage), a later message moving the soundcheck ("slitta alle …"), the
 * hotel sent as a card (name, street, "tel.") with its stay in the next message, and a flight pasted as
 * "XX123 AAA-BBB 09:55-12:40", its hyphened code pair no city.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

const CHAT = [
  '02/09/27, 09:10 - Sara Ponti: Ciao Teo! ti scrivo per il concerto di Ivo Landa sabato al Teatro Fonderia',
  '02/09/27, 09:12 - Sara Ponti: Orari',
  'get in 14:00',
  'soundcheck 16:00',
  'porte 20:00',
  'apertura Nora Belli 20:30-21:00',
  'Ivo sul palco 21:30, 80 min',
  'coprifuoco 23:45',
  '02/09/27, 09:30 - Teo Marchi: Grazie!',
  '03/09/27, 10:00 - Sara Ponti: Eccovi l\'hotel',
  '03/09/27, 10:00 - Sara Ponti: Hotel Corte Alta',
  'Via dei Mille 8, 40121 Bologna',
  'tel. 051 234 5678',
  '03/09/27, 10:01 - Sara Ponti: 2 camere, check-in sabato 4 dalle 15:00, check-out domenica 5 entro le 10:00. Conferma n. 7731-BQ',
  '03/09/27, 11:00 - Teo Marchi: Volo confermato:',
  'AZ1421 FCO-BLQ 09:55-11:00 sab 04/09',
  '03/09/27, 18:00 - Sara Ponti: novità: il soundcheck slitta alle 17:00',
  '03/09/27, 18:05 - Teo Marchi: ok',
].join('\n');

const read = async () => (await understand([pasted(CHAT)])).extracted;

test('"apertura" run into an act\'s name is the opening set; "<act> sul palco" is the set on stage', async () => {
  const x = await read();
  const sets = x.activities.filter((a) => a.kind === 'set').map((a) => `${a.name} ${a.startTime}`);
  assert.deepEqual(sets, ['Nora Belli 20:30', 'Ivo sul palco 21:30']);
  assert.equal(x.activities.filter((a) => a.kind === 'doors').length, 1);
  assert.equal(x.general.setTime, '21:30');
  assert.equal(x.general.setLengthMinutes, 80);
});

test('a later message saying the soundcheck "slitta" (slips) to a new time moves it', async () => {
  const x = await read();
  assert.equal(x.general.soundcheckTime, '17:00');
  assert.deepEqual(x.activities.filter((a) => a.kind === 'soundcheck').map((a) => a.startTime), ['17:00']);
});

test('a hotel sent as a card gives its street and phone; the next message its days, rooms and booking number', async () => {
  const [hotel] = (await read()).hotels;
  assert.equal(hotel?.name, 'Hotel Corte Alta');
  assert.equal(hotel?.address, 'Via dei Mille 8, 40121 Bologna');
  assert.equal(hotel?.phone, '0512345678');
  assert.equal(hotel?.checkInDate, '2027-09-04');
  assert.equal(hotel?.checkOutDate, '2027-09-05');
  assert.equal(hotel?.rooms, 2);
  assert.equal(hotel?.bookingReference, '7731-BQ');
});

test('a hyphened airport code pair gives no city to the arrival airport', async () => {
  const [flight] = (await read()).flights;
  assert.equal(flight?.fromAirport, 'FCO');
  assert.equal(flight?.toAirport, 'BLQ');
  assert.equal(flight?.toCity ?? null, null);
});
