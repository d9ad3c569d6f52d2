/**
 * A Lao venue's advance sheet. Labels and table headers are Lao only; dates are written
 * in the Buddhist era ("12.06.2571"), some in Lao digits; cells give a Lao text and its English after
 * a slash or in brackets; a contact's name is in Lao script with its Latin spelling in brackets.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { latinDigits } from '../../src/understand/text/native-digits.js';
import { withChristianEraDates } from '../../src/understand/text/buddhist-era-dates.js';
import { labelKey } from '../../src/understand/text/lexicon.js';
import { normaliseDate } from '../../src/understand/normalise/index.js';
import { venueNameOf } from '../../src/understand/sections/venue-value.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('Lao digits are read as ASCII digits, the same length', () => {
  const text = '໑໒.໐໖.໒໕໗໑ ໑໘:໔໕';
  assert.equal(latinDigits(text), '12.06.2571 18:45');
});

test('a numeric date with a Buddhist-era year is the A.D. year 543 earlier', () => {
  // Only in Thai or Lao paperwork, read through its A.D. copy (text/buddhist-era-dates.ts).
  assert.equal(normaliseDate(withChristianEraDates(extractPastedText('ວັນທີ 12.06.2571')).text), '2028-06-12');
  assert.equal(normaliseDate('12/06/2028'), '2028-06-12');
});

test('Lao labels have their keys, "ໝ" and "ຫມ" spelled alike', () => {
  assert.equal(labelKey('ເຊັກອິນ'), 'check_in');
  assert.equal(labelKey('ໝາຍເຫດ'), 'notes');
  assert.equal(labelKey('ຫມາຍເຫດ'), 'notes');
  assert.equal(labelKey('ລະຫັດຈອງ'), 'booking_reference');
});

test("a venue's name drops its spelling in the local script and the room after a comma", () => {
  assert.equal(venueNameOf('Riverbank Hall (ຫໍແມ່ນໍ້າ), upstairs room'), 'Riverbank Hall');
  assert.equal(venueNameOf('Riverbank Hall, Pakse'), 'Riverbank Hall');
});

const SHEET = [
  'ເອກະສານກະກຽມ — THE PAPER BOATS · Riverbank Nights',
  '',
  'ສິລະປິນ\tThe Paper Boats',
  'ວັນທີ\t໑໒.໐໖.໒໕໗໑',
  'ສະຖານທີ່\tRiverbank Hall (ຫໍແມ່ນໍ້າ), upstairs room',
  '',
  'ຖ້ຽວບິນ\tວັນທີ\tຈາກ → ຫາ\tອອກ\tຮອດ\tລະຫັດຈອງ',
  'QV 311\t11.06.2571\tBangkok (BKK) → Pakse (PKZ)\t09:10\t10:25\tKT4P9W',
  '',
  'ໂຮງແຮມ\tHotel Jasmine Garden',
  'ໂທ / ອີເມວ\t031 212 777 · stay@jasmine.example.la',
  'ເຊັກອິນ\t11.06.2571 ຈາກ ໑໔:໐໐ ໂມງ',
  'ເຊັກເອົາ\t13.06.2571',
  '',
  'ຊື່\tຫນ້າທີ່\tໂທລະສັບ\tອີເມວ',
  'ນາງ ວັນນາ ແກ້ວສີ (Vanna Keosy)\tຜູ້ຈັດການ / Stage manager\t020 7711 4455\tvanna@riverbank.example.la',
  '',
].join('\n');

test('a Lao sheet: Buddhist-era dates, a flight table with its booking column, the hotel and a contact in two scripts', async () => {
  const e = await extracted(SHEET);
  assert.equal(e.general.date, '2028-06-12');
  assert.equal(e.general.venue, 'Riverbank Hall');
  assert.equal(e.flights[0]?.date, '2028-06-11');
  assert.equal(e.flights[0]?.bookingReference, 'KT4P9W');
  const hotel = e.hotels[0]!;
  assert.equal(hotel.checkInDate, '2028-06-11');
  assert.equal(hotel.checkOutDate, '2028-06-13');
  assert.equal(hotel.email, 'stay@jasmine.example.la');
  assert.ok(hotel.phone);
  const vanna = e.contacts.find((c) => c.email === 'vanna@riverbank.example.la')!;
  assert.equal(vanna.name, 'Vanna Keosy');
  assert.equal(vanna.company, null);
});
