/**
 * A day sheet's item cells read into their parts (schedule-name-cell.ts), a press block's bare "When"
 * row joined to its item (schedule-timed-block.ts), and a guest-list deadline that times no slot.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pasted, scheduleItems } from './helpers.js';
import { scheduleOf } from '../../src/understand/sections/schedule.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';

/** A two-column sheet as the extraction layer gives a Word table: its rows, and one tab-joined line per row. */
const sheet = (rows: string[][], after = '') => {
  const text = rows.map((r) => r.join('\t')).join('\n') + after;
  return { ...pasted(text), tables: [{ rows, page: null, sheet: null }] };
};

const items = (source: ReturnType<typeof sheet>) => [...scheduleOf(source)].map((i) => ({
  name: i.name.value, kind: i.kind.value, start: i.start.value,
  ...(i.location ? { location: i.location.value } : {}),
  ...(i.destination ? { destination: i.destination.value } : {}),
  ...(i.notes ? { notes: i.notes.value } : {}),
}));

test('a ride named before its colon takes its route from the arrow, and is a transfer whatever its label', () => {
  const got = items(sheet([
    ['Time', 'What'],
    ['09:30', 'Driver pick-up: guesthouse → TV studio'],
    ['11:10', 'Driver return: TV studio → hall'],
  ]));
  assert.deepEqual(got, [
    { name: 'Driver pick-up', kind: 'transfer', start: '09:30', location: 'guesthouse', destination: 'TV studio' },
    { name: 'Driver return', kind: 'transfer', start: '11:10', location: 'TV studio', destination: 'hall' },
  ]);
});

test("a lower-case remark in brackets is the item's note, a dash and a later time inside it too", () => {
  const got = items(sheet([
    ['Time', 'What'],
    ['15:00', 'Get in (via the loading bay, Mill Road)'],
    ['23:00', 'Curfew (disco after – room clear by 23:20)'],
  ]));
  assert.deepEqual(got, [
    { name: 'Get in', kind: 'load_in', start: '15:00', notes: 'via the loading bay, Mill Road' },
    { name: 'Curfew', kind: 'curfew', start: '23:00', notes: 'disco after – room clear by 23:20' },
  ]);
});

test('a flight number is in capitals: "by 22:45" in lower case is none', () => {
  assert.equal(activityKind('Curfew (stage clear by 22:45)'), 'curfew');
  assert.equal(activityKind('Travel day, BA 1432 to Glasgow'), null);
});

test("a pointer to another section leaves the name; the press block's When row times that item and gives its place and format", () => {
  const got = items(sheet([
    ['Time', 'What'],
    ['11:00 – 11:40', 'Coast Radio session (see PROMO below)'],
    ['18:30', 'Doors'],
  ], '\n\nPROMO\n\nFormat\tChat and one song, duo only\nWhere\tStudio B, Quay House, Harbour Road\nWhen\t11:00 – 11:40\n'));
  assert.deepEqual(got, [
    { name: 'Coast Radio session', kind: 'interview', start: '11:00', location: 'Studio B, Quay House, Harbour Road', notes: 'Chat and one song, duo only' },
    { name: 'Doors', kind: 'doors', start: '18:30' },
  ]);
});

test('a deadline after a comma ("for support, to Sam by 16:00") times no support slot; "load-in by 14:00" still counts', () => {
  assert.deepEqual(scheduleItems('Guests: 6 + 2 for support, to Sam by 16:00 please.\n', []), []);
  assert.deepEqual(scheduleItems('Hi all, we need load-in by 14:00 at the back door.\n', []).map((i) => i.start), ['14:00']);
});

test('a bracket naming the slot stays in the act\'s name', () => {
  const got = items(sheet([['Time', 'What'], ['19:30', 'Kit Marlow (support)']]));
  assert.deepEqual(got.map((i) => [i.name, i.notes]), [['Kit Marlow (support)', undefined]]);
});
