/** Advancing forms and production-advance workbooks: technical rows, a catering section, the deal line. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract as deal } from '../../src/understand/sections/deal.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { extract as technical } from '../../src/understand/sections/technical.js';
import { pasted } from './helpers.js';
import { run, show, values } from './sections/travel-fixtures.js';

test('an advancing form\'s technical section: one row per area, power in "other" with its label, nothing from the next section', () => {
  const form = [
    '3. Technik',
    'Backline\tSchlagzeug vom Veranstalter, Amps bringt die Band',
    'Ton\tHaus-PA, eigenes Pult',
    'Strom *\t2x 16A Schuko links',
    '',
    '4. Kontakte',
    'FOH\tMira Sohn, 0170 5551234',
  ].join('\n');
  const [draft] = run(technical, pasted(form));
  assert.deepEqual(values(draft!), {
    backline: 'Schlagzeug vom Veranstalter, Amps bringt die Band',
    sound: 'Haus-PA, eigenes Pult',
    other: 'Strom: 2x 16A Schuko links',
  });
});

test('a workbook\'s Tech sheet is read; a stage named on another sheet is not a requirement', () => {
  const book = [
    'Sheet: Overview',
    'Stage\tNorth Tent',
    'Sheet: Tech',
    'Stage\t10m x 6m, riser 2m x 2m',
    'Lighting\tHouse rig only',
    'Power\t32A three-phase, upstage left',
    'Other\tFour towels on stage',
    'Sheet: Contacts',
    'Sound\tLeo Park',
  ].join('\n');
  const [draft] = run(technical, pasted(book));
  assert.deepEqual(values(draft!), {
    stage: '10m x 6m, riser 2m x 2m',
    lighting: 'House rig only',
    other: 'Power: 32A three-phase, upstage left. Four towels on stage',
  });
});

test('a bilingual technical heading with a remark, ended by the next heading in capitals', () => {
  const sheet = [
    'TEKNIKK / TECHNICAL (house equipment)',
    'Scene / Stage:\t7 x 5 m',
    'PARKERING / PARKING',
    'Stage:\tbehind the hall',
  ].join('\n');
  assert.deepEqual(values(run(technical, pasted(sheet))[0]!), { stage: '7 x 5 m' });
});

test('a catering section of a form: the ticked meal, its place, time, head count and dietary notes', () => {
  const form = [
    '2. Catering',
    'Crew-Catering *\t[x] yes [ ] no',
    'Location\tCanteen tent',
    'Time\t16:30',
    'People\t9',
    'Allergies\t2x vegetarian',
    '',
    '3. Hotel',
  ].join('\n');
  assert.deepEqual(run(food, pasted(form), show('2029-06-02')).map(values), [
    { name: 'Crew-Catering', kind: 'catering', address: 'Canteen tent', time: '16:30', guestCount: 9, notes: '2x vegetarian', date: '2029-06-02' },
  ]);
  const declined = form.replace('[x] yes [ ] no', '[ ] yes [x] no');
  assert.deepEqual(run(food, pasted(declined), show('2029-06-02')), []);
});

test('a schedule row "catering by X": X serves it, the place cell is where, the rest of the details are notes; a date on another sheet is not the row\'s', () => {
  const book = [
    'Sheet: Overview',
    'Updated\tJo Reyes – 03/05/2029',
    'Sheet: Schedule',
    '17:30\tDinner\tCrew room\tCatering by Fig & Thyme, 9 pax, 1 halal',
  ].join('\n');
  assert.deepEqual(run(food, pasted(book), show('2029-05-20')).map(values), [
    { name: 'Fig & Thyme', kind: 'catering', address: 'Crew room', time: '17:30', date: '2029-05-20', guestCount: 9, notes: '1 halal' },
  ]);
});

test('a "Deal:" line: the amount that opens it is the fee; a ticket price further on is not', () => {
  const [vs] = run(deal, pasted('Deal\tEUR 4,200 guarantee vs 75% of net door'));
  assert.deepEqual(values(vs!), { dealType: 'guarantee_vs_percentage', fee: 4200, currency: 'EUR' });
  const [split] = run(deal, pasted('Deal: door split 70/30 after costs, tickets EUR 14'));
  assert.deepEqual(values(split!), { dealType: 'door_split' });
});
