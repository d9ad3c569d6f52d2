/**
 * A club's printed day sheet: its letterhead gives the name and address on one line, a row marked
 * "*" is corrected by the footnote under the schedule, and the club's coming shows at the foot are
 * other nights.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { addresses } from '../../src/understand/sections/travel/phrases.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

const SHEET = [
  'THE LANTERN HALL\t418 Birch Ave · Tucson, AZ 85719',
  'Box Office (520) 555-0190',
  '',
  'DAY SHEET',
  'DATE:\tSaturday, May 9, 2026',
  '',
  'Load In\t3:00 PM',
  'Doors *\t8:00 PM',
  'Curfew\t11:30 PM',
  '* DOORS MOVED TO 8:15 PM per promoter. Support set unchanged.',
  '',
  'Production Mgr\tRosa Delgado\t(520) 555-0144\trosa@lanternhall.example.com',
  '',
  'UPCOMING AT THE LANTERN: Fri 5/15 Pale Orchard · Sat 5/16 Night Owl Revue (late show, doors 10 PM)',
].join('\n');

test('a row marked for a footnote takes the footnote\'s time and loses its mark', async () => {
  const x = await extracted(SHEET);
  assert.equal(x.general.doorsTime, '20:15');
  const doors = x.activities.filter((a) => a.kind === 'doors');
  assert.deepEqual(doors.map((d) => [d.name, d.startTime]), [['Doors', '20:15']]);
});

test('the club\'s coming shows at the foot of the sheet give no item of this show', async () => {
  const x = await extracted(SHEET);
  assert.equal(x.general.setTime, null);
  assert.ok(!x.activities.some((a) => a.startTime === '22:00'));
});

test('a letterhead with name and address on one line gives the venue, its address and country', async () => {
  const x = await extracted(SHEET);
  assert.equal(x.general.venue, 'The Lantern Hall');
  assert.equal(x.general.address, '418 Birch Ave, Tucson, AZ 85719');
  assert.equal(x.general.city, 'Tucson');
  assert.equal(x.general.country, 'US');
  // The address's country makes the sheet's national numbers international.
  assert.equal(x.contacts.find((c) => c.name === 'Rosa Delgado')?.phone, '+15205550144');
});

test('a US street address with a middle dot or a scan\'s dash before the city reads with a comma', () => {
  assert.equal(addresses('77 Elm St · Boise, ID 83702')[0]?.value, '77 Elm St, Boise, ID 83702');
  assert.equal(addresses('77 Elm St - Boise, ID 83702')[0]?.value, '77 Elm St, Boise, ID 83702');
  assert.equal(addresses('77 Elm St, Boise, ID 83702')[0]?.value, '77 Elm St, Boise, ID 83702');
});

test('a contacts block of "role ⇥ name ⇥ (area) number ⇥ e-mail" rows, a scan\'s merged phone and e-mail cell too', async () => {
  const x = await extracted([
    'VENUE CONTACTS',
    'Booking Agent\tWalt Osei\t(602) 555-0111\twalt@cinderclub.example.com',
    'Stage Manager\tPia Lund\t(602) 555-0122 pia@cinderclub.example.com',
  ].join('\n'));
  const byName = Object.fromEntries(x.contacts.map((c) => [c.name, c]));
  assert.equal(byName['Walt Osei']?.role, 'Booking Agent');
  assert.equal(byName['Walt Osei']?.email, 'walt@cinderclub.example.com');
  assert.match(byName['Walt Osei']?.phone ?? '', /6025550111$/);
  assert.equal(byName['Pia Lund']?.email, 'pia@cinderclub.example.com');
  assert.match(byName['Pia Lund']?.phone ?? '', /6025550122$/);
});
