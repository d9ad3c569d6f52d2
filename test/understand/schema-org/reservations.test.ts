import { test } from 'node:test';
import assert from 'node:assert/strict';
import { schemaNodesOfHtml, schemaOrgReservations, splitDateTime } from '../../../src/understand/schema-org/index.js';
import { fixtureSource, values } from '../sections/travel-fixtures.js';

test('several JSON-LD scripts, @graph and broken JSON give one flight with both passengers', async () => {
  const source = await fixtureSource('schema-org/flight-broken-jsonld.html');
  const { flights, hotels } = schemaOrgReservations(source);
  assert.equal(hotels.length, 0);
  assert.equal(flights.length, 1);
  assert.deepEqual(values(flights[0]!), {
    airline: 'SK', flightNumber: 'SK413', date: '2026-09-04', fromAirport: 'CPH', fromCity: 'Copenhagen',
    toAirport: 'OSL', toCity: 'Oslo', departureTime: '2026-09-04T07:15', arrivalTime: '2026-09-04T08:25',
    durationMinutes: 70, travelClass: 'Business', bookingReference: 'ZX4PLM',
    passengers: [
      { name: 'Anna Karlsson', seat: '3A', ticketNumber: '1172400000001' },
      { name: 'Per "the drummer" Lind', seat: '3B', ticketNumber: '1172400000002' },
    ],
  });
  const f = flights[0]!;
  assert.equal(f.flightNumber!.method, 'schema_org');
  // The booking reference is written in the visible text too: its span points there.
  const span = f.bookingReference!.span!;
  assert.equal(source.text.slice(span[0], span[1]), 'ZX4PLM');
  // Cities come from the airport table when the markup gives none.
  assert.equal(f.toCity!.method, 'inferred');
});

test('entity-encoded JSON-LD lodging reservation: address, country by name, phone by country', async () => {
  const source = await fixtureSource('schema-org/lodging-entities.html');
  const [hotel] = schemaOrgReservations(source).hotels;
  assert.deepEqual(values(hotel!), {
    name: 'Hotel Brückenblick', address: 'Uferweg 7, 01067 Dresden', city: 'Dresden', country: 'DE',
    checkInDate: '2026-10-02', checkInTime: '15:00', checkOutDate: '2026-10-03', checkOutTime: '11:00', rooms: 2,
    guests: ['Ida Holm', 'Max Berg'], bookingReference: 'HB-2231', phone: '+493515550123',
    email: 'info@brueckenblick.example.de',
  });
});

test('microdata restaurant and event reservations', async () => {
  const source = await fixtureSource('schema-org/restaurant-microdata.html');
  const { food, events } = schemaOrgReservations(source);
  assert.deepEqual(values(food[0]!), {
    kind: 'restaurant', name: 'Osteria del Ponte', address: 'Brückengasse 2, 8001 Zürich', city: 'Zürich',
    phone: '+41445550199', date: '2026-11-20', time: '19:45', guestCount: 4, bookingReference: 'TBL-778',
  });
  assert.deepEqual(values(events[0]!), { eventName: 'Autumn Lights Festival', venue: 'Halle 5', date: '2026-11-21', setTime: '20:30' });
});

test('microdata nodes keep nested items as values of their property', () => {
  const [node] = schemaNodesOfHtml('<div itemscope itemtype="http://schema.org/Person"><span itemprop="name">A B</span><div itemprop="address" itemscope itemtype="http://schema.org/PostalAddress"><span itemprop="addressLocality">Umeå</span></div></div>');
  assert.deepEqual(node, { '@type': 'http://schema.org/Person', name: 'A B', address: { '@type': 'http://schema.org/PostalAddress', addressLocality: 'Umeå' } });
});

test('a source without markup yields nothing', async () => {
  const source = await fixtureSource('travel/hotel-prose.txt');
  assert.deepEqual(schemaOrgReservations(source), { flights: [], hotels: [], food: [], events: [] });
});

test('local wall-clock time is the written part before the UTC offset', () => {
  assert.deepEqual(splitDateTime('2026-03-21T21:10:00-05:00'), { date: '2026-03-21', time: '21:10' });
  assert.deepEqual(splitDateTime('2026-03-21'), { date: '2026-03-21', time: null });
  assert.deepEqual(splitDateTime('soon'), { date: null, time: null });
});
