/** Booked rides as label rows, and a tour plan's day tables: transfers, numbered days, venue rows (invented text). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extractPastedText } from '../../src/extract/index.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';
import { columnRoute } from '../../src/understand/sections/schedule-columns.js';
import { rideParty, rideStopSpans } from '../../src/understand/sections/schedule-ride-form.js';
import { run, values } from './sections/travel-fixtures.js';
import { scheduleItems } from './helpers.js';

const attached = (name: string, text: string): ExtractedSource => ({ ...extractPastedText(text), name, origin: 'file' });

const RIDE = [
  'Dear Mr Polder,',
  '',
  'Ride details',
  '',
  'Group\tMoth Parade – 4 pax + gear',
  'Date\tSaturday 9 October 2027',
  'Pick-up time\t08:30',
  'Pick-up address\tHotel Zeezicht, Strandweg 4, 2586 JK Den Haag',
  'Drop-off address\tClub Kantine, Hafenstraße 12, 28195 Bremen',
  'Estimated arrival\tapprox. 13:15 (incl. break)',
  'Remarks\tGear goes in through the side door',
  '',
  'Driver\tPiet Mulder',
].join('\n');

test('a ride confirmed as label rows is one transfer named Transfer, from pick-up to drop-off', () => {
  assert.deepEqual(scheduleItems(RIDE, ['end', 'date', 'location', 'destination', 'notes']), [{
    name: 'Transfer', kind: 'transfer', start: '08:30', end: '13:15', date: '2027-10-09',
    location: 'Hotel Zeezicht, Strandweg 4, 2586 JK Den Haag', destination: 'Club Kantine, Hafenstraße 12, 28195 Bremen',
    notes: 'Gear goes in through the side door',
  }]);
});

test("a ride's stops and party: the hotel is a stop, the group its act; the ride's date is no show date", () => {
  const source = attached('ride.html', RIDE);
  assert.equal(rideStopSpans(source).length, 2);
  assert.equal(rideParty(source)?.value, 'Moth Parade');
  assert.deepEqual(run(general, source).map(values), [{ artist: 'Moth Parade' }]);
});

test('a tour plan numbers its days: the day number is no date, the title gives the year', () => {
  const text = [
    'RUSTLING PINES – tour plan Aarhus',
    '3–4 december 2027 · version 1',
    '',
    'Dag 1 – fredag 3 december · travel day',
    '12.00\tMinibuss till hotellet\tRail station → Hotel Nord. Driver Ole.',
    '',
    'Dag 2 – lördag 4 december · show',
    '16.00–17.00\tLjudprov',
    '23.30\tCurfew\tStrict – neighbours upstairs.',
  ].join('\n');
  assert.deepEqual(scheduleItems(text, ['date', 'location', 'destination', 'notes']), [
    { name: 'Minibuss till hotellet', kind: 'transfer', start: '12:00', date: '2027-12-03', location: 'Rail station', destination: 'Hotel Nord', notes: 'Driver Ole.' },
    { name: 'Ljudprov', kind: 'soundcheck', start: '16:00', date: '2027-12-04' },
    { name: 'Curfew', kind: 'curfew', start: '23:30', date: '2027-12-04', notes: 'Strict – neighbours upstairs.' },
  ]);
});

test('a train row is a transfer; its route drops the departure and arrival words and clock times', () => {
  assert.equal(activityKind('Tåg Regional 1042'), 'transfer');
  assert.equal(activityKind('Train to Leeds'), 'transfer');
  assert.equal(activityKind('Tag 2'), 'other');
  assert.equal(activityKind('Utcheckning'), null);
  const route = columnRoute('Avresa Göteborg C kl. 09.05 → Ankomst Oslo S kl. 12.50. Coach 3.');
  assert.deepEqual([route?.from.value, route?.to.value, route?.note?.value], ['Göteborg C', 'Oslo S', 'Coach 3.']);
});

test("a plan's venue section as one row: the name, then the street address before the other remarks", () => {
  const text = [
    'RUSTLING PINES – day sheet',
    'Saturday 4 December 2027',
    '16.00\tSoundcheck',
    'VENUE',
    '',
    'Kulturbox\tNørregade 21, 8000 Aarhus · Promoter: Nord Live · Capacity 300',
  ].join('\n');
  const [g] = run(general, attached('plan.pdf', text)).map(values) as Record<string, unknown>[];
  assert.equal(g!.venue, 'Kulturbox');
  assert.equal(g!.address, 'Nørregade 21, 8000 Aarhus');
  assert.equal(g!.city, 'Aarhus');
});
