import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localDateTime } from '../../../src/understand/schema-org/local-time.js';
import { schemaOrgReservations } from '../../../src/understand/schema-org/index.js';
import { fixtureSource, values } from '../sections/travel-fixtures.js';

test('a UTC markup time becomes the local time of the place', () => {
  assert.deepEqual(localDateTime('2028-01-10T13:00:00Z', 'FI', ''), { date: '2028-01-10', time: '15:00' });
  assert.deepEqual(localDateTime('2028-07-10T23:30:00+00:00', 'DE', ''), { date: '2028-07-11', time: '01:30' });
});

test('a time with its own offset, or a place without a country, stays as written', () => {
  assert.deepEqual(localDateTime('2028-07-10T20:00:00+02:00', 'DE', ''), { date: '2028-07-10', time: '20:00' });
  assert.deepEqual(localDateTime('2028-07-10T20:00:00Z', null, ''), { date: '2028-07-10', time: '20:00' });
});

test('where a country has zones that differ, the local time the text writes wins', () => {
  // Mainland Spain is UTC+2 in summer, the Canaries UTC+1.
  assert.deepEqual(localDateTime('2028-07-10T18:00:00Z', 'ES', 'Doors 19:00'), { date: '2028-07-10', time: '19:00' });
  assert.deepEqual(localDateTime('2028-07-10T18:00:00Z', 'ES', 'no time'), { date: '2028-07-10', time: '20:00' });
});

test('a festival line-up: the act is the one booked under, its start is not the set; entities decoded', async () => {
  const source = await fixtureSource('schema-org/festival-lineup-utc.html');
  const [event] = schemaOrgReservations(source).events;
  assert.deepEqual(values(event!), {
    eventName: 'Kelpfest 2028', artist: 'Salt & Pine', venue: 'Harbour Meadow', address: 'Kaiweg 3, 9900 Norddeich',
    city: 'Norddeich', country: 'DE', date: '2028-07-14', doorsTime: '11:30',
  });
});
