/**
 * A US advance mail's ground runs listed under a runner's heading: "Runs with Dario (503 …):" over dated
 * ride lines ("Fri 5/15 - 1:30 PM Airport pickup, PDX arrivals -> Harbor Inn (DL 1182)"). Each line is a
 * transfer of its own day; the heading names the runner; a clock's "PM" above it is no one's name.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understoodAdvanceMail } from './helpers.js';

const mail = understoodAdvanceMail;

const RUNS = [
  'Hi Otto,', '', 'Lantern Hall, 410 NW 14th Ave, Portland, OR 97209', '', 'Day of show, Sat 5/16:', '3:00 PM Load-in', '5:30 PM Band pickup, Harbor Inn lobby -> Lantern Hall', '11:30 PM Hard curfew', '',
  'Runs with Dario (503-204-7718):', 'Fri 5/15 - 1:30 PM Airport pickup, PDX arrivals (Gate B) -> Harbor Inn (DL 1182)',
  'Sun May 17 - 7:00 AM Airport run, Harbor Inn lobby -> PDX', '', 'Nia',
].join('\r\n');

test('a dated ride line is a transfer of its own day, time and route; a flight in brackets after the place is none of it', async () => {
  const { activities } = await mail(RUNS);
  const rides = activities.filter((a) => a.kind === 'transfer').map((a) => [a.name, a.date, a.startTime, a.location, a.destination]);
  assert.deepEqual(rides.sort((a, b) => String(a[1]).localeCompare(String(b[1]))), [
    ['Airport pickup', '2026-05-15', '13:30', 'PDX arrivals (Gate B)', 'Harbor Inn'],
    ['Band pickup', '2026-05-16', '17:30', 'Harbor Inn lobby', 'Lantern Hall'],
    ['Airport run', '2026-05-17', '07:00', 'Harbor Inn lobby', 'PDX'],
  ]);
});

test('a word of the route\'s places ("(Door 2)") does not make the ride the doors', async () => {
  const { activities } = await mail(['Runs:', 'Thu 5/14 - 9:40 PM Airport pickup, arrivals (Door 2) -> Harbor Inn', '', 'Nia'].join('\r\n'));
  const ride = activities.find((a) => a.startTime === '21:40');
  assert.equal(ride?.kind, 'transfer');
  assert.equal(ride?.date, '2026-05-14');
  assert.equal(ride?.location, 'arrivals (Door 2)');
});

test('"Runs with NAME (phone):" names the runner, and the clock\'s "PM" above it names no one', async () => {
  const { contacts } = await mail(RUNS);
  const runner = contacts.find((c) => c.phone === '+15032047718');
  assert.equal(runner?.name, 'Dario');
  assert.equal(runner?.role, 'Runner');
  assert.ok(!contacts.some((c) => /\bPM\b|\d/.test(c.name ?? '')));
});

test('a clock\'s "PM" opening capitalised words before a number is no person', async () => {
  const { contacts } = await mail([
    'Hi Otto,', '', 'Lantern Hall, 410 NW 14th Ave, Portland, OR 97209', '', 'Day of show:', '7:00 PM Doors', '10:45 PM Hard stop', '',
    'Late issues (503-204-7718):', 'ask at the box office', '', 'Nia',
  ].join('\r\n'));
  assert.ok(!contacts.some((c) => /\bPM\b/.test(c.name ?? '')), JSON.stringify(contacts));
});
