import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Activity } from '../../src/interfaces.js';
import { extractPastedText } from '../../src/extract/index.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { extract as activities } from '../../src/understand/sections/activities.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { looseDates } from '../../src/understand/sections/travel/phrases.js';
import { findLabelled } from '../../src/understand/text/labels.js';
import { found, type Draft } from '../../src/understand/found.js';
import { withoutSupersededActivities } from '../../src/understand/merge/index.js';
import { run, values } from './sections/travel-fixtures.js';

test('a heading in capitals or with a bracketed remark is not a label and its value', () => {
  const source = extractPastedText([
    'VENUE CONTACTS', 'Name\tRole', 'SCHEDULE (local times)', 'Artist Grey Harbour', 'Venue Kulturbunker', 'Date 14.03.2028',
  ].join('\n'));
  const labelled = findLabelled(source).map((l) => `${l.key}=${l.value}`);
  assert.ok(!labelled.includes('venue=CONTACTS'), labelled.join('; '));
  assert.ok(!labelled.some((l) => l.endsWith('=(local times)')), labelled.join('; '));
  assert.ok(labelled.includes('venue=Kulturbunker'), labelled.join('; '));
});

test("a stage's size is no venue", () => {
  const draft = run(general, extractPastedText([
    'Artist: Grey Harbour', 'Date: 14.03.2028', 'Stage: 10 x 8 m, height 1 m', 'Doors: 19:00',
  ].join('\n'))).map(values)[0] ?? {};
  assert.equal(draft['venue'], undefined);
});

test('a date written with dots is not a time in prose', () => {
  const items = run(activities, extractPastedText('Show date Friday 14.03.2028, doors 19:00')).map(values);
  assert.deepEqual(items.map((i) => i['startTime']), ['19:00']);
});

test('"Your set" is named by the artist', () => {
  const ctxGeneral = { artist: found('Grey Harbour', { method: 'label', source: 'x', page: null, span: null, validated: null }) };
  const items = run(activities, extractPastedText('Line check: 20:40\nYour set: 21:00 - 22:00'), ctxGeneral).map(values);
  assert.deepEqual(items.map((i) => i['name']), ['Line check', 'Grey Harbour']);
});

test('the losing source\'s item for a show time the merge rejected goes; other items stay', () => {
  const at = (value: string, source: string) => found(value, { method: 'pattern', source, page: null, span: null, validated: true });
  const item = (kind: string, time: string, source: string): Draft<Activity> =>
    ({ name: at(kind, source), kind: at(kind, source) as Draft<Activity>['kind'], startTime: at(time, source), date: at('2028-03-14', source) });
  const drafts = [item('soundcheck', '16:00', 'mail'), item('soundcheck', '17:00', 'sheet'), item('doors', '16:00', 'mail')];
  const kept = withoutSupersededActivities(drafts, [
    { field: 'soundcheckTime', values: [{ value: '17:00', source: 'sheet' }, { value: '16:00', source: 'mail' }] },
  ], '2028-03-14');
  assert.deepEqual(kept.map((d) => `${d.kind!.value} ${d.startTime!.value}`), ['soundcheck 17:00', 'doors 16:00']);
});

test('a version line dates the paper, not the rows of its schedule', () => {
  const items = run(activities, extractPastedText([
    'Show date\tSaturday 18.03.2028', 'Version\tv3 – updated 09.03.2028 (replaces all earlier times)', '',
    'Time\tWhat\tWhere', '17:00\tSoundcheck\tMain hall', '20:00\tDoors',
  ].join('\n'))).map(values);
  assert.ok(items.length >= 2);
  assert.ok(items.every((i) => i['date'] !== '2028-03-09'), JSON.stringify(items));
});

test('"1st floor" is a floor, not a date; a board line is the stay\'s, not a meal', () => {
  assert.deepEqual(looseDates('Catering room, 1st floor', new Date('2028-03-10T12:00:00Z')), []);
  assert.equal(looseDates('on the 21st', new Date('2028-03-10T12:00:00Z')).length, 1);
  const meals = run(food, extractPastedText([
    'Arrival: 18.03.2028, from 15:00', 'Rooms: 2', 'Verpflegung / Board: breakfast included',
  ].join('\n'))).map(values);
  assert.deepEqual(meals, []);
});
