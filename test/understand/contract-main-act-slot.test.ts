/**
 * A contract's timetable names the headliner's slot by its start ("Beginn Hauptact: 21:00 Uhr") where the
 * tour's day sheet names the act: at the same hour, one set, named by its act.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

test('"Beginn Hauptact" in the contract and the act\'s set on the day sheet are one set', async () => {
  const contract = [
    'GASTSPIELVERTRAG',
    'Künstler: The Paper Boats',
    'Datum: Samstag, 9. Oktober 2027',
    'Spielstätte: Kulturhaus Nord, Hafenstraße 12, 20359 Hamburg',
    '',
    '§ 2 Zeitplan',
    'Einlass: 19:30 Uhr',
    'Beginn Hauptact: 21:00 Uhr, Spielzeit 75 Minuten',
  ].join('\n');
  const daySheet = [
    'THE PAPER BOATS – DAY SHEET – Sat 9 Oct 2027 – Hamburg',
    'Time\tItem\tLocation',
    '19:30\tDoors',
    '21:00–22:15\tThe Paper Boats\tMain hall',
  ].join('\n');
  const { extracted } = await understand([pasted(contract), pasted(daySheet)]);
  const sets = extracted.activities.filter((a) => a.kind === 'set' && a.startTime === '21:00');
  assert.deepEqual(sets.map((s) => s.name), ['The Paper Boats'], JSON.stringify(extracted.activities));
});
