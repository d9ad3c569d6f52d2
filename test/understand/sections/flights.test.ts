import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../../src/extract/index.js';
import { found } from '../../../src/understand/found.js';
import { extract } from '../../../src/understand/sections/flights.js';
import { fixtureSource, run, show, values } from './travel-fixtures.js';

test('an airline confirmation printed to text: two segments, passengers with a seat per segment', async () => {
  const source = await fixtureSource('travel/airline-confirmation.txt');
  const flights = run(extract, source);
  assert.deepEqual(flights.map(values), [
    {
      airline: 'AY', flightNumber: 'AY1332', date: '2027-02-09', fromAirport: 'HEL', fromCity: 'Helsinki', toAirport: 'CPH',
      toCity: 'Copenhagen', departureTime: '2027-02-09T06:10', arrivalTime: '2027-02-09T07:45', durationMinutes: 95,
      aircraft: 'Airbus A321', travelClass: 'Economy Classic', bookingReference: 'H2KD7P',
      passengers: [
        { name: 'Tomas Virta', ticketNumber: '1052412345678', seat: '12C' },
        { name: 'Sara Niemi', ticketNumber: '1052412345679', seat: '12D' },
      ],
    },
    {
      airline: 'AY', flightNumber: 'AY2923', date: '2027-02-09', fromAirport: 'CPH', fromCity: 'Copenhagen', toAirport: 'AAL',
      toCity: 'Aalborg', departureTime: '2027-02-09T09:05', arrivalTime: '2027-02-09T10:15', durationMinutes: 70,
      aircraft: 'ATR 72', travelClass: 'Economy Classic', bookingReference: 'H2KD7P',
      passengers: [
        { name: 'Tomas Virta', ticketNumber: '1052412345678', seat: '4A' },
        { name: 'Sara Niemi', ticketNumber: '1052412345679', seat: '4B' },
      ],
    },
  ]);
  // Without the show in the import there is no direction.
  assert.ok(flights.every((f) => f.direction === undefined));
});

test('itinerary rows: flights with their PNR and a direction relative to the show', async () => {
  const source = await fixtureSource('travel/itinerary.csv');
  const flights = run(extract, source, show('2027-03-12', 'Amsterdam', 'NL'));
  assert.deepEqual(flights.map((f) => [f.flightNumber?.value, f.fromAirport?.value, f.toAirport?.value, f.departureTime?.value, f.arrivalTime?.value, f.bookingReference?.value, f.direction?.value]), [
    ['KL1124', 'OSL', 'AMS', '2027-03-12T07:40', '2027-03-12T09:35', 'Q7RTWX', 'inbound'],
    ['KL1127', 'AMS', 'OSL', '2027-03-13T13:15', '2027-03-13T15:10', 'Q7RTWX', 'outbound'],
  ]);
  const span = flights[0]!.flightNumber!.span!;
  assert.equal(source.text.slice(span[0], span[1]), 'KL 1124');
});

test('markup wins over the text of the same source', async () => {
  const source = await fixtureSource('schema-org/flight-broken-jsonld.html');
  const flights = run(extract, source, show('2026-09-04', 'Oslo', 'NO'));
  assert.equal(flights.length, 1);
  assert.equal(flights[0]!.flightNumber!.method, 'schema_org');
  assert.equal(flights[0]!.direction!.value, 'inbound');
});

test('prose without flights yields none', async () => {
  assert.deepEqual(run(extract, await fixtureSource('travel/hotel-prose.txt')), []);
});

test('an IATA bar-coded boarding pass string: flight, date from the Julian day, passenger and seat', async () => {
  const source = await fixtureSource('travel/boarding-pass.txt');
  const flights = run(extract, source, show('2026-09-05', 'Oslo', 'NO'));
  assert.deepEqual(flights.map(values), [{
    passengers: [{ name: 'Anna Karlsson', seat: '3A' }],
    airline: 'SK', flightNumber: 'SK413', fromAirport: 'CPH', toAirport: 'OSL', bookingReference: 'ZX4PLM',
    date: '2026-09-04', direction: 'inbound',
  }]);
});

