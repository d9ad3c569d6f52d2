/**
 * A printed contract run through a scanner: OCR reads dust and table rules at a line's edge as lone marks
 * (" :", " |", " i :", ": " before a clause, a doubled colon after a label, a speck after a remark's bracket).
 * They are no part of the values; a clause wrapped after a number in brackets ("three (3)") goes on.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ExtractedSource } from '../../src/interfaces.js';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

const scan = (text: string): ExtractedSource => ({
  ...pasted(text), name: 'SCAN_0042.pdf', origin: 'file', mimeType: 'application/pdf', format: 'pdf',
  ocr: { used: true, meanConfidence: 81 },
});

const contract = [
  'RIVERSIDE PROMOTIONS LTD Contract No. RP-0311',
  'PERFORMANCE AGREEMENT',
  '1. ENGAGEMENT',
  'Artist: Copper Lanterns',
  'Venue: The Old Granary :',
  'Address: 9 Wharf Road, Leeds LS1 4BT, United Kingdom :',
  'Date: Saturday 12 June 2027',
  '2. SCHEDULE |',
  'Load-in: 14:00 (side door, Canal Lane) IE',
  'Doors: 19:00',
  '3. FEE',
  ': Fee: £2,800.00 guarantee |',
  '+ versus seventy percent (70%) of net door receipts, whichever is the greater.',
  'Deal type: Guarantee vs percentage i :',
  'Payment: : Balance payable by bank transfer within five (5)',
  'working days of the performance against the Artist\'s invoice.',
].join('\n');

test('lone marks at a scanned line\'s edge are no part of its value', async () => {
  const x = (await understand([scan(contract)])).extracted;
  assert.equal(x.general.venue, 'The Old Granary');
  assert.equal(x.general.city, 'Leeds');
  assert.equal(x.deal.fee, 2800);
  assert.equal(x.deal.dealType, 'guarantee_vs_percentage');
  const loadIn = x.activities.find((a) => a.kind === 'load_in');
  assert.equal(loadIn?.notes, 'side door, Canal Lane');
});

test('a clause wrapped after a number in brackets goes on to its end', async () => {
  const x = (await understand([scan(contract)])).extracted;
  assert.equal(x.deal.paymentTerms, 'Balance payable by bank transfer within five (5) working days of the performance against the Artist\'s invoice.');
});

test('a French label\'s spaced colon closing its line is kept on a scan', async () => {
  const x = (await understand([scan(['CONTRAT DE CESSION', 'Lieu :', 'La Cartonnerie', 'Date : 12 juin 2027'].join('\n'))])).extracted;
  assert.equal(x.general.venue, 'La Cartonnerie');
});

test('a hotel clause ends at the next numbered clause, and a hyphenated reservation label gives its number', async () => {
  const x = (await understand([scan([
    contract,
    '5. HOSPITALITY',
    '5.3 Hotel: two (2) twin rooms at the Quayside Hotel, 4 Dock Street, Leeds LS10 1JF, for the night of 12 June 2027.',
    'Check-in from 14:00; check-out 13 June 2027 by 11:00. Reservation-no. QH-5521.',
    '6. ADDITIONAL TERMS :',
    '6.1 Artist shall sell own merchandise; no venue commission on merchandise.',
  ].join('\n'))])).extracted;
  assert.equal(x.hotels.length, 1);
  assert.equal(x.hotels[0]?.bookingReference, 'QH-5521');
  assert.equal(x.hotels[0]?.notes ?? null, null);
});

test('a contact clause whose comma carries on to the next line takes the e-mail opening it, not the sentence after', async () => {
  const x = (await understand([scan([
    contract,
    'Venue production contact: Rhys Dalton (Production Manager), 07700 900733,',
    'rhys@oldgranary.example.co.uk. Box office (no advancing): 0113 496 0100.',
  ].join('\n'))])).extracted;
  const rhys = x.contacts.find((c) => c.name === 'Rhys Dalton');
  assert.equal(rhys?.email, 'rhys@oldgranary.example.co.uk');
  assert.equal(rhys?.role, 'Production Manager');
});
