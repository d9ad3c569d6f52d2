/**
 * Travel readers kept to what they mean: a locator in a row's last cell only under a last reference
 * column (and never a status or a city), old/new flight headings that are headings and no sentences,
 * a booking's part starting at its locator's line, a seat line whose flight's designator looks like
 * a seat, and a flight line's city written with its capital, by any of the data's names for it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { airportCodesForCity, cityNames } from '../../src/reference/index.js';
import { itineraryColumnsAbove, rowLocator } from '../../src/understand/sections/travel/itinerary-header.js';
import { oldFlightSections } from '../../src/understand/sections/travel/superseded-lines.js';
import { bookingSections, sectionAt } from '../../src/understand/sections/travel/booking-sections.js';
import { passengersIn } from '../../src/understand/sections/travel/passengers.js';
import { cityOnFlightLine } from '../../src/understand/sections/travel/line-cities.js';

test('a locator column before a status column: the status in the last cell is no locator', () => {
  const header = 'Date\tFlight\tFrom\tTo\tAirline ref\tStatus\n';
  const row = '12/05/2027\tXY 1402\tLisbon (LIS)\tPorto (OPO)\tISSUED';
  const columns = itineraryColumnsAbove(header + row, header.length)!;
  assert.deepEqual([columns.reference, columns.referenceLast], [true, false]);
  assert.equal(rowLocator(row, 0, columns.referenceLast), undefined);
  const last = itineraryColumnsAbove(`Date  Flight  From  To  PNR\n${row}`, 28)!;
  assert.deepEqual([last.reference, last.referenceLast], [true, true]);
  // Under a last reference column, a status or a city in the last cell is still none.
  assert.equal(rowLocator('12/05/2027\tXY 1402\tLIS\tOPO\tISSUED', 0, true), undefined);
  assert.equal(rowLocator('12/05/2027\tXY 1402\tOPO\tLONDON', 0, true), undefined);
  assert.equal(rowLocator('12/05/2027\tXY 1402\tLIS\tOPO\tHQWZRT', 0, true)?.value, 'HQWZRT');
  assert.equal(rowLocator('12/05/2027\tXY 1402\tLIS\tOPO\tHQWZRT', 0), undefined);
});

test('a sentence opening with "Cancelled flights" or "New flight" is no old or new flight heading', () => {
  const notice = [
    'Cancelled flights are refunded within 7 days of the request.',
    'Flight: XY 1402  Lisbon - Porto  07:10',
    'New flight times are shown in local time.',
  ].join('\n');
  assert.deepEqual(oldFlightSections(notice), []);
  const change = ['ORIGINAL FLIGHT  (no longer operating)', 'Flight: XY 1402', 'Your new flight details', 'Flight: XY 1408'].join('\n');
  assert.deepEqual(oldFlightSections(change), [[0, change.indexOf('Your new flight')]]);
});

test("a booking's part starts at its locator's line: a flight written before the locator on it is the part's", () => {
  const text = ['CREW - PNR KX4T2P', 'SK 1467 OSL-CPH 12NOV', 'SK 2864 BGO-CPH 13NOV - PNR QW7R2D'].join('\n');
  const flights = [text.indexOf('SK 1467'), text.indexOf('SK 2864')];
  const sections = bookingSections(text, flights);
  assert.deepEqual(flights.map((at) => sectionAt(sections, at)?.reference.value), ['KX4T2P', 'QW7R2D']);
});

test("a seat line whose flight's designator looks like a seat pairs its one seat with the flight", () => {
  const [p] = passengersIn('Ana Lee  123-4567890123\nSeat 9F 123: 12A\n');
  assert.equal(p!.seatsByFlight?.get('9F123')?.value, '12A');
  // A party's seats on one flight stay a party's.
  const [q] = passengersIn('Ana Lee  123-4567890123\nSeats 9F 123: 12A 12B\n');
  assert.equal(q!.seatsByFlight, undefined);
});

test("a flight line's city is a capitalised word, by any of the data's names for it", () => {
  const at = (line: string, code: string) => cityOnFlightLine(line, 0, code)?.value;
  assert.equal(at('XY 123  a nice view – Split (SPU)', 'NCE'), undefined);
  assert.equal(at('XY 123  Nice – Split', 'NCE'), 'Nice');
  assert.equal(at('XY 123  split the fare', 'SPU'), undefined);
  assert.equal(at('EW 123  Köln – Berlin', 'CGN'), 'Köln');
  assert.equal(at('EW 123  Cologne – Berlin', 'CGN'), 'Cologne');
});

test("a data city's names: the whole, its parts and a bracketed name, not a province code", () => {
  assert.deepEqual(cityNames('Köln (Cologne)'), ['Köln (Cologne)', 'Köln', 'Cologne']);
  assert.deepEqual(cityNames('Albenga (SV)'), ['Albenga (SV)', 'Albenga']);
  assert.deepEqual(cityNames('Arnavutköy, Istanbul'), ['Arnavutköy, Istanbul', 'Arnavutköy', 'Istanbul']);
  assert.ok(airportCodesForCity('Cologne').includes('CGN'));
  assert.ok(airportCodesForCity('Köln').includes('CGN'));
  assert.deepEqual(airportCodesForCity('SV'), []);
  // Brussels' own airport is "Zaventem" in the data; the name still finds a Belgian airport.
  assert.ok(airportCodesForCity('Bruxelles').length > 0);
});
