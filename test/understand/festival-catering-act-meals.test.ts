/**
 * A festival's catering tab: the kitchen's opening hours over a meal table of every act ("Act | Meal |
 * Time | Antal pers. | Diet"). The opening hours are no item of the day; the act's own row is its meal, and
 * neither its act cell nor its diet cell says where the meal is served.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { workbook } from './helpers.js';

const pack = () => workbook('artist-day.xlsx', [
  ['Day', [
    ['Artist', 'Larch Avenue'],
    ['Date', 'Saturday 11 September 2027'],
    ['Set', '20:00 - 21:00'],
  ]],
  ['Catering', [
    ['CATERING'],
    ['Opening hours', '10:00–22:00 (coffee and fruit all day)'],
    ['Meal times Saturday'],
    ['Artist', 'Meal', 'Time', 'Antal pers.', 'Dietary'],
    ['Gull Harbour', 'Lunch', '12:30', '6'],
    ['Larch Avenue', 'Dinner', '17:00', '4', '1 x vegan'],
    ['Low Meadow', 'Dinner', '18:15', '8'],
  ]],
]);

test("a catering tab's opening hours are no item of the day", async () => {
  const x = (await understand([await pack()])).extracted;
  assert.ok(!x.activities.some((a) => a.startTime === '10:00'), JSON.stringify(x.activities));
});

test("an act's meal row is its meal, served nowhere its act or diet cell names", async () => {
  const x = (await understand([await pack()])).extracted;
  assert.deepEqual(x.food.map((f) => [f.time, f.guestCount, f.address, f.notes]), [['17:00', 4, null, '1 x vegan']]);
});
