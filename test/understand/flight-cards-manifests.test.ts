/**
 * Flights in three layouts: an airline e-mail heading each flight with the airline's name
 * ("UNITED-like NAME 123" over DEPART/ARRIVE lines, AM/PM, city after the code, passenger cards with
 * per-flight seats), an app's booking card (number under a "Flight" label, codes over cities), and an
 * agency's manifest table (one row per passenger per flight, leg counters like "1/2").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extract as flights } from '../../src/understand/sections/flights.js';
import { pasted } from './helpers.js';
import { run, values } from './sections/travel-fixtures.js';

const asFile = (text: string, name: string, format: ExtractedSource['format'] = 'txt'): ExtractedSource =>
  ({ ...pasted(text), name, origin: 'file', format });

test('an airline e-mail: name-and-number headings, AM/PM times, cities after codes, seats per flight', () => {
  const text = [
    'CONFIRMATION #: ZX9QWE',
    'FRIDAY, MARCH 3, 2028',
    '',
    'FINNAIR 815',
    '  DEPART\t7:10 AM\tHEL\tHelsinki, FI',
    '  ARRIVE\t8:25 AM\tARN\tStockholm, SE',
    '  Flight time 1h 15m | Airbus A320 | Main Cabin',
    '',
    'FINNAIR 816',
    '  DEPART\t6:40 PM\tARN\tStockholm, SE',
    '  ARRIVE\t9:50 PM\tHEL\tHelsinki, FI',
    '',
    'PASSENGERS',
    'RUTH KAVANAGH',
    '  Frequent flyer #: 123456789',
    '  eTicket #: 1052211334455',
    '  Seats: AY 815 - 3C\t|\tAY 816 - 4D',
  ].join('\n');
  const [out, back] = run(flights, asFile(text, 'confirmation.eml', 'eml')).map(values);
  assert.equal(out!['flightNumber'], 'AY815');
  assert.equal(out!['departureTime'], '2028-03-03T07:10');
  assert.equal(out!['fromCity'], 'Helsinki');
  assert.equal(out!['toCity'], 'Stockholm');
  assert.equal(out!['travelClass'], 'Main Cabin');
  assert.deepEqual(out!['passengers'], [{ name: 'Ruth Kavanagh', ticketNumber: '1052211334455', seat: '3C' }]);
  assert.equal(back!['departureTime'], '2028-03-03T18:40');
  assert.deepEqual((back!['passengers'] as { seat: string }[]).map((p) => p.seat), ['4D']);
});

test('an app booking card: the number under a "Flight" label, codes over their cities', () => {
  const text = [
    'Flight', '', 'SK 1467 Operated by SAS', '', '1h 10min', '09:05 10:15', '', 'CPH OSL', '',
    'Copenhagen Oslo', 'Date Cabin', '', 'Mon 6 Mar 2028 SAS Go',
  ].join('\n');
  const [f] = run(flights, asFile(text, 'screen.png')).map(values);
  assert.equal(f!['flightNumber'], 'SK1467');
  assert.equal(f!['date'], '2028-03-06');
  assert.equal(f!['fromCity'], 'Copenhagen');
  assert.equal(f!['toCity'], 'Oslo');
  assert.equal(f!['arrivalTime'], '2028-03-06T10:15');
});

test('a manifest table: passengers by surname and given name, seats, PNR and aircraft per flight row', () => {
  const text = [
    'Group list',
    'No.\tPNR\tSurname\tFirst name\tTicket\tLeg\tFlight\tFrom\tTo\tDeparture\tArrival\tSeat\tAircraft',
    '1\tAB12CD\tVarga\tLena\t081-2400000011\t1/2\tSK 1467\tCopenhagen (CPH)\tOslo (OSL)\t2028-03-06 09:05\t2028-03-06 10:15\t07A\tA320neo',
    '2\tAB12CD\tVarga\tLena\t081-2400000011\t2/2\tSK 4101\tOslo (OSL)\tBergen (BGO)\t2028-03-06 12:00\t2028-03-06 12:50\t12C\tB737-800',
    '3\tAB12CD\tOkafor\tJude\t081-2400000012\t1/2\tSK 1467\tCopenhagen (CPH)\tOslo (OSL)\t2028-03-06 09:05\t2028-03-06 10:15\t07B\tA320neo',
    '4\tAB12CD\tOkafor\tJude\t081-2400000012\t2/2\tSK 4101\tOslo (OSL)\tBergen (BGO)\t2028-03-06 12:00\t2028-03-06 12:50\t--\tB737-800',
    '',
    'Emergency line 24h-service: +45 0000 0000',
  ].join('\n');
  const found = run(flights, asFile(text, 'manifest.csv', 'csv')).map(values);
  const byNumber = new Map(found.map((f) => [f['flightNumber'], f]));
  const second = byNumber.get('SK4101')!;
  assert.equal(second['date'], '2028-03-06');
  assert.equal(second['bookingReference'], 'AB12CD');
  assert.equal(second['aircraft'], 'B737-800');
  assert.equal(second['durationMinutes'], undefined);
  assert.deepEqual(second['passengers'], [
    { name: 'Lena Varga', seat: '12C', ticketNumber: '0812400000011' },
    { name: 'Jude Okafor', ticketNumber: '0812400000012' },
  ]);
});
