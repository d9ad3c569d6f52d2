/** A hotel block whose one "Check-in / out" label stands over both ends of the stay, written the American way. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { run, show } from './sections/travel-fixtures.js';

const BLOCK = [
  'Hotel\tThe Marlow Inn',
  'Address\t400 Pine St, Portland, OR 97204',
  'Conf #\t55120934 - 3 rooms',
  'Check-in / out\tFri 10/9 4:00 PM / Sat 10/10 10:00 AM',
].join('\n');

test('"Check-in / out" gives both days and both hours, the slashed days read month first around the show', () => {
  const [hotel] = run(hotels, extractPastedText(BLOCK), show('2026-10-09', 'Portland', 'US'));
  assert.deepEqual(
    [hotel?.checkInDate?.value, hotel?.checkInTime?.value, hotel?.checkOutDate?.value, hotel?.checkOutTime?.value],
    ['2026-10-09', '16:00', '2026-10-10', '10:00'],
  );
});
