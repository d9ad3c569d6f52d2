/** A hotel's booking page printed to paper: the room table's guests and count, the check-out hour beside the page's other column. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { run, show } from './sections/travel-fixtures.js';

const PAGE = [
  'Your booking is confirmed',
  'Booking reference: QT-22871',
  'Your stay\tCasa do Largo Hotel',
  'Check-in\tSaturday, 11 April 2026\tfrom 14:00\tRua do Almada 12',
  'Check-out\tSunday, 12 April 2026\tby 11:00\tPorto, Portugal',
  '',
  'Room\tRoom type\tGuest(s)\tRate plan\tPrice',
  '1\tSuperior Double\tInês Carvalho\tRoom only\tEUR 140.00',
  '2\tSuperior Twin\tRui Matos, Tiago Neves\tRoom only\tEUR 150.00',
].join('\n');

test('a room table\'s header of five columns is no pair of labels: its rows give the guests and the rooms', () => {
  const [hotel] = run(hotels, extractPastedText(PAGE), show('2026-04-11', 'Porto', 'PT'));
  assert.deepEqual(hotel?.guests?.map((g) => g.value), ['Inês Carvalho', 'Rui Matos', 'Tiago Neves']);
  assert.equal(hotel?.rooms?.value, 2);
});

test('"by 11:00" in a cell with the page\'s other column after it is the check-out hour', () => {
  const [hotel] = run(hotels, extractPastedText(PAGE), show('2026-04-11', 'Porto', 'PT'));
  assert.deepEqual([hotel?.checkInTime?.value, hotel?.checkOutTime?.value], ['14:00', '11:00']);
});
