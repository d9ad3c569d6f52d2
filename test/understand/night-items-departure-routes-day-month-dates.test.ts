/**
 * A day sheet's late rows and its words around times: a one-word row after the curfew (the neighbours'
 * quiet hours, the load-out in a Nordic word) closes the night and is no act's set; a German remarks
 * column ("Bemerkung") gives each row its note; a bus's departure drawn to a place ("Bussavgång → Hotel X")
 * leaves from the row's place cell; a day and month closed by their dot ("Stand 04.05.: 512") are a date,
 * not a clock time.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTimes } from '../../src/understand/normalise/time.js';
import { scheduleItems, workbook } from './helpers.js';
import { understand } from '../../src/understand/index.js';

test('one-word rows after the curfew are no sets; a German remarks column gives the notes', () => {
  const items = scheduleItems([
    'Uhrzeit\tProgrammpunkt\tBemerkung',
    '14:00\tAufbau\tRampe Nord',
    '19:30\tEinlass',
    '21:00 – 22:30\tShowtime Kelp Orchard\t90 Min.',
    '23:00\tCurfew\tMusik aus',
    '23:20\tAbbau',
    '01:00\tRuhezeit\tHof geräumt, keine Fahrzeuge mehr',
  ].join('\n'), ['notes']);
  const quiet = items.find((i) => i.name === 'Ruhezeit');
  assert.equal(quiet?.kind, 'other', JSON.stringify(items));
  assert.equal(quiet?.notes, 'Hof geräumt, keine Fahrzeuge mehr');
  assert.equal(items.find((i) => i.start === '14:00')?.notes, 'Rampe Nord');
  assert.equal(items.find((i) => i.kind === 'curfew')?.notes, 'Musik aus');
});

test('a Swedish load-out row after the curfew is the crew\'s work, and the bus leaves from the place cell', async () => {
  const source = await workbook('korschema.xlsx', [
    ['Schema', [
      ['Datum', '2027-11-20'],
      ['Lokal', 'Pannhuset'],
      ['Tid', 'Slut', 'Aktivitet', 'Plats', 'Kommentar'],
      ['19:00', '', 'Insläpp', '', ''],
      ['21:00', '22:15', 'Spelning: Salt Meadow', 'Lilla scenen', ''],
      ['23:00', '', 'Curfew', '', ''],
      ['23:10', '', 'Utlastning', 'Bakgården', ''],
      ['00.45', '', 'Bussavgång → Hotell Kajen', 'Bakgården', 'Bussen står kvar över natten'],
    ]],
  ]);
  const x = (await understand([source])).extracted;
  assert.equal(x.activities.find((a) => a.name === 'Utlastning')?.kind, 'other', JSON.stringify(x.activities));
  const bus = x.activities.find((a) => a.startTime === '00:45');
  assert.equal(bus?.kind, 'transfer', JSON.stringify(x.activities));
  assert.equal(bus?.location, 'Bakgården');
  assert.equal(bus?.destination, 'Hotell Kajen');
});

test('a day and month closed by their dot are a date, a time ending its sentence is still a time', () => {
  assert.deepEqual(findTimes('Kapazität 800 · Vorverkauf 04.05.: 512'), []);
  assert.deepEqual(findTimes('am 11.06. um 20.15').map((t) => t.value), ['20:15']);
  assert.deepEqual(findTimes('Einlass 19.45.').map((t) => t.value), ['19:45']);
});
