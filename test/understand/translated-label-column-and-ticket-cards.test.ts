/**
 * A bilingual contract's three columns (English label ⇥ the label in another script ⇥ value) read the
 * value, not the translation, and such a row is no table header; an airline receipt's card leads with
 * the number and its time, the date and arrival below, the route's airports a few lines further down.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { isHeader } from '../../src/understand/text/tables.js';

const CONTRACT = [
  'ENGAGEMENT CONTRACT',
  '',
  'Show name\tشو جو نالو\tMonsoon Nights 2026',
  'Artist\tڳائڻ وارو\tCopper Finches',
  'Show date\tشو جو ڏينهن\tSunday, 12 April 2026',
  'Venue\tهال\tHarbour Theatre',
  'Doors\tداخلا\t18:45',
  '',
  '6. Production',
  '',
  'Lighting\tبتيون\tHouse rig, no haze',
  'Sound\tآواز\tHouse line array with 6 wedges',
].join('\n');

test('a label, its translation in another script and the value: the value is read', async () => {
  const { extracted } = await understand([extractPastedText(CONTRACT)]);
  const g = extracted.general;
  assert.deepEqual([g.artist, g.eventName, g.venue, g.date, g.doorsTime], ['Copper Finches', 'Monsoon Nights 2026', 'Harbour Theatre', '2026-04-12', '18:45']);
  assert.equal(extracted.technical.sound, 'House line array with 6 wedges');
  assert.equal(extracted.technical.lighting, 'House rig, no haze');
});

test('a label, its translation and its value make no table header', () => {
  assert.equal(isHeader(['Currency', 'ڪرنسي', 'PKR / رپيا']), false);
  assert.equal(isHeader(['Name', 'Role', 'Phone']), true);
});

const RECEIPT = [
  'E-ticket itinerary',
  'Reservation code\tH3VN8P',
  '',
  'Traveller',
  '1. BERGSTROM/ELIN MS\t235-7700000042',
  '',
  'Monday 13 April',
  'TK 1956\t07:10\tCabin: Business',
  '→\t11:45',
  'Mon 13 Apr 2026',
  'Amsterdam (AMS)\tIstanbul (IST)',
  'Aircraft: Airbus A321neo',
  'Duration: 3h 35m',
  '',
  'TK 708\t13:55\tCabin: Business',
  '→\t21:20',
  'Mon 13 Apr 2026',
  'Istanbul (IST)\tKarachi (KHI)',
  'Aircraft: Boeing 737 MAX 8',
  'Duration: 5h 25m',
].join('\n');

test('an e-ticket card of number and time over its date, the airports a few lines below, is a flight', async () => {
  const { extracted } = await understand([extractPastedText(RECEIPT)]);
  const flights = extracted.flights.map((f) => [f.flightNumber, f.fromAirport, f.toAirport, f.departureTime, f.arrivalTime, f.durationMinutes, f.aircraft]);
  assert.deepEqual(flights, [
    ['TK1956', 'AMS', 'IST', '2026-04-13T07:10', '2026-04-13T11:45', 215, 'Airbus A321neo'],
    ['TK708', 'IST', 'KHI', '2026-04-13T13:55', '2026-04-13T21:20', 325, 'Boeing 737 MAX 8'],
  ]);
});
