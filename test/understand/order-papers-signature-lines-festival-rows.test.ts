import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { categorise } from '../../src/understand/sections/documents.js';
import { segmentsIn } from '../../src/understand/sections/travel/segments.js';
import { scheduleItems } from './helpers.js';
import { contactRows } from './sections/travel-fixtures.js';

const attached = (name: string, text: string): ExtractedSource => ({ ...extractPastedText(text), name, origin: 'file' });

const ORDER = [
  'FABRIKA PRINT · Industrieweg 4 · 5611 Eindhoven · Tel. +31 40 555 0100',
  'Order confirmation No. FP-2027-0815 Date: 13/09/2027 Customer: Paper Moths Touring Ltd',
  '',
  'Pos.\tArticle\tQty\tUnit EUR\tTotal EUR',
  '1\tT-shirt black, front print\t200\t7.50\t1,500.00',
  'Subtotal 1,500.00 · VAT 21 % 315.00 · Total EUR 1,815.00',
  '',
  'Delivery: Thursday 14 October 2027, 10:00 – 13:00, c/o Zaal Noord, loading bay',
  'Receiver on site: Kim Vos (merch), +44 7700 900 123',
  'This is an order confirmation, not an invoice. The invoice is issued on dispatch.',
  'IBAN NL00 BANK 0123 4567 89 · BIC BANKNL2A',
  '',
  'Your contact',
  'Ruth Maas, Key Account Manager · +31 40 555 0101 · ruth.maas@fabrika.example.nl',
].join('\n');

test('an order confirmation that says it is no invoice is none; a proforma stays an invoice', () => {
  assert.equal(categorise(attached('FP_order.pdf', ORDER)), 'other');
  assert.equal(categorise(attached('Proforma.pdf', 'PROFORMA-RECHNUNG Nr. PR-1\nkeine Rechnung im Sinne des UStG\nMwSt. 10 %\nIBAN AT00 1234\nZu zahlen bis 01.11.2027')), 'invoice');
});

test('a supplier\'s order confirmation gives no show: no issue date, and its two people are no contacts', async () => {
  const { extracted } = await understand([attached('FP_order.pdf', ORDER)]);
  assert.equal(extracted.general.date, null);
  assert.deepEqual(extracted.contacts, []);
});

test('prose reads a capitalised job title as the person\'s title, and a signature\'s lines apart', () => {
  assert.deepEqual(contactRows('Your contact\nRuth Maas, Key Account Manager · +31 40 555 0101 · ruth.maas@fabrika.example.nl'),
    [['Ruth Maas', 'Key Account Manager', null, '+31405550101', 'ruth.maas@fabrika.example.nl']]);
  assert.deepEqual(contactRows('See you at the beach!\n\nAnna Lund\nArtist Relations - Nordlys Festival ApS\n+45 31 62 48 07 - anna@nordlys.example.dk'),
    [['Anna Lund', 'Artist Relations', 'Nordlys Festival ApS', '+4531624807', 'anna@nordlys.example.dk']]);
  // A festival's dates in its heading ("2027 - 15.-17. JULY") are no phone number.
  assert.deepEqual(contactRows('NORDLYS FESTIVAL 2027 - 15.-17. JULY - HAVSTRAND', 'DK'), []);
});

test('a "Role / Company" column gives the role and, after its separator, the company', () => {
  assert.deepEqual(contactRows([
    'Name\tRole / Company\tMobile',
    'Ben Ory\tProduction Manager · Halle Nord\t+49 160 5550123',
  ].join('\n')), [['Ben Ory', 'Production Manager', 'Halle Nord', '+491605550123', null]]);
});

test('two flights on one line each keep their own day, route and times; a dotted day is no clock time', () => {
  const segments = segmentsIn('Flights\tEI 652 Sat 20.11.2027 DUB 07:10 → CGN 10:00 · EI 655 Sun 21.11.2027 CGN 11:35 → DUB 12:25\n', null);
  assert.deepEqual(segments.map((s) => [s.flightNumber.value, s.date?.value, s.from?.value, s.to?.value, s.departure?.value, s.arrival?.value]), [
    ['EI652', '2027-11-20', 'DUB', 'CGN', '07:10', '10:00'],
    ['EI655', '2027-11-21', 'CGN', 'DUB', '11:35', '12:25'],
  ]);
});

test('festival labels: gates are the doors, a day in brackets leaves the name, a place after the comma is the location, a support cell names its act', () => {
  assert.deepEqual(scheduleItems([
    'Day:\tFriday 16 July 2027',
    'Festival gates (Friday): 14:00',
    'Get-in:\t19:30, Side Door B',
    'Your show:\t21:15 - 22:30, Harbour Stage (75 min)',
    'Curfew:\t23:00, Anwohnerschutz',
  ].join('\n'), ['location']), [
    { name: 'Festival gates', kind: 'doors', start: '14:00' },
    { name: 'Get-in', kind: 'load_in', start: '19:30', location: 'Side Door B' },
    { name: 'Your show', kind: 'set', start: '21:15', location: 'Harbour Stage' },
    { name: 'Curfew', kind: 'curfew', start: '23:00' },
  ]);
  // A table's "Support: Kolonie" cell names the act after the slot's label; "Kolonie (support)" keeps its bracket (schedule-item-cells.test.ts).
  assert.deepEqual(scheduleItems('Time\tWhat\n20:15\tSupport: Kolonie\n21:30\tPaper Moths', ['support']), [
    { name: 'Kolonie', kind: 'set', start: '20:15', support: true },
    { name: 'Paper Moths', kind: 'set', start: '21:30' },
  ]);
});

test('a mail whose HTML marks up a reservation is a confirmation, however it greets', () => {
  const html = '<script type="application/ld+json">{"@context":"http://schema.org","@type":"EventReservation","reservationNumber":"A-1",'
    + '"reservationFor":{"@type":"MusicEvent","name":"Nordlys 2027","startDate":"2027-07-16T21:15:00+02:00","location":{"@type":"Place","name":"Havstrand"}}}</script>';
  const body = 'Hej Paper Moths,\n\nyour slot is confirmed.\nGet-in: 19:30\nLine check: 20:40\nArtist shuttle every 20 minutes.';
  const mail: ExtractedSource = { ...attached('slot.eml', body), format: 'eml', html, metadata: { subject: 'Your slot', from: 'Artist Desk <artists@nordlys.example.dk>' } };
  assert.equal(categorise(mail), 'itinerary');
  assert.equal(categorise({ ...mail, html: null }), 'other');
});

test('when documents disagree on the set time, the losing source\'s plainly named set goes with it', async () => {
  const contract = attached('Agreement.txt', 'PERFORMANCE AGREEMENT\nArtist: Paper Moths\nDate: 20.11.2027\nVenue: Halle Nord, Köln\nFee: EUR 2,000\nPerformance: 21:00 (75 minutes)');
  const sheet = attached('Daysheet.txt', 'DAY SHEET\nArtist: Paper Moths\nDate: 20.11.2027\nVenue: Halle Nord, Köln\nDoors: 19:30\nSet: 21:30 - 22:45');
  const { extracted } = await understand([contract, sheet]);
  assert.equal(extracted.warnings.filter((w) => w.code === 'conflict').length, 1);
  assert.deepEqual(extracted.activities.filter((a) => a.kind === 'set').map((a) => a.startTime), [extracted.general.setTime]);
});