test('German flight labels: Flug, Von/Nach, Abflug/Ankunft, a passenger with ticket and Sitz', async () => {
  const flights = run(extract, await fixtureSource('travel/flight-labels-de.txt'), show('2025-03-18', 'München', 'DE'));
  assert.deepEqual(flights.map(values), [{
    passengers: [{ name: 'Jonas Ekberg', ticketNumber: '2202419907711', seat: '21A' }],
    airline: 'LH', flightNumber: 'LH2417', date: '2025-03-18', fromAirport: 'ARN', toAirport: 'MUC', fromCity: 'Stockholm',
    toCity: 'München', departureTime: '2025-03-18T10:25', arrivalTime: '2025-03-18T12:45', bookingReference: 'LMZ8RP',
    direction: 'inbound',
  }]);
});

test('a flight in a sentence: airports in brackets, "landing … at" is the arrival', async () => {
  const flights = run(extract, await fixtureSource('travel/flight-prose.txt'), show('2025-05-12', 'København', 'DK'));
  assert.deepEqual(flights.map(values), [{
    passengers: [], airline: 'SK', flightNumber: 'SK1415', date: '2025-05-12', fromAirport: 'ARN', toAirport: 'CPH',
    fromCity: 'Stockholm', toCity: 'Copenhagen', departureTime: '2025-05-12T07:10', arrivalTime: '2025-05-12T08:20',
    direction: 'inbound',
  }]);
});

test('English flight labels with passengers listed by name only', async () => {
  const [flight] = run(extract, await fixtureSource('travel/flight-labels-en.txt'));
  assert.deepEqual(values(flight!), {
    passengers: [{ name: 'Mira Osei' }, { name: 'Elin Sandberg' }], airline: 'DY', flightNumber: 'DY4302', date: '2025-06-03',
    fromAirport: 'OSL', toAirport: 'TRD', fromCity: 'Oslo', toCity: 'Trondheim', departureTime: '2025-06-03T09:00',
    arrivalTime: '2025-06-03T09:55', bookingReference: 'DYX2K7',
  });
});

test('on the show day the clock decides: a morning flight is the trip there, a night flight the trip on', () => {
  const text = [
    'SK 1412 Stockholm Arlanda (ARN) to Copenhagen (CPH), 21 March 2026, departs 09:05, arrives 10:15.',
    'SK 1425 Copenhagen (CPH) to Stockholm Arlanda (ARN), 21 March 2026, departs 23:55, arrives 01:05.',
  ].join('\n');
  const setTime = found('21:15', { method: 'label', source: 'contract', page: null, span: null, validated: true });
  const flights = run(extract, extractPastedText(text), { ...show('2026-03-21', 'Malmö', 'SE'), setTime });
  assert.deepEqual(flights.map((f) => [f.flightNumber?.value, f.direction?.value]), [['SK1412', 'inbound'], ['SK1425', 'outbound']]);
});

test('a seat written beside a listed passenger goes with the one flight the source states, and only then', () => {
  const one = [
    'LH 2478 Munich (MUC) to Oslo (OSL), 4 June 2027, departs 10:20, arrives 12:35.',
    'Passengers: Ana Ruiz (seat 14C), Jonas Wehr (Sitzplatz 014D)',
  ].join('\n');
  assert.deepEqual(run(extract, extractPastedText(one))[0]!.passengers!.map(values), [
    { name: 'Ana Ruiz', seat: '14C' }, { name: 'Jonas Wehr', seat: '14D' },
  ]);
  const two = `${one.split('\n')[0]}\nLH 2479 Oslo (OSL) to Munich (MUC), 6 June 2027, departs 13:25, arrives 15:40.\n${one.split('\n')[1]}`;
  for (const flight of run(extract, extractPastedText(two))) {
    assert.deepEqual(flight.passengers!.map((p) => [p.name?.value, p.seat]), [['Ana Ruiz', undefined], ['Jonas Wehr', undefined]]);
  }
});
