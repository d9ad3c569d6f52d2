/**
 * A web mail's reading pane copied as text: the sender's initials stand alone over their name and
 * address ("PB" over "Paul Berthet <paul@…>"). They are the avatar, not part of a name, so the sender
 * is one contact with the e-mail of that line and the phone of their signature.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from '../../src/understand/index.js';
import { isAvatarInitials } from '../../src/understand/text/webmail-chrome.js';
import { pasted } from './helpers.js';

const PANE = [
  'Répondre', 'Transférer', '...',
  'TR: Programme – NOVA RIVE @ Le Hangar – ven. 12/06',
  'Vent Clair – Tournée 2027',
  '',
  'PB',
  'Paul Berthet <paul@ventclair.example.fr>',
  'À :',
  'Anne Roy',
  'lun. 01/06/2027 10:12',
  '',
  'Salut Anne,',
  '',
  'voici la feuille de route.',
  '',
  '--',
  'Paul Berthet',
  'Booking – Vent Clair',
  '+33 6 11 22 33 44',
].join('\n');

test('the initials over a sender\'s name are the avatar: one contact with the header\'s e-mail', async () => {
  const { contacts } = (await understand([pasted(PANE)])).extracted;
  assert.deepEqual(contacts.map((c) => [c.name, c.company, c.phone, c.email]), [
    ['Paul Berthet', 'Vent Clair', '+33611223344', 'paul@ventclair.example.fr'],
  ]);
});

test('only capitals that are the next line\'s name\'s initials are an avatar', () => {
  assert.equal(isAvatarInitials('PB', 'Paul Berthet <paul@ventclair.example.fr>'), true);
  assert.equal(isAvatarInitials('OK', 'Paul Berthet <paul@ventclair.example.fr>'), false);
  assert.equal(isAvatarInitials('PB', 'Please call Paul Berthet'), false);
  assert.equal(isAvatarInitials('PB', undefined), false);
});
