/**
 * An address a narrow cell wrapped inside its last label, a
 * letterhead's or signature's postal address read as a person, a signature name with tone marks and a
 * quoted nickname whose plain form the mail's header writes, and drivers named before or after the
 * driver's word with their number.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { normaliseEmail } from '../../src/understand/normalise/index.js';
import { withNicknames } from '../../src/understand/sections/contact-nickname.js';

const contacts = async (text: string) => (await understand([extractPastedText(text)])).extracted.contacts;
const byName = (list: { name: string | null }[], name: string) => list.find((c) => c.name === name);

test('an address wrapped inside its closing label is closed up; a word after a whole address is not joined', () => {
  assert.equal(normaliseEmail('kari@fjellfest.example.d k'), 'kari@fjellfest.example.dk');
  assert.equal(normaliseEmail('tom@larkhill.example.co. uk'), 'tom@larkhill.example.co.uk');
  assert.equal(normaliseEmail('tom@larkhill.example.com x'), null);
  assert.equal(normaliseEmail('tom@larkhill.example.de or'), null);
});

test('a crew sheet row whose address wraps at the cell end keeps the whole address', async () => {
  const text = [
    'CREW / KONTAKTUAK', 'Name\tRole\tPhone\tE-mail',
    'Kepa Urrutia\tStage manager\t+34 611 22 33 44\tkepa@harrobi.example.e us',
    'Lore Agirre\tProduction\t+34 622 33 44 55\tlore@harrobi.example.eus',
  ].join('\n');
  assert.equal(byName(await contacts(text), 'Kepa Urrutia')?.email, 'kepa@harrobi.example.eus');
});

test('a letterhead address and a hotel signature give no person', async () => {
  const text = [
    'NORTHGATE LIVE PVT. LTD. · 2nd Floor, Meridian Business Park, Salt Lake, Kolkata 700091 · Office: +91 33 4671 7700',
    '', 'Dear Ms Hale,', '', 'Our production manager is Ravi Sen, +91 98300 11223, ravi@northgatelive.example.in.', '',
    'Kind regards,', '', 'Front Desk', 'HOTEL RIO CLARO', 'Rua do Sol 12 · 4050 Porto Alto · Vila Nova',
    'T. +351 222 000 111 · frontdesk@rioclaro.example.pt',
  ].join('\n');
  const list = await contacts(text);
  assert.equal(byName(list, 'Salt Lake'), undefined);
  assert.equal(byName(list, 'Meridian Business Park'), undefined);
  assert.equal(byName(list, 'Vila Nova'), undefined);
});

test('a quoted nickname: the plain name the source writes elsewhere is kept; tone marks make no name fail', async () => {
  assert.equal(withNicknames('Olúwaṣeun "Seun" Adé\nPromoter', 'From: Olúwaṣeun Adé').trim().split('\n')[0]!.replace(/\s+/g, ' '), 'Olúwaṣeun Adé');
  assert.equal(withNicknames('Roberto "Bobby" Cruz', '').trim(), 'Bobby Cruz');
  const text = [
    'From: Ìfẹ́olúwa Balógun <ife@oriolive.example.ng>', 'To: Sam Reed <sam@reedtouring.example.co.uk>', 'Subject: Abuja advance', '',
    'Hi Sam,', '', 'Doors 7pm. Ola our driver (0813 555 0142) meets you at arrivals.', '', 'Best,', 'Ife', '', '--',
    'Ìfẹ́olúwa "Ife" Balógun', 'Promoter | Orìó Live', '0806 123 4567', 'ife@oriolive.example.ng', '12 Ogbomoso Crescent, Wuse 2, Abuja',
  ].join('\n');
  const list = await contacts(text);
  const ife = byName(list, 'Ìfẹ́olúwa Balógun');
  assert.equal(ife?.email, 'ife@oriolive.example.ng');
  assert.equal(ife?.role, 'Promoter');
  assert.equal(byName(list, 'Ola')?.role, 'driver');
  assert.equal(byName(list, 'Ola')?.phone, '+2348135550142');
});

test('drivers in a phone list and in a run sheet row: "Name (driver, …) ⇥ number", "driver is Name, number"', async () => {
  const text = [
    'Advance – Pale Rivers, Lisbon', 'Promoter: Rita Luz, +351 912 345 678, rita@sulsom.example.pt', '',
    'PHONES', 'Vasco Teles (driver, grey Vito)\t+351 913 222 111', '',
    'SAT 14', '12:30\tpick-up at LIS arrivals. driver is Duarte, +351 914 333 222', 'Nuno driver: +351 915 444 333',
    'Van driver: +351 916 555 444',
  ].join('\n');
  const list = await contacts(text);
  assert.equal(byName(list, 'Vasco Teles')?.role, 'driver');
  assert.equal(byName(list, 'Vasco Teles')?.phone, '+351913222111');
  assert.equal(byName(list, 'Duarte')?.phone, '+351914333222');
  assert.equal(byName(list, 'Nuno')?.phone, '+351915444333');
  assert.equal(byName(list, 'Van'), undefined);
});

test('a chat writer\'s "Mine +44 …" straight before the number gives their own number and address', async () => {
  const text = [
    '[03/04/2027, 10:01:12] Rana Mehta: Hi Tom, Rana here from Dhoop Live, promoting the Pune show',
    '[03/04/2027, 10:02:40] Tom Ashby: Hi Rana! Tom, TM for Lantern Yard. Thanks',
    '[03/04/2027, 10:05:03] Rana Mehta: my number is +91 98220 11223',
    '[03/04/2027, 10:06:10] Tom Ashby: Mine +44 7700 900456, tom@lanternyard.example.co.uk',
  ].join('\n');
  const tom = byName(await contacts(text), 'Tom Ashby');
  assert.equal(tom?.phone, '+447700900456');
  assert.equal(tom?.email, 'tom@lanternyard.example.co.uk');
});
