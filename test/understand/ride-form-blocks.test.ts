/**
 * A ride written as a block of labelled rows under its heading (sections/schedule-ride-form.ts): a
 * two-language heading and labels whose halves a slash parts. All examples invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

test('a labelled road transfer under a two-language heading is one ride', async () => {
  const { extracted: out } = await understand([pasted([
    'Date\t2031-12-12',
    'Venue\tGodavari Kala Kendra',
    '',
    'प्रवास / ROAD TRANSFER KOLHAPUR → NASHIK',
    'दिनांक / Date\t2031-12-11',
    'कुठून / From\tHotel Panchganga, Kolhapur',
    'निघण्याची वेळ / Depart\tस. ६.४५',
    'अंदाजे पोहोचणे / ETA\tदु. २.१०',
    'कुठे / To\tHotel Trimbak View, Nashik',
    'टीप / Note\tone stop for lunch at Satara',
  ].join('\n'))]);
  const ride = out.activities.find((a) => a.kind === 'transfer');
  assert.equal(ride?.date, '2031-12-11');
  assert.equal(ride?.startTime, '06:45');
  assert.equal(ride?.endTime, '14:10');
  assert.equal(ride?.location, 'Hotel Panchganga, Kolhapur');
  assert.equal(ride?.destination, 'Hotel Trimbak View, Nashik');
  assert.equal(ride?.notes, 'one stop for lunch at Satara');
});
