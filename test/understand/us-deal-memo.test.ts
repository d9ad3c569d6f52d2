/**
 * An American agency's deal memo, forwarded by a manager with a change on top: a new time without
 * am/pm keeps the half of the day of the one it replaces; the ACCOMMODATION row's sentence gives the
 * lodging it names, its rooms, a "City, ST 12345" address and month-first "in 04/05, out 04/06";
 * "Dinner buyout for 4" is a buyout; a cost line of an expenses list is no meal.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { addresses, roomCounts } from '../../src/understand/sections/travel/phrases.js';
import { readStay } from '../../src/understand/sections/travel/stay.js';
import { pasted } from './helpers.js';

const MEMO = [
  'Hi Sam,',
  '',
  'Deal is done, memo below. One change: the buyer just called, they moved doors',
  'to 6:30 (memo still says 7PM). All else as per the memo.',
  '',
  'Best,',
  'Dana',
  '',
  '---------- Forwarded message ---------',
  'From: Lee Park <lee@northstar-agency.example.com>',
  'Date: Tue, Mar 7, 2028 at 2:10 PM',
  'Subject: CONFIRMED: The Lilac Tapes - Omaha, NE - Wed 4/5/28',
  'To: Dana Moss <dana@mossmgmt.example.com>',
  '',
  'ARTIST:         The Lilac Tapes',
  'DATE:           Wednesday, 04/05/2028',
  'VENUE:          The Granary Room',
  'ADDRESS:        88 Leavenworth St, Omaha, NE 68102',
  '',
  'LOAD IN:        3:00 PM',
  'DOORS:          7PM',
  'CURFEW:         11:00 PM',
  '',
  'HOSPITALITY:    Dinner buyout for 4 - $15 per person, paid at load in',
  'ACCOMMODATION:  Buyer to provide three (3) king rooms at Prairie Light Lodge, 9 Harney St, Omaha, NE 68108 - in 04/05, out 04/06. Conf # PLL-55310',
  '',
  '*** EXPENSES ***',
  '  Rent                        $ 900.00',
  '  Catering / Buyouts          $ 120.00',
  '  Insurance                   $ 150.00',
].join('\n');

test('a forwarded memo\'s "Doors 7PM" moved "to 6:30" on top is 18:30', async () => {
  const { extracted } = await understand([pasted(MEMO)]);
  assert.equal(extracted.general.doorsTime, '18:30');
});

test('the accommodation sentence gives the lodging, its rooms, a US address and month-first days', async () => {
  const { extracted } = await understand([pasted(MEMO)]);
  const [hotel] = extracted.hotels;
  assert.equal(hotel?.name, 'Prairie Light Lodge');
  assert.equal(hotel?.address, '9 Harney St, Omaha, NE 68108');
  assert.equal(hotel?.city, 'Omaha');
  assert.equal(hotel?.country, 'US');
  assert.equal(hotel?.rooms, 3);
  assert.equal(hotel?.checkInDate, '2028-04-05');
  assert.equal(hotel?.checkOutDate, '2028-04-06');
});

test('a meal buyout is named by its meal, and an expenses line is no meal', async () => {
  const { extracted } = await understand([pasted(MEMO)]);
  assert.equal(extracted.food.length, 1);
  assert.equal(extracted.food[0]?.name, 'Dinner');
  assert.equal(extracted.food[0]?.kind, 'buyout');
  assert.equal(extracted.food[0]?.guestCount, 4);
});

test('a state and ZIP end an American street address; "two (2) rooms" counts two', () => {
  assert.equal(addresses('at the inn, 12 Oak Ave, Boise, ID 83702 - two nights')[0]?.value, '12 Oak Ave, Boise, ID 83702');
  assert.equal(roomCounts('two (2) double rooms')[0]?.value, 2);
  // A dressing room's line counts no hotel room.
  assert.equal(roomCounts('Dressing room: One (1) lockable room with a mirror').length, 0);
});

test('a slashed day and month is read month first only when that is the show\'s week', () => {
  const ref = new Date('2028-08-01T12:00:00Z');
  assert.equal(readStay({ text: 'in 03/09, out 03/10', start: 0 }, ref, '2028-03-09').checkOutDate?.value, '2028-03-10');
  assert.equal(readStay({ text: 'in 03/09, out 04/09', start: 0 }, ref, '2028-09-03').checkInDate?.value, '2028-09-03');
});

test('a labelled "Name, Role, Company | phone | e-mail" row is one contact', async () => {
  const text = [
    'PURCHASER:      Bluestem Presents LLC',
    'PRODUCTION:     Maya Ruiz, Production Manager, The Granary Room | +1 402 555 0142 | prod@granaryroom.example.com',
  ].join('\n');
  const { extracted } = await understand([pasted(text)]);
  const maya = extracted.contacts.find((c) => c.name === 'Maya Ruiz');
  assert.equal(maya?.role, 'Production Manager');
  assert.equal(maya?.company, 'The Granary Room');
  assert.equal(maya?.email, 'prod@granaryroom.example.com');
});

test('"Manager, Band" in a signature: the company is the line of its own below', async () => {
  const text = [
    'Hi Sam, all set for Omaha, thanks!',
    '',
    '--',
    'Dana Moss',
    'Manager, The Lilac Tapes',
    'Moss Artist Management',
    'm. +1 402 555 0199',
    'dana@mossmgmt.example.com',
  ].join('\n');
  const { extracted } = await understand([pasted(text)]);
  const dana = extracted.contacts.find((c) => c.name === 'Dana Moss');
  assert.equal(dana?.role, 'Manager');
  assert.equal(dana?.company, 'Moss Artist Management');
});
