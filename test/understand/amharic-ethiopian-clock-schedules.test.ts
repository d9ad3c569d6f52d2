/**
 * A bilingual Amharic/English advance sheet. Each 24-hour time carries the Ethiopian
 * clock's reading beside it (a column of its own or a bracket), acts are written in both scripts, a
 * schedule's place cell draws a ride's route, a transport table's "Route" column, a meal table's
 * "Provider — Place" column, and a rooming table below a stay read by both its labels and its prose.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { blankEthiopianClock } from '../../src/understand/text/ethiopian-clock.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

const SCHEDULE = [
  'ARTIST ADVANCE SHEET', '',
  'አርቲስት / Artist\tNile Horns',
  'ቀን / Date\tቅዳሜ፣ ኖቬምበር 20 ቀን 2027 እ.ኤ.አ. (ኅዳር 10 ቀን 2020 ዓ.ም.) · Saturday, 20 November 2027', '',
  'SHOW DAY SCHEDULE', '',
  'ሰዓት · Time\tየኢትዮጵያ ሰዓት · Eth. clock\tዝርዝር / Item\tቦታ / Place\tማስታወሻ / Notes',
  '12:30\tከቀኑ 6፡30\tወደ ክለቡ / To club\tRiver Lodge → Blue Door Club\tSee run 2',
  '14:30\tከቀኑ 8፡30\tየዕቃ ማስገቢያ / Load-in\tSide door\t3 stagehands',
  '16:00–17:00\tከቀኑ 10፡00–11፡00\tየድምፅ ሙከራ / Soundcheck – Nile Horns\tMain stage',
  '20:00\tከምሽቱ 2፡00\tበር መክፈቻ / Doors',
  '21:00–22:15\tከምሽቱ 3፡00–4፡15\tናይል ሆርንስ / Nile Horns\tMain stage\t75 min',
  '23:00\tከምሽቱ 5፡00\tየማብቂያ ሰዓት / Curfew\t\tStrict',
  '00:15\tከሌሊቱ 6፡15\tወደ ሆቴል / Back to lodge\tBlue Door Club → River Lodge',
].join('\n');

test('an Ethiopian-clock reading beside a time is blanked, its brackets and separator with it', () => {
  const text = '06:15 (+1) · (ከጠዋቱ 12፡15) and 21:30–23:00 / ከምሽቱ 3፡30–5፡00';
  const out = blankEthiopianClock(text);
  assert.equal(out.length, text.length);
  assert.equal(out.replace(/\s+/g, ' ').trim(), '06:15 (+1) and 21:30–23:00');
});

test('a schedule table with an Ethiopian-clock column names its items by the item column', async () => {
  const x = await extracted(SCHEDULE);
  const names = x.activities.map((a) => a.name);
  assert.ok(names.every((n) => !/ከ(?:ቀኑ|ምሽቱ|ሌሊቱ)/u.test(n)), names.join(' | '));
  const check = x.activities.find((a) => a.kind === 'soundcheck');
  assert.equal(check?.startTime, '16:00');
  assert.equal(check?.endTime, '17:00');
});

test('an act written in both scripts is a set named by its Latin half', async () => {
  const x = await extracted(SCHEDULE);
  const set = x.activities.find((a) => a.kind === 'set');
  assert.equal(set?.name, 'Nile Horns');
  assert.equal(set?.startTime, '21:00');
  assert.equal(x.general.setTime, '21:00');
  assert.equal(x.general.setLengthMinutes, 75);
});

test('a schedule row whose place cell draws a route is a ride, and a pointer is no note', async () => {
  const x = await extracted(SCHEDULE);
  const ride = x.activities.find((a) => a.startTime === '12:30');
  assert.equal(ride?.kind, 'transfer');
  assert.equal(ride?.location, 'River Lodge');
  assert.equal(ride?.destination, 'Blue Door Club');
  assert.equal(ride?.notes, null);
  const back = x.activities.find((a) => a.startTime === '00:15');
  assert.equal(back?.kind, 'transfer');
  assert.equal(back?.destination, 'River Lodge');
});

test('a transport table with a "Route" column gives each run its ends', async () => {
  const x = await extracted([
    'GROUND TRANSPORT', '',
    'No.\tDate\tTime\tRun\tRoute\tVehicle\tNotes',
    '1\tFri 19 Nov 2027\t07:45\tAirport pick-up\tBole Airport, Arrivals → River Lodge\tMinibus\tMeets the band',
    '2\tSun 21 Nov 2027\t19:10\tAirport drop-off\tRiver Lodge → Bole Airport, Departures\tMinibus\t6 pax',
  ].join('\n'));
  const drop = x.activities.find((a) => a.startTime === '19:10');
  assert.equal(drop?.kind, 'transfer');
  assert.equal(drop?.location, 'River Lodge');
  assert.equal(drop?.destination, 'Bole Airport, Departures');
  const pick = x.activities.find((a) => a.startTime === '07:45');
  assert.equal(pick?.location, 'Bole Airport, Arrivals');
});

test('a meal table\'s "Provider — Place" cell gives the provider, its place and phone', async () => {
  const x = await extracted([
    'ARTIST ADVANCE SHEET', '',
    'ቀን / Date\tSaturday, 20 November 2027', '',
    'MEALS', '',
    'ቀን / Date\tሰዓት / Time\tምግብ / Meal\tአቅራቢ / Provider — ቦታ / Place\tሰዎች · Pax\tማስታወሻ / Notes',
    'Fri 19 Nov\t20:00 · (ከምሽቱ 2፡00)\tWelcome dinner\tአባይ ቤት / Abay House Kitchen · Cape Road 12, Addis Ababa · +251 11 555 0142\t9\tTraditional dinner',
    'Sat 20 Nov\t18:00 · (ከምሽቱ 12፡00)\tእራት / Dinner\t— (buyout / በጥሬ ገንዘብ)\t7\tETB 900 per person, cash',
  ].join('\n'));
  const dinner = x.food.find((f) => f.time === '20:00');
  assert.equal(dinner?.name, 'Abay House Kitchen');
  assert.equal(dinner?.address, 'Cape Road 12, Addis Ababa');
  assert.equal(dinner?.phone, '+251115550142');
  assert.equal(dinner?.date, '2027-11-19');
  const buyout = x.food.find((f) => f.time === '18:00');
  assert.equal(buyout?.address ?? null, null);
  assert.match(buyout?.notes ?? '', /ETB 900 per person/);
});

test('a rooming table below a stay read by its labels and its prose lists the guests', async () => {
  const x = await extracted([
    'Hotel: Lakeview Hotel',
    'Check-in: 19 Nov 2027, 14:00',
    'Check-out: 21 Nov 2027', '',
    'Room\tType\tGuests',
    '1\tTwin\tAnna Roth, Pia Kessler',
    '2\tSingle\tTom Berger (TM)',
  ].join('\n'));
  assert.deepEqual(x.hotels[0]?.guests, ['Anna Roth', 'Pia Kessler', 'Tom Berger']);
  assert.equal(x.hotels[0]?.rooms, 2);
});
