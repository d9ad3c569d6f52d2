/**
 * Ground-transport tickets and a US offer: a coach operator's stop rows under a bus line, a bilingual
 * rail ticket's "Train | Departure | Arrival" row with the travellers' seats after it, neither a
 * boarding pass; an offer's "Date of Engagement", an "Announce:" date that heads no rows, and a
 * "Versus" row that turns a flat guarantee into a guarantee against a share.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { categorise } from '../../src/understand/sections/documents.js';

const asFile = (text: string, name: string): ExtractedSource => ({ ...extractPastedText(text), name, origin: 'file' });

const COACH = [
  'ROADSTAR',
  'Booking confirmation & boarding pass',
  'Booked on 2 May 2028, 21:10',
  '',
  'Outward trip · Sun, 14 May 2028',
  'Direct · 3:05 h · Line K212 direction Lyon Perrache',
  '',
  '07:15\tUtrecht (Jaarbeurs)',
  '\tJaarbeursplein 9, 3521 AL Utrecht Bus bay 3, opposite the main entrance',
  '10:20\tLuxembourg (Kirchberg) Rue Alcide 4, 1855 Luxembourg Times are estimates.',
  '',
  'Passengers (2)',
  'Name\tType\tSeat\tExtras',
  'Mira Olsen\tAdult\t4C\t1 bulky item (cello)',
  'Ben Ture\tAdult\t4D\t—',
  '',
  'The bus departs on time. Please be at the stop 15 minutes early.',
].join('\n');

test('a coach ticket\'s two stop rows under its bus line are one transfer, the address kept and the remarks after it dropped', async () => {
  const { extracted } = await understand([asFile(COACH, 'coach.pdf')]);
  assert.deepEqual(extracted.activities.map((a) => [a.name, a.kind, a.date, a.startTime, a.endTime, a.location, a.destination]), [
    ['Bus K212', 'transfer', '2028-05-14', '07:15', '10:20', 'Utrecht (Jaarbeurs), Jaarbeursplein 9, 3521 AL Utrecht', 'Luxembourg (Kirchberg), Rue Alcide 4, 1855 Luxembourg'],
  ]);
  assert.equal(extracted.activities[0]!.notes, 'Seats 4C Mira Olsen, 4D Ben Ture');
  assert.deepEqual(extracted.flights, []);
});

test('a coach or rail ticket is no boarding pass and no flight ticket', () => {
  assert.notEqual(categorise(asFile(COACH, 'coach.pdf')), 'boarding_pass');
  assert.notEqual(categorise(asFile(RAIL, 'rail.pdf')), 'flight_ticket');
});

const RAIL = [
  'ALPRAIL · e-ticket / e-billet',
  'Booking code / Code de réservation',
  'XK4P2Q',
  'Travel date / Date du voyage',
  'Fri 19.05.2028',
  '',
  'Train / Zug\tDeparture / Départ\tArrival / Arrivée\tCoach / Voiture',
  'TGV 9215\t09:04 Genève-Cornavin Boarding closes 09:00\t12:11 Paris Gare de Lyon via Bellegarde, Mâcon\t12',
  '',
  'Travellers / Voyageurs',
  'Name\tTariff\tCoach\tSeat / Place',
  'OLSEN MIRA\tStandard\t12\t41 (window)',
  'TURE BEN\tStandard\t12\t42 (aisle)',
  '',
  'Issued 03.05.2028 18:22, online.',
].join('\n');

test('a bilingual rail ticket\'s train row holds each station after its time; boarding remarks and calling points are no part of it', async () => {
  const { extracted } = await understand([asFile(RAIL, 'rail.pdf')]);
  assert.deepEqual(extracted.activities.map((a) => [a.name, a.kind, a.date, a.startTime, a.endTime, a.location, a.destination, a.notes]), [
    ['TGV 9215', 'transfer', '2028-05-19', '09:04', '12:11', 'Genève-Cornavin', 'Paris Gare de Lyon', 'Coach 12, seats 41 OLSEN MIRA, 42 TURE BEN'],
  ]);
});

const OFFER = [
  'OFFER / DEAL MEMO',
  'HARBOR LIGHTS CONCERTS',
  'Offer date: 03/02/2028',
  '',
  'ENGAGEMENT',
  'Artist\tTHE PALE ORCHARD',
  'Date of Engagement\tSaturday, June 10, 2028',
  'Venue\tThe Ironworks',
  '',
  'DEAL',
  'Guarantee\t$2,000.00 flat guarantee',
  'Versus\tVERSUS 80% of net box office receipts after expenses, whichever is greater',
  '',
  'Gross Potential: $9,000.00 · On sale: Friday 3/10/28 10:00',
  'AM via the venue site · Announce: Wed 3/8/28',
  '',
  'SCHEDULE',
  'Load-in\t3:00 PM',
  'Doors\t7:00 PM',
  'Curfew\t11:00 PM',
].join('\n');

test('an offer\'s "Date of Engagement" is the show\'s date, and an "Announce:" date heads none of the schedule\'s rows', async () => {
  const { extracted } = await understand([asFile(OFFER, 'offer.pdf')]);
  assert.equal(extracted.general.date, '2028-06-10');
  assert.deepEqual(extracted.activities.map((a) => [a.kind, a.date, a.startTime]), [
    ['load_in', '2028-06-10', '15:00'], ['doors', '2028-06-10', '19:00'], ['curfew', '2028-06-10', '23:00'],
  ]);
});

test('a "Versus" row after a "$X flat guarantee" makes the deal a guarantee versus a percentage; a flat fee alone stays flat', async () => {
  const { extracted } = await understand([asFile(OFFER, 'offer.pdf')]);
  assert.equal(extracted.deal.fee, 2000);
  assert.equal(extracted.deal.dealType, 'guarantee_vs_percentage');
  const flat = await understand([asFile(OFFER.split('\n').filter((l) => !l.startsWith('Versus')).join('\n'), 'offer.pdf')]);
  assert.equal(flat.extracted.deal.dealType, 'flat');
});

const PAYMENT = [
  'DEAL',
  'Guarantee\t$1,800.00 guarantee',
  'Versus\tvs 80% of net receipts, whichever is greater',
  'Bonus\t$150.00 when 400 tickets are sold',
  'Merch\tArtist sells; venue keeps 15% of soft goods',
  '',
  'PAYMENT',
  'Deposit\t50% of guarantee ($900.00) due within 10 days of signing, by wire to the',
  '\tagency trust account.',
  'Balance\tBalance of guarantee paid in cash on the night of show.',
].join('\n');

test('an offer\'s "Deposit" row saying when it is due and its "Balance" row are the payment terms; its "Versus", "Bonus" and "Merch" rows the deal\'s notes', async () => {
  const { extracted } = await understand([asFile(PAYMENT, 'offer.pdf')]);
  assert.equal(extracted.deal.paymentTerms, '50% of guarantee ($900.00) due within 10 days of signing, by wire to the agency trust account. Balance of guarantee paid in cash on the night of show.');
  assert.equal(extracted.deal.depositPercent, 50);
  assert.equal(extracted.deal.notes, 'vs 80% of net receipts, whichever is greater. Bonus: $150.00 when 400 tickets are sold. Merch: Artist sells; venue keeps 15% of soft goods.');
});

const SIGNATURES = [
  'Venue\tThe Foundry',
  'Venue Address\t210 SE Water Ave, Portland, OR 97214',
  'Guarantee\t$1,200.00 guarantee',
  '',
  'PROMOTER\tACCEPTED FOR ARTIST',
  'Northgate Live LLC\tRiverbend Agency, as agent for The Pale Orchard',
  '____________________ Sam Kerr, Talent Buyer Cell: (503) 555-0121 sam@northgate.example.com\t____________________ Tia Moss, Agent Office: (212) 555-0177 tia@riverbend.example.com',
  'Production: Lee Park (503) 555-0133 · lee@northgate.example.com Date: _________\tAssistant: Jo Wynn, jo@riverbend.example.com Date: _________',
].join('\n');

test('side-by-side signature blocks are read column by column, each person working for their column\'s company', async () => {
  const { extracted } = await understand([asFile(SIGNATURES, 'offer.pdf')]);
  const people = extracted.contacts.map((c) => [c.name, c.role, c.company, c.phone, c.email]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  assert.deepEqual(people, [
    ['Jo Wynn', 'Assistant', 'Riverbend Agency', null, 'jo@riverbend.example.com'],
    ['Lee Park', 'Production', 'Northgate Live LLC', '+15035550133', 'lee@northgate.example.com'],
    ['Sam Kerr', 'Talent Buyer', 'Northgate Live LLC', '+15035550121', 'sam@northgate.example.com'],
    ['Tia Moss', 'Agent', 'Riverbend Agency', '+12125550177', 'tia@riverbend.example.com'],
  ]);
});
