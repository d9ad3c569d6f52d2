import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pasted, context } from './helpers.js';
import { aboutOtherShows } from '../../src/understand/sections/show-relevance.js';
import { runningOrderItems } from '../../src/understand/sections/schedule-running-order.js';
import { extract as general } from '../../src/understand/sections/general.js';

const NEWSLETTER = [
  'Dear friends of the Lantern Hall, here is this month\'s programme.',
  'Friday 3 March 2028 – THE GREY OTTERS + Mossfield',
  'Doors 19:00 · Show 20:00 · Tickets £14',
  'Saturday 4 March 2028 – Pella Nightingale',
  'Doors 19:30 · Curfew 23:00',
  'Thursday 9 March 2028 – Open mic night',
  'Volunteers wanted: call Dora Finch, 07700 900123.',
  'You are receiving this because you signed up at lanternhall.example. Unsubscribe',
].join('\n');

test('a mailed programme of other acts\' nights is about no show of ours', () => {
  assert.equal(aboutOtherShows(pasted(NEWSLETTER)), true);
});

test('a mailing that speaks to the performer, or a confirmation with an unsubscribe footer, is read', () => {
  assert.equal(aboutOtherShows(pasted(`${NEWSLETTER}\nYour soundcheck is at 17:00.`)), false);
  assert.equal(aboutOtherShows(pasted([
    'Your booking at Harbour Inn is confirmed.',
    'Check-in: Friday 3 March 2028 from 15:00',
    'Unsubscribe from our offers',
  ].join('\n'))), false);
});

const HANDBOOK = [
  'Prepared for: Quiet Comets',
  'Running order',
  'Stage\tArtist\tLine check\tShow',
  'Pine Stage\tBrass Foxes\t14:00 – 14:30\t16:00 – 16:45',
  'Pine Stage\tQuiet Comets\t15:10 – 15:40\t17:30 – 18:30',
  'Lake Stage\tNova Tern\t–\t19:00 – 20:00',
].join('\n');

test('a running order keeps only the row of the act the document was prepared for', () => {
  const items = runningOrderItems(pasted(HANDBOOK)).map((i) => [i.name.value, i.kind.value, i.start.value, i.end?.value, i.location?.value]);
  assert.deepEqual(items, [
    ['Line check', 'soundcheck', '15:10', '15:40', 'Pine Stage'],
    ['Quiet Comets', 'set', '17:30', '18:30', 'Pine Stage'],
  ]);
});

test('a running order that names no act outside itself gives nothing', () => {
  assert.deepEqual(runningOrderItems(pasted(HANDBOOK.replace('Prepared for: Quiet Comets', 'Festival info'))), []);
});

test('"Artist Handbook" is a title, "Prepared for" names the act', () => {
  const [draft] = general(context([pasted(`Artist Handbook\n${HANDBOOK}`)]) as never);
  assert.equal(draft?.artist?.value, 'Quiet Comets');
  assert.equal(draft?.setTime?.value, '17:30');
  assert.equal(draft?.soundcheckTime?.value, '15:10');
});

test('a ride line: "day, time – shuttle from A to B" is a transfer; a span of days heads no day', async () => {
  const { scheduleOf } = await import('../../src/understand/sections/schedule.js');
  const items = scheduleOf(pasted([
    'Event dates: Thursday 8 – Sunday 11 June 2028',
    'Gates open: 15:00',
    'Friday 9 June 2028, 13:40 – crew shuttle from Hotel Lindqvist lobby to Gate D.',
  ].join('\n')));
  const ride = items.find((i) => i.kind.value === 'transfer');
  assert.deepEqual([ride?.name.value, ride?.start.value, ride?.date?.value, ride?.location?.value, ride?.destination?.value],
    ['Crew shuttle', '13:40', '2028-06-09', 'Hotel Lindqvist lobby', 'Gate D']);
  const gates = items.find((i) => i.kind.value === 'doors');
  assert.equal(gates?.date, undefined);
});
