/** A booking engine's confirmation: one guest label per room block, its own booking number, the customer's block and the desk's signer. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

const ITALIAN = [
  'Prenotazione confermata',
  '',
  'Gentile Oskar Lindvall,',
  '',
  "grazie per aver scelto l'Albergo Torre Bianca. Le confermiamo la prenotazione qui sotto.",
  '',
  'Numero prenotazione\t5531207',
  'Arrivo\tgio 8 apr 2027 Check-in dalle ore 15:00',
  'Partenza\tsab 10 apr 2027 Check-out entro le ore 10:30',
  'Notti\t2',
  'Camere\t2',
  'Ospiti\t3 adulti',
  '',
  'Camera 1 – Singola Comfort',
  '',
  'N. conferma camera\tTB-4410',
  'Ospite\tOskar Lindvall',
  'Trattamento\tSolo pernottamento',
  '',
  'Notte\tTariffa\tPrezzo',
  'gio 08/04/2027\tStandard\t€ 110,00',
  'ven 09/04/2027\tStandard\t€ 110,00',
  '',
  'Camera 2 – Doppia Deluxe',
  '',
  'N. conferma camera\tTB-4411',
  'Ospite\tPriya Ramaswamy',
  'Trattamento\tSolo pernottamento',
  '',
  'Notte\tTariffa\tPrezzo',
  'gio 08/04/2027\tStandard\t€ 150,00',
  'ven 09/04/2027\tStandard\t€ 150,00',
  '',
  'Dati del cliente',
  '',
  'Oskar Lindvall',
  'Nordlys Touring AB',
  'oskar@nordlys.example.se',
  '+46 70 123 45 67',
  '',
  'Cordiali saluti,',
  '',
  'Marta Colombo',
  'Ufficio Prenotazioni · Albergo Torre Bianca',
  'Tel. diretto +39 045 800 1122',
  'm.colombo@torrebianca.example.it',
  '',
  'Albergo Torre Bianca',
  'Corso Porta Nuova 12, 37122 Verona (VR), Italia',
  'Tel. +39 045 800 1100',
  'info@torrebianca.example.it',
].join('\n');

test('an Italian booking engine: "Numero prenotazione" is the reference, every room block names its guest', async () => {
  const { extracted } = await understand([pasted(ITALIAN)]);
  assert.equal(extracted.hotels.length, 1);
  const [hotel] = extracted.hotels;
  assert.equal(hotel!.bookingReference, '5531207');
  assert.deepEqual(hotel!.guests, ['Oskar Lindvall', 'Priya Ramaswamy']);
  assert.equal(hotel!.rooms, 2);
});

test('the customer block under its heading is the booker, no contact; an "Ufficio …" desk is the signer\'s role at the hotel', async () => {
  const { extracted } = await understand([pasted(ITALIAN)]);
  assert.deepEqual(extracted.contacts.map((c) => [c.name, c.role, c.company]), [['Marta Colombo', 'Ufficio Prenotazioni', 'Albergo Torre Bianca']]);
});

const ENGLISH = [
  'Hotel Marlow Quay',
  '4 Harbour Road, Cobh P24 X9K2, Ireland',
  '',
  'Booking reference: MQ-77120',
  'Check-in: 3 June 2027',
  'Check-out: 5 June 2027',
  'Rooms: 2',
  '',
  'Cancellation policy',
  'Free cancellation until 48 hours before arrival. Later cancellations and no-shows are charged the first night.',
  '',
  'Payment',
  'Guaranteed by card ending 4417; nothing is charged before arrival.',
  '',
  'Your rooms',
  '',
  'Room 1 - Superior Double',
  'Rate: Flexible',
  'Guest name: Tilde Aramburu',
  '',
  'Room 2 - Twin Classic',
  'Rate: Flexible',
  'Guest name: Kofi Mensah-Barry',
  '',
  'Customer details',
  '',
  'Tilde Aramburu',
  'tilde@riverline.example.com',
  '+353 87 555 0142',
].join('\n');

test('a room heading with its type after a dash opens the room\'s block; "Customer details" heads the booker', async () => {
  const { extracted } = await understand([pasted(ENGLISH)]);
  assert.deepEqual(extracted.hotels[0]!.guests, ['Tilde Aramburu', 'Kofi Mensah-Barry']);
  assert.deepEqual(extracted.contacts, []);
});
