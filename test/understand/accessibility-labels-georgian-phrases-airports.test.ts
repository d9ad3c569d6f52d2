/**
 * A short label of another language that is an English acronym in capitals, a role
 * after a dash in a contacts table's name column, Georgian phrases that name a thing rather than a
 * person, and an airport code that is also a currency before a route's arrow or dash.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { looksLikePersonName } from '../../src/understand/sections/people.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('"ADA:" in capitals is the accessibility line, not the Swahili fee label', async () => {
  const x = await extracted(['Venue: The Copper Kiln, Bristol', 'ADA: 6 wheelchair spaces, 420 seats', 'Fee: 2,750 USD'].join('\n'));
  assert.equal(x.deal.fee, 2750);
  assert.equal(x.deal.currency, 'USD');
  // Written as a label in Swahili, "Ada" is still the fee.
  const sw = await extracted(['Ukumbi: Ukumbi wa Mwamba, Arusha', 'Tarehe: 14 Machi 2028', 'Ada: 3,200 USD'].join('\n'));
  assert.equal(sw.deal.fee, 3200);
});

test('a role after a dash in a contacts table\'s name column is the role, no company', async () => {
  const x = await extracted([
    'Name\tPhone\tE-mail',
    'Mira Olsen – Tour Manager\t+44 7700 900311\tmira@example.com',
    'Teo Lind – FOH Engineer\t+44 7700 900422\tteo@example.com',
  ].join('\n'));
  const byName = Object.fromEntries(x.contacts.map((c) => [c.name, c]));
  assert.equal(byName['Mira Olsen']?.role, 'Tour Manager');
  assert.equal(byName['Mira Olsen']?.company ?? null, null);
  assert.equal(byName['Teo Lind']?.role, 'FOH Engineer');
  assert.equal(byName['Teo Lind']?.company ?? null, null);
  // A firm after the dash stays the company.
  const firms = await extracted([
    'Name\tPhone\tE-mail',
    'Rut Haller – Brückenwerk Booking\t+49 170 5550142\trut@example.de',
    'Ola Vik – Nordfjell Productions\t+47 912 34 567\tola@example.no',
  ].join('\n'));
  const firmByName = Object.fromEntries(firms.contacts.map((c) => [c.name, c]));
  assert.equal(firmByName['Rut Haller']?.company, 'Brückenwerk Booking');
  assert.equal(firmByName['Ola Vik']?.company, 'Nordfjell Productions');
});

test('Georgian phrases naming a hotel, an item or a hall are no person\'s name', () => {
  // "Hotel Mtatsminda", "sound check", "concert hall", "doors opening".
  for (const phrase of ['სასტუმრო მთაწმინდა', 'ხმის შემოწმება', 'საკონცერტო დარბაზი', 'კარების გახსნა']) {
    assert.equal(looksLikePersonName(phrase), false, phrase);
  }
  assert.equal(looksLikePersonName('თამარ ლომიძე'), true);
});

test('a Georgian hotel line in a contacts block gives no contact', async () => {
  const x = await extracted(['კონტაქტები:', 'სასტუმრო მთაწმინდა – +995 32 255 7788', 'თამარ ლომიძე – პრომოუტერი – +995 599 44 33 22'].join('\n'));
  assert.ok(!x.contacts.some((c) => /სასტუმრო/.test(c.name)), JSON.stringify(x.contacts.map((c) => c.name)));
  assert.ok(x.contacts.some((c) => c.name === 'თამარ ლომიძე'));
});

test('an airport code that is also a currency reads as the airport before a route\'s arrow or dash', async () => {
  for (const route of ['STN → OPO', 'STN - OPO', 'STN-OPO']) {
    const x = await extracted(`FR 4821 ${route}, 19 Nov 2027, dep 07:05 arr 10:20`);
    assert.equal(x.flights[0]?.fromAirport, 'STN', route);
    assert.equal(x.flights[0]?.toAirport, 'OPO', route);
  }
  const back = await extracted('FR 4822 OPO-STN, 21 Nov 2027, dep 11:00 arr 14:05');
  assert.equal(back.flights[0]?.fromAirport, 'OPO');
  assert.equal(back.flights[0]?.toAirport, 'STN');
});
