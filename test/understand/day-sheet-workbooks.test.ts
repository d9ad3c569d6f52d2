/**
 * A tour manager's workbook with a sheet per day: a travel day whose "Item | From | Dep. | To | Arr."
 * table mixes a coach, a flight and a van; the show day dated by an ISO date row; a day off with the
 * way home. Each day's rows take that sheet's date, the flights theirs, and the show is the day of
 * the set. A hotel's check-out date heads no rows below it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from '../../src/understand/index.js';
import { pasted, scheduleItems, workbook } from './helpers.js';

const TRAVEL_HEADER = ['Item', 'From', 'Dep.', 'To', 'Arr.', 'Booking', 'Notes'];

async function tourBook() {
  return workbook('Harbour Lights - Tampere run.xlsx', [
    ['Day 1 Tue - Travel', [
      ['HARBOUR LIGHTS – TAMPERE'],
      ['Date:', 'Tuesday 4th May 2027'],
      ['TRAVEL'],
      TRAVEL_HEADER,
      ['Coach – Airlink', 'Galway Bus Station', '05:10', 'Dublin Airport T2', '07:40', '—', 'Seats 12–17'],
      ['FLIGHT – Finnair AY 1382', 'Dublin (DUB) T2', '10:15', 'Helsinki (HEL)', '14:55', 'PNR Q7XK2M', 'Local times.'],
      ['Van (promoter)', 'HEL Arrivals, door 2', '15:30', 'Hotel Pyynikki', '17:40', '—', 'Driver Aino'],
    ]],
    ['Day 2 Wed - Show', [
      ['HARBOUR LIGHTS – TAMPERE'],
      ['Date:', '2027-05-05'],
      ['Venue:', 'Klubi Tehdas'],
      ['SCHEDULE'],
      ['Time', 'Item', 'Location', 'Notes'],
      ['14:00', 'Load-in', 'Back door'],
      ['19:00', 'Doors'],
      ['21:00–22:20', 'HARBOUR LIGHTS', 'Main room'],
    ]],
    ['Day 3 Thu - Home', [
      ['Date:', '2027-05-06'],
      ['TRAVEL'],
      TRAVEL_HEADER,
      ['Van (promoter)', 'Hotel Pyynikki', '08:00', 'HEL Departures', '10:00', '—', 'Driver Aino'],
      ['FLIGHT – Finnair AY 1381', 'Helsinki (HEL)', '12:05', 'Dublin (DUB) T2', '13:10', 'PNR Q7XK2M', 'Same booking.'],
    ]],
  ]);
}

test('each flight row of a day sheet takes its own sheet\'s date, not one written further on', async () => {
  const x = (await understand([await tourBook()])).extracted;
  const flights = x.flights.map((f) => [f.flightNumber, f.date, f.direction]);
  assert.deepEqual(flights, [['AY1382', '2027-05-04', 'inbound'], ['AY1381', '2027-05-06', 'outbound']], JSON.stringify(x.flights));
});

test('a travel table\'s rows are transfers named by their Item cell and dated by the sheet\'s date row', async () => {
  const x = (await understand([await tourBook()])).extracted;
  const rides = x.activities.filter((a) => a.kind === 'transfer').map((a) => [a.name, a.date, a.startTime, a.endTime]);
  assert.deepEqual(rides, [
    ['Coach – Airlink', '2027-05-04', '05:10', '07:40'],
    ['Van (promoter)', '2027-05-04', '15:30', '17:40'],
    ['Van (promoter)', '2027-05-06', '08:00', '10:00'],
  ], JSON.stringify(x.activities));
});

test('an ISO date row dates the show sheet\'s schedule, and the show is the day of its set', async () => {
  const x = (await understand([await tourBook()])).extracted;
  assert.equal(x.general.date, '2027-05-05');
  assert.equal(x.general.setTime, '21:00');
  const set = x.activities.find((a) => a.kind === 'set');
  assert.equal(set?.date, '2027-05-05', JSON.stringify(x.activities));
});

test('a hotel block\'s check-out date heads no rows below it', () => {
  const items = scheduleItems([
    'Show date\t2027-09-17',
    'Hotel\tHotel Lumo',
    'Check-in\t2027-09-17',
    'Check-out\t2027-09-18',
    '',
    'From\tWhat',
    '15:00\tLoad-in',
    '20:00\tDoors',
  ].join('\n'), ['date']);
  assert.deepEqual(items.map((i) => i['date']), ['2027-09-17', '2027-09-17'], JSON.stringify(items));
});

test('an indented details line under a flight row is still the flight\'s', async () => {
  const x = (await understand([pasted([
    'DATE\tFLIGHT\tFROM\tTO\tDEP\tARR',
    '09OCT\tAY 1332\tHELSINKI HEL\tOSLO OSL\t0710\t0750',
    '        EQUIPMENT: AIRBUS A321\tDURATION: 01:40',
  ].join('\n'))])).extracted;
  assert.equal(x.flights[0]?.aircraft?.toUpperCase(), 'AIRBUS A321', JSON.stringify(x.flights));
});
