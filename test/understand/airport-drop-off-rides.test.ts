/** An airport drop-off is a transfer, its destination without the flight it is for. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

test('an "Airport drop-off:" line is a transfer from its first place to the airport, not to the flight', async () => {
  const mail = pasted([
    'Hi Tove,',
    '',
    'Venue: Kulturhuset Norra, Umeå',
    'Date: Fri 5 Nov 2027',
    '',
    'Airport drop-off: Sat 6 Nov 2027 06:45, Hotel Tallkrogen -> Umeå Airport (UME), for SK2011 to Stockholm (dep. 08:55).',
  ].join('\n'));
  const { activities } = (await understand([mail])).extracted;
  const ride = activities.find((a) => a.name === 'Airport drop-off');
  assert.deepEqual([ride?.kind, ride?.date, ride?.startTime, ride?.location, ride?.destination],
    ['transfer', '2027-11-06', '06:45', 'Hotel Tallkrogen', 'Umeå Airport (UME)']);
});
