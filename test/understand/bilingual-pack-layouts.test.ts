/**
 * A two-language artist pack printed to PDF: label cells that wrap their second language onto the line
 * below the value ("Igama ⇥ X" over "Name"), a stay block under a two-language heading ("Indawo yokulala
 * · Accommodation"), and a shuttle table whose flight column holds the whole flight ("SA 1142 · DUR 09:20
 * → CPT 11:35"), read from that cell and not from the ride's pick-up cells. All examples invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const read = async (lines: string[]) => (await understand([extractPastedText(lines.join('\n'))])).extracted;

test('a label cell wrapping its English half below the value takes the English label\'s key', async () => {
  const out = await read([
    'Iphakheji yamaGcisa · Artist Pack', '',
    'Ilungiselelwe\tThe Lindiwe Quartet', 'Prepared for', '',
    'Iqonga\tRiverside Hall', 'Venue', '',
    'Idilesi\t12 Long Street, Stellenbosch 7600, Western Cape', 'Address', '',
    'Umhla wokudlala\tuLwesine, 11 Matshi 2027 / Thursday 11 March 2027', 'Performance date', '',
  ]);
  assert.equal(out.general.artist, 'The Lindiwe Quartet');
  assert.equal(out.general.venue, 'Riverside Hall');
  // A South African province after the town and postcode is no city; it says South Africa.
  assert.equal(out.general.city, 'Stellenbosch');
  assert.equal(out.general.country, 'ZA');
  assert.equal(out.general.date, '2027-03-11');
});

test('a stay block under a two-language heading: its "Name" row is the lodging', async () => {
  const out = await read([
    'Indawo yokulala · Accommodation',
    'Igama\tSeaview Lodge', 'Name', '',
    'Ifowuni / I-imeyile\t+27 21 555 0199 · desk@seaview.example.co.za', 'Phone / E-mail', '',
    'Ukungena\tuLwesithathu, 10 Matshi 2027 · from 14:00', 'Check-in', '',
    'Ukuphuma\tuLwesihlanu, 12 Matshi 2027 · by 10:00', 'Check-out', '',
  ]);
  assert.equal(out.hotels.length, 1);
  assert.equal(out.hotels[0]!.name, 'Seaview Lodge');
  assert.equal(out.hotels[0]!.phone, '+27215550199');
  assert.equal(out.hotels[0]!.email, 'desk@seaview.example.co.za');
  assert.equal(out.hotels[0]!.checkInDate, '2027-03-10');
  assert.equal(out.hotels[0]!.checkOutDate, '2027-03-12');
});

test('a shuttle row\'s flight cell gives the flight\'s route and times, not the pick-up\'s', async () => {
  const out = await read([
    'Shuttle schedule',
    'Date\tPickup\tFrom\tTo\tAct\tFlight',
    'Wed 10 Mar 2027\t12:05\tCPT Arrivals\tSeaview Lodge\tThe Lindiwe Quartet (4)\tSA 1142 · DUR 09:20 → CPT 11:35',
    'Fri 12 Mar 2027\t13:30\tSeaview Lodge\tCPT Departures\tThe Lindiwe Quartet (4)\tSA 1149 · CPT 16:10 → DUR 18:25',
  ]);
  assert.deepEqual(out.flights.map((f) => [f.flightNumber, f.fromAirport, f.toAirport, f.departureTime, f.arrivalTime]), [
    ['SA1142', 'DUR', 'CPT', '2027-03-10T09:20', '2027-03-10T11:35'],
    ['SA1149', 'CPT', 'DUR', '2027-03-12T16:10', '2027-03-12T18:25'],
  ]);
});
