/**
 * Transport bookings as tables: a bus routing with one trip per row, a train ticket with one stop
 * per row ("ab"/"an" on two rows), and the hire's payment terms kept out of the show's deal.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extract as activities } from '../../src/understand/sections/activities.js';
import { extract as deal } from '../../src/understand/sections/deal.js';
import { pasted } from './helpers.js';
import { run, values } from './sections/travel-fixtures.js';

const asFile = (text: string): ExtractedSource => ({ ...pasted(text), name: 'order.docx', origin: 'file', format: 'docx' });

const pick = (a: Record<string, unknown>) =>
  [a['name'], a['kind'], a['date'], a['startTime'], a['endTime'], a['location'], a['destination'], a['notes']];

test('a bus routing table gives one transfer per row, the remark as notes and a dash as none', () => {
  const text = [
    'Routing',
    'Leg\tDate\tDeparture\tFrom\tTo\tArrival approx.\tRemarks',
    'Leg 1\t12.05.2028\t10:15\tGöteborg, Kanalgatan 4\tOslo, Rockefeller\t14:45\tLoad-in at 16:00',
    'Leg 2\t13.05.2028\t02:00\tOslo, Rockefeller\tBergen, USF\t09:30\t–',
    '',
    'Payment: 30 % on confirmation, rest 10 days before departure.',
  ].join('\n');
  const acts = run(activities, asFile(text)).map(values).map(pick);
  assert.deepEqual(acts, [
    ['Leg 1', 'transfer', '2028-05-12', '10:15', '14:45', 'Göteborg, Kanalgatan 4', 'Oslo, Rockefeller', 'Load-in at 16:00'],
    ['Leg 2', 'transfer', '2028-05-13', '02:00', '09:30', 'Oslo, Rockefeller', 'Bergen, USF', undefined],
  ]);
  assert.equal(run(deal, asFile(text)).length, 0);
});

test('a ticket with one stop per row pairs each departure with the next arrival', () => {
  const text = [
    'Outward 03.09.2028',
    'Halt\tDatum\tZeit\tGleis\tProdukte\tReservierung',
    'Leipzig Hbf\tMo, 03.09.28\tab 07:12\t11\tICE 1502\tWg. 3, Pl. 15, 16',
    'Erfurt Hbf\tMo, 03.09.28\tan 07:55\t2',
    'Erfurt Hbf\tMo, 03.09.28\tab 08:10\t4\tIC 2156\tWg. 9, Pl. 71',
    'Kassel Hbf\tMo, 03.09.28\tan 10:02\t1',
  ].join('\n');
  const acts = run(activities, asFile(text)).map(values).map(pick);
  assert.deepEqual(acts, [
    ['ICE 1502', 'transfer', '2028-09-03', '07:12', '07:55', 'Leipzig Hbf', 'Erfurt Hbf', 'Wg. 3, Pl. 15, 16'],
    ['IC 2156', 'transfer', '2028-09-03', '08:10', '10:02', 'Erfurt Hbf', 'Kassel Hbf', 'Wg. 9, Pl. 71'],
  ]);
});

test('a table of flights is no transport table of this kind', () => {
  const text = [
    'Flight\tDate\tFrom\tTo\tDeparture\tArrival',
    'XY 123\t04.06.2028\tOslo\tRiga\t08:00\t10:10',
  ].join('\n');
  const acts = run(activities, asFile(text)).map(values);
  assert.ok(acts.every((a) => a['kind'] !== 'transfer'));
});
