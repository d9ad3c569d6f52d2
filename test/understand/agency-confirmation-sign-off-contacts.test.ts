/**
 * An agency's show confirmation e-mail: the coordinator signs off above the confirmation the message goes on to
 * paste, titled as someone's assistant ("Booking Coordinator to <agent>"), and the confirmation's contact rows run
 * a person's street address, phone and mailbox together with spaced dashes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const MAIL = [
  'From: Jamie Holt <jamie@northpeak.example.com>',
  'To: Rosa Lindgren <rosa@lakeshorelive.example.com>',
  'Subject: CONFIRMATION: The Paper Moths - Sat 5/15/27 - The Boathouse - Madison, WI',
  '',
  'Hi Rosa,',
  '',
  'Please see the confirmation below for The Paper Moths in Madison.',
  '',
  'Best,',
  '',
  'Jamie Holt',
  'Booking Coordinator to Avery Stone',
  'NORTHPEAK ARTISTS',
  '400 Main St, Suite 12 | Portland, OR 97204',
  'Direct: 503.555.0131 | Main: 503.555.0100',
  'jamie@northpeak.example.com | northpeak.example.com',
  '',
  '==============================================',
  'SHOW CONFIRMATION',
  '==============================================',
  '',
  'ENGAGEMENT',
  '----------',
  'Artist:\tThe Paper Moths',
  'Date:\tSaturday, May 15, 2027',
  'Venue:\tThe Boathouse',
  'Address:\t120 Lake St, Madison, WI 53703',
  '',
  'SCHEDULE',
  '--------',
  'Doors:\t7:00 PM',
  'The Paper Moths:\t9:00 PM',
  '',
  'CONTACTS',
  '--------',
  'Buyer:\tRosa Lindgren, Talent Buyer - Lakeshore Live LLC, 88 Park Ave, Suite 5, Madison, WI 53704 - (608) 555-0177 (cell) - rosa@lakeshorelive.example.com',
  'Responsible Agent:\tAvery Stone - Northpeak Artists - (503) 555-0142 - avery@northpeak.example.com',
].join('\n');

const contactsOf = async () => {
  const { extracted } = await understand([{ ...extractPastedText(MAIL), name: 'confirmation.eml', origin: 'file', format: 'eml' }]);
  return extracted.contacts;
};

test('a contact row running street address, phone and mailbox together with spaced dashes gives the phone', async () => {
  const buyer = (await contactsOf()).find((c) => c.name === 'Rosa Lindgren');
  assert.deepEqual([buyer?.role, buyer?.phone, buyer?.email], ['Talent Buyer', '+16085550177', 'rosa@lakeshorelive.example.com']);
});

test('a sign-off above a pasted confirmation is the signer\'s, titled without the agent they assist', async () => {
  const signer = (await contactsOf()).find((c) => c.name === 'Jamie Holt');
  assert.deepEqual([signer?.role, signer?.phone, signer?.email], ['Booking Coordinator', '+15035550131', 'jamie@northpeak.example.com']);
  assert.equal(signer?.company?.toLowerCase(), 'northpeak artists');
});
