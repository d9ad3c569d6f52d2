/**
 * A bare "1 h" is a
 * length, not a clock time; a crew list's area rows are no technical needs; a blackout covers only its own
 * range; a morning check-out ends a night's stay; "Merch stand" is no version stamp; a lodging divider
 * inside a grid does not end it; a remark after a dash is no place; riders before a colon stay in the
 * ride's name; Croatian "Zbor" (choir) is no Romanian flight.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const read = async (lines: string[]) => (await understand([extractPastedText(lines.join('\n'))])).extracted;

test('"Break: 1 h" and "Drive: 3 h from London" are lengths, not items at one and three o\'clock', async () => {
  const x = await read(['Day sheet for Friday 12 March 2027, The Lantern, Bristol.', '', 'Drive: 3 h from London', 'Load-in: 14:00', 'Break: 1 h', 'Doors: 19:00', 'Curfew: 23:00']);
  assert.deepEqual(x.activities.filter((a) => ['01:00', '03:00'].includes(a.startTime ?? '')), []);
  assert.equal(x.general.artist, null);
  assert.equal(x.general.setTime, null);
  // A Czech whole hour after its word still is one.
  const cz = await read(['Program – sobota 15. května 2027, Klub Ponorka, Praha', '', 'Otevření klubu: od 18 h', 'Ukončení produkce: nejpozději ve 22:30 hod.']);
  assert.equal(cz.general.doorsTime, '18:00');
});

test("a crew list's \"Sound: Jo Bell, +44 …\" rows are people, not technical needs; a questionnaire's answers win", async () => {
  const crew = await read(['Day sheet for Friday 12 March 2027, The Lantern, Bristol.', '', 'Venue crew on the day:',
    'Sound: Jo Bell, +44 7700 900456', 'Lighting: Kim Ro, +44 7700 900789', 'Stage: Pat Dunn, +44 7700 900321']);
  assert.deepEqual([crew.technical.sound, crew.technical.lighting, crew.technical.stage], [null, null, null]);
  const asked = await read(['Advance questionnaire – The Lantern, Bristol, Friday 12 March 2027', '', 'Backline needed?', 'Only a bass amp, the rest is ours', '',
    'Own FOH desk?', 'Yes: Allen & Heath SQ5 and our in-ear rack', '', 'Venue crew on the day:', 'Sound: Jo Bell', 'Lighting: Kim Ro', 'Stage: Pat Dunn']);
  assert.equal(asked.technical.backline, 'Only a bass amp, the rest is ours');
  assert.equal(asked.technical.sound, null);
  // A run of gear rows without a heading still is a technical block.
  const gear = await read(['Hi Sam, all set for Friday 12 March 2027 at The Lantern, Bristol.', '', 'Backline: Gretsch kit, Ampeg SVT', 'Sound: Midas M32, 6 wedges', 'Stage: 8 x 6 m, drum riser 2 x 2 m']);
  assert.equal(gear.technical.stage, '8 x 6 m, drum riser 2 x 2 m');
});

test('a sentence saying something is not available until later keeps the times of the clause after it', async () => {
  const x = await read(['Quick update for Friday 12 March 2027 at The Lantern. The green room is not available until the afternoon, so load-in is at 15:00 and soundcheck at 16:30. Doors open at 19:00.']);
  assert.deepEqual(x.activities.filter((a) => ['load_in', 'soundcheck'].includes(a.kind)).map((a) => a.startTime).sort(), ['15:00', '16:30']);
  const blackout = await read(['Friday 12 March 2027 at The Lantern. Load-in is at 15:00.', 'Our drivers are not available for any transfers between 07:00 and 11:30 (rest time).']);
  assert.deepEqual(blackout.activities.map((a) => a.startTime), ['15:00']);
});

test('an early check-in with a morning check-out over two nights is no day room', async () => {
  const x = await read(['Hotel for the Bristol show:', '', 'Premier Inn Bristol Centre, 2 nights', 'Arrival Fri 12.03.2027 · early check-in 09:00 (confirmed) · check-out 12:00', '3 twin rooms, booking ref PI-48213']);
  assert.equal(x.hotels[0]?.checkOutDate, '2027-03-14');
  const day = await read(['Day room for the drivers:', '', 'Hotel Am Ring, Ringstraße 4, Köln', 'Tue 08.06.2027 · check-in 08:00 · check-out 17:00']);
  assert.equal(day.hotels[0]?.checkOutDate, '2027-06-08');
});

test('"Merch stand: 18:30" and "Wristbands issued: 17:00" are items; "Stand: 03.09.2027 09:10" is the paper\'s stamp', async () => {
  const x = await read(['Advance for Friday 12 March 2027 at The Lantern, Bristol.', '', 'Load-in: 14:00', 'Merch stand: 18:30', 'Wristbands issued: 17:00', 'Stand: 03.09.2027 09:10', 'Doors: 19:00']);
  const times = x.activities.map((a) => a.startTime);
  assert.ok(times.includes('18:30') && times.includes('17:00'), JSON.stringify(times));
  assert.ok(!times.includes('09:10'), JSON.stringify(times));
});

const sheet = (rows: string[][], format: 'xlsx' | 'pdf'): ExtractedSource => ({
  ...extractPastedText(rows.map((r) => r.filter(Boolean).join('\t')).join('\n')),
  origin: 'file', format, name: `day.${format}`, mimeType: 'application/octet-stream', tables: [{ rows, page: format === 'pdf' ? 1 : null, sheet: format === 'xlsx' ? 'Day' : null }],
});

test("a \"HOTEL\" divider row inside a day grid does not end the grid", async () => {
  const rows = [
    ['Day sheet', '', '', ''], ['Date', 'Fri 12.03.2027', '', ''], ['', '', '', ''],
    ['Time', 'Item', 'Location', 'Notes'], ['14:00', 'Load-in', 'Rear dock', ''], ['16:30', 'Soundcheck', 'Main room', ''],
    ['HOTEL', '', '', ''], ['23:45', 'Check-in', 'Premier Inn Centre', 'rooms under Vail'],
    ['TRAVEL', '', '', ''], ['09:30', 'Bus call', 'Hotel lobby', 'to Cardiff'],
  ];
  const { activities } = (await understand([sheet(rows, 'xlsx')])).extracted;
  assert.equal(activities.find((a) => a.name === 'Bus call')?.notes, 'to Cardiff');
});

test('a remark after a dash is no place; riders before a colon stay in the ride\'s name', async () => {
  const rows = [['Time', 'Item', 'Notes'], ['16:00', 'Soundcheck — no audience in the room', ''], ['17:30', 'Load-in — loading bay (Mill St side)', ''],
    ['08:00', 'Van – band & crew: Hotel Nord → Mill Street Hall', '']];
  const text = ['FRI 08 OCT 2027 · GUELPH, ON', '', 'Schedule', ...rows.map((r) => r.filter(Boolean).join('\t'))].join('\n');
  const src: ExtractedSource = { ...extractPastedText(text), origin: 'file', format: 'pdf', name: 'day.pdf', mimeType: 'application/pdf', tables: [{ rows, page: 1, sheet: null }] };
  const { activities } = (await understand([src])).extracted;
  assert.equal(activities.find((a) => a.startTime === '16:00')?.location ?? null, null);
  assert.equal(activities.find((a) => a.startTime === '17:30')?.location, 'loading bay (Mill St side)');
  const van = activities.find((a) => a.startTime === '08:00');
  assert.deepEqual([van?.name, van?.location, van?.destination], ['Van – band & crew', 'Hotel Nord', 'Mill Street Hall']);
});

test('a Croatian running order\'s "20:00 Zbor Lado" (a choir) is the set, not a flight', async () => {
  const x = await read(['Satnica – petak, 12. ožujka 2027., Lisinski, Zagreb', '', '17:00 Tonska proba', '19:00 Otvaranje vrata', '20:00 Zbor Lado', '21:30 Kraj programa']);
  assert.ok(x.activities.some((a) => a.startTime === '20:00'), JSON.stringify(x.activities.map((a) => a.startTime)));
});
