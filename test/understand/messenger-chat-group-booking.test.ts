/**
 * A Messenger conversation copied from the browser ("You sent" and name heads, stamps, the client's
 * lines, a reply's quoted line) and what its later messages change: a bare soundcheck and an act's
 * line check moved, a meal recounted and placed by a map preview, the one hotel's times and phone,
 * a card line's "Name · Role · Company", an apposed "Name, jefe técnico Venue: …", "X is our runner".
 * A hotel's group booking sent as a reply: its title, the rooms' breakfast lines, its footer in
 * middle dots under a name spelt "SS" in capitals, a tax number, a signer's desk and direct line.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { read } from '../../src/understand/text/index.js';
import { categorise } from '../../src/understand/sections/documents.js';
import { withoutGloss } from '../../src/understand/sections/schedule-glossed-name.js';
import { namedRoute } from '../../src/understand/sections/schedule-routes.js';

const CHAT = [
  'Mara Oltra',
  'Active 2h ago',
  'Mara Oltra',
  "You're friends on Facebook",
  'Works at Luna Norte Shows',
  'View profile',
  '3 Mar 2027, 10:05',
  'Mara Oltra',
  'Hi Ben! Mara from Luna Norte here 😊',
  'Mara Oltra',
  'Confirmed: The Quiet Herons at Sala Brisa, sábado 15 de mayo 🙌',
  'https://tickets.lunanorte.example/e/herons',
  'tickets.lunanorte.example',
  'THE QUIET HERONS · Sala Brisa · 15.05.2027',
  'You sent',
  'great! 2.500€ guarantee as agreed?',
  'Mara Oltra',
  'Yes, 2.500€ guarantee 👍',
  'Mara Oltra reacted 👍 to your message',
  'You sent',
  'venue address?',
  'Mara Oltra',
  'Sala Brisa – Calle del Mar 12, 28001 Madrid (near the port)',
  'Mara Oltra',
  'My details:',
  'Mara Oltra · Promotora · Luna Norte Shows',
  '+34 655 111 222 · mara@lunanorte.example',
  'Seen',
  'Mon 12:10',
  'Mara Oltra',
  'deposit 30% sent today',
  'Mara Oltra sent an attachment.',
  'Transfer_receipt.pdf',
  'PDF · 60 KB',
  'You sent',
  'thanks! and the hotel?',
  'Mara Oltra',
  'NEW HOTEL: Hotel Ola Verde, Calle de la Reina 8, 28013 Madrid. 3 rooms, 15 to 16 May, ref OV-2231',
  'Mara Oltra',
  'Check in from 15h and late check out until 13:00',
  'You sent',
  'hotel number for the driver?',
  'Mara Oltra',
  '963 11 22 33 (front desk)',
  'Yesterday at 20:14',
  'Mara Oltra',
  'Sábado 15/05 – day sheet',
  '13:30 airport pick up (MAD) → Hotel Ola Verde',
  '15:00 load in',
  '16:00 soundcheck The Quiet Herons',
  '17:15 line check Sol de Mar',
  '19:00 dinner Bodega El Faro (5 pax)',
  '20:00 doors / puertas',
  '20:30 – 21:10 Sol de Mar',
  '21:40 – 22:55 The Quiet Herons',
  '23:30 curfew',
  'Mara Oltra',
  'Toni Vidal is our runner and drives the van. Su móvil: 688 333 444',
  'Mara Oltra',
  'Tech → Rosa Pla, jefe técnico Sala Brisa: 622 555 666 / tecnica@salabrisa.example',
  'You sent',
  'Dinner is 6 now incl. the driver, ok to update?',
  'Mara Oltra',
  'Done, 6 at El Faro',
  'https://maps.app.goo.gl/AbCdEf123',
  'maps.app.goo.gl',
  'Bodega El Faro · Restaurante · Carrer del Mar, 5, 28013 Madrid',
  'Today at 09:02',
  'You sent',
  'is load in at 15:00 still ok?',
  'Mara Oltra replied to you',
  'is load in at 15:00 still ok?',
  'update: load in now 16:30, your soundcheck 17:45',
  'Mara Oltra',
  'Sol de Mar line check moves to 19:20',
  'Seen by Mara Oltra at 09:10',
  'Aa',
  '',
].join('\n');

test('a Messenger chat becomes turns, dated by its full stamps, with the client\'s lines and a reply\'s quote blanked', () => {
  const reading = read(extractPastedText(CHAT));
  assert.equal(reading.turns[0]!.sender, 'Mara Oltra');
  assert.ok(reading.turns.some((t) => t.sender === 'You'));
  assert.equal(reading.turns[0]!.date?.toISOString().slice(0, 10), '2027-03-03');
  const text = reading.lines.map((l) => l.text).join('\n');
  assert.doesNotMatch(text, /Active 2h|Works at|View profile|reacted|Seen|sent an attachment|Transfer_receipt|PDF · 60|maps\.app\.goo\.gl\n|Yesterday at|Aa\n/);
  assert.equal(text.match(/is load in at 15:00 still ok\?/g)?.length, 1);
});

test('a Messenger chat\'s later messages give the final day, stay, meal and contacts', async () => {
  const { extracted } = await understand([extractPastedText(CHAT)]);
  const g = extracted.general;
  assert.equal(g.date, '2027-05-15');
  assert.equal(g.address, 'Calle del Mar 12, 28001 Madrid');
  assert.equal(g.soundcheckTime, '17:45');
  assert.equal(extracted.deal.depositPercent, 30);
  const times = (kind: string) => extracted.activities.filter((a) => a.kind === kind).map((a) => `${a.name} ${a.startTime}`);
  assert.deepEqual(times('load_in').map((t) => t.slice(-5)), ['16:30']);
  assert.deepEqual(times('soundcheck').sort(), ['Line check Sol de Mar 19:20', 'soundcheck The Quiet Herons 17:45']);
  assert.deepEqual(times('doors'), ['doors 20:00']);
  const ride = extracted.activities.find((a) => a.kind === 'transfer');
  assert.deepEqual([ride?.name, ride?.location, ride?.destination], ['airport pick up', 'MAD', 'Hotel Ola Verde']);
  assert.equal(extracted.hotels.length, 1);
  const hotel = extracted.hotels[0]!;
  assert.deepEqual([hotel.name, hotel.checkInTime, hotel.checkOutTime, hotel.phone], ['Hotel Ola Verde', '15:00', '13:00', '+34963112233']);
  assert.equal(extracted.food.length, 1);
  const meal = extracted.food[0]!;
  assert.deepEqual([meal.name, meal.kind, meal.guestCount, meal.address], ['Bodega El Faro', 'restaurant', 6, 'Carrer del Mar, 5, 28013 Madrid']);
  const contact = (name: string) => extracted.contacts.find((c) => c.name === name);
  assert.deepEqual([contact('Mara Oltra')?.role, contact('Mara Oltra')?.company], ['Promotora', 'Luna Norte Shows']);
  assert.deepEqual([contact('Toni Vidal')?.role, contact('Toni Vidal')?.phone], ['runner', '+34688333444']);
  assert.deepEqual([contact('Rosa Pla')?.role, contact('Rosa Pla')?.company], ['jefe técnico', 'Sala Brisa']);
});

test('a day sheet\'s glossed item word and a ride with its origin in brackets', () => {
  assert.equal(withoutGloss('doors / puertas'), 'doors');
  assert.equal(withoutGloss('Soundcheck / Band B'), 'Soundcheck / Band B');
  const route = namedRoute('station pick up (Hbf) → Hotel Nord');
  assert.deepEqual([route?.name.value, route?.from.value, route?.to.value], ['station pick up', 'Hbf', 'Hotel Nord']);
});

const CONFIRMATION = [
  'From: Hotel Weidenhof Kassel <booking@weidenhof.example.de>',
  'Subject: AW: Gruppenangebot 4471 - Bestätigung',
  '',
  'HOTEL WEIDENHOF KASSEL',
  'Gruppenreservierung | Group Reservations',
  'GRUPPENBESTAETIGUNG / GROUP CONFIRMATION',
  'Gruppenbuchungs-Nr. / Group booking no.: GB-4471',
  '',
  'Sehr geehrte Frau Lind,',
  'anbei die Zimmerliste.',
  '',
  'Anreise / Arrival:\tFr./Fri 08.10.2027 (ab/from 15:00 Uhr)',
  'Abreise / Departure: So./Sun 10.10.2027 (bis/until 11:00 Uhr)',
  'Zimmer / Rooms:\t2',
  '',
  'Zimmer 1\t-\tDoppelzimmer / double\t-\tBest.-Nr. 5501',
  '   Gast/Guest: Ada Brenner, Kai Lohse',
  '   08.10.2027 - 10.10.2027 | 120,00 EUR/Nacht | Frühstück: inkl.',
  '',
  'Zimmer 2\t-\tEinzelzimmer / single\t-\tBest.-Nr. 5502',
  '   Gast/Guest: Uwe Sander (Busfahrer / driver)',
  '   08.10.2027 - 10.10.2027 | 90,00 EUR/Nacht | Frühstück: exkl. (15,00 € p.P.)',
  '',
  'Mit freundlichen Grüßen',
  '',
  'Jana Roth',
  'Gruppenreservierung / Group Reservations',
  'Tel. direkt: +49 561 7788 412',
  'j.roth@weidenhof.example.de',
  '',
  'Hotel Weidenhof Kassel',
  'Am Weidenweg 3 · 34117 Kassel · Deutschland',
  'Tel. +49 561 7788 400 · Fax +49 561 7788 499',
  'booking@weidenhof.example.de',
  '',
  'Weidenhof GmbH · Geschäftsführer: Dr. Paul Grau · USt-IdNr. DE 123 456 789',
  '',
].join('\n');

test('a hotel\'s group confirmation sent as a reply is the confirmation, with every room\'s guests and its footer', async () => {
  const source = { ...extractPastedText(CONFIRMATION.split('\n\n').slice(1).join('\n\n')), format: 'eml' as const, metadata: { subject: 'AW: Gruppenangebot 4471 - Bestätigung', from: 'Hotel Weidenhof Kassel <booking@weidenhof.example.de>' } };
  assert.equal(categorise(source), 'hotel_confirmation');
  const { extracted } = await understand([source]);
  assert.equal(extracted.food.length, 0);
  const hotel = extracted.hotels[0]!;
  assert.deepEqual(hotel.guests, ['Ada Brenner', 'Kai Lohse', 'Uwe Sander']);
  assert.equal(hotel.bookingReference, 'GB-4471');
  assert.equal(hotel.address, 'Am Weidenweg 3, 34117 Kassel, Deutschland');
  assert.equal(hotel.phone, '+495617788400');
  assert.equal(hotel.email, 'booking@weidenhof.example.de');
  assert.ok(!extracted.contacts.some((c) => c.name === 'Paul Grau'));
  const jana = extracted.contacts.find((c) => c.name === 'Jana Roth');
  assert.deepEqual([jana?.role, jana?.phone], ['Gruppenreservierung / Group Reservations', '+495617788412']);
  assert.notEqual(jana?.company, 'Tel. direkt');
});
