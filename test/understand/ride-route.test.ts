/**
 * A ride a schedule names by its route is a transfer (sections/ride-route.ts, sections/schedule-ride-lines.ts).
 * All examples invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';

test('a ride named by its route is a transfer', () => {
  assert.equal(activityKind('Hotel to venue'), 'transfer');
  assert.equal(activityKind('Venue to the airport'), 'transfer');
  assert.equal(activityKind('Transport: Park Inn → Arena Nord'), 'transfer');
  assert.equal(activityKind('Hotel check-in'), null);
  assert.equal(activityKind('Flight: OSL → BGO'), null);
});

test('a bulleted ride line with its day, time and drawn route is a transfer', async () => {
  const { extracted: out } = await understand([extractPastedText([
    'Subject: Multan advance, 9 Oct',
    '',
    'Date: Monday 9 Oct 2028',
    'Venue: Qila Hall',
    '',
    'GROUND TRANSPORT',
    '• 8 Oct 2028، 16:40 — Pickup: Multan Airport arrivals → Shalimar Court Hotel. Look for the van at door 2.',
    '• 10 Oct 2028, 05:50 — Drop: Shalimar Court Hotel → Multan Airport',
  ].join('\n'))]);
  const rides = out.activities.filter((a) => a.kind === 'transfer').map((a) => [a.name, a.date, a.startTime, a.location, a.destination]);
  assert.deepEqual(rides, [
    ['Pickup', '2028-10-08', '16:40', 'Multan Airport arrivals', 'Shalimar Court Hotel'],
    ['Drop', '2028-10-10', '05:50', 'Shalimar Court Hotel', 'Multan Airport'],
  ]);
});
