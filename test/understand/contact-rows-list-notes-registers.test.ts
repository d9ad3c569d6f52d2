/** Contacts: a headless contact list's rows each their own person, a note list's items their own sentences, a register number no person. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { extract as contacts } from '../../src/understand/sections/contacts.js';
import { extract as technical } from '../../src/understand/sections/technical.js';
import { run, values } from './sections/travel-fixtures.js';

const names = (text: string) => run(contacts, extractPastedText(text)).map((d) => [d.name?.value, d.role?.value ?? null, d.company?.value ?? null, d.phone?.value ?? null]);

test('a row under a role label is no detail of the person on the row above', () => {
  const sheet = [
    '1. Contacts',
    'Tour manager\tEva Lind\t+46 70 111 22 33\teva@harbourfolk.example.se',
    'Sound / FOH\tPer Holm\t+46 70 444 55 66\tper@harbourfolk.example.se',
    '',
    '2. Stage',
    'Minimum 6 x 4 m.',
  ].join('\n');
  assert.deepEqual(names(sheet), [
    ['Eva Lind', 'Tour manager', null, '+46701112233'],
    ['Per Holm', 'Sound / FOH', null, '+46704445566'],
  ]);
});

test("a note list's item ends the sentence of the item above it", () => {
  const notes = [
    'Notes for Saturday',
    '- Pick-up 11:00 at the station, driver Jonas Berg +46 70 777 88 99',
    '- Maja 070 123 45 67',
  ].join('\n');
  assert.deepEqual(names(notes)[0], ['Jonas Berg', 'Driver', null, '+46707778899']);
});

test('a company register number in a footer is no person with a phone', () => {
  const footer = 'Hotel Solvik – Solvik Hotels Oy – Business ID 1234567-8 – Domicile Turku. Questions: desk@solvik.example.fi';
  assert.deepEqual(names(footer), []);
});

test('a rider\'s "We bring" section is the equipment the band brings', () => {
  const rider = [
    'HARBOUR FOLK – Technical Rider 2028', '', '1. Stage', 'Minimum 6 x 4 m, drum riser 2 x 2 m.', '', '2. Backline', '1 x bass amp with 4x10 cabinet.', '',
    '3. We bring', 'Our own guitars, a keyboard and in-ear systems.', '', '4. Lighting', 'The house rig is fine.',
  ].join('\n');
  const [draft] = run(technical, extractPastedText(rider));
  assert.equal(values(draft!).equipment, 'Our own guitars, a keyboard and in-ear systems.');
});
