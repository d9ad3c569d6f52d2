import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeExtractor, extractFile } from '../../src/extract/index.js';
import { makePdf, type PlacedText } from './make-files.js';

after(closeExtractor);

const runningOrder: [string, string][] = [
  ['12:00', 'Get-in'], ['15:00', 'Soundcheck'], ['18:30', 'Doors'],
  ['19:15', 'Support'], ['20:30', 'Headline set'], ['22:45', 'Curfew'],
];

/** A running order on the left; on the right, lines at their own spacing, or on the rows' baselines. */
function daySheet(right: PlacedText[]): PlacedText[] {
  return [
    { text: 'DAY SHEET - Eastbrook', x: 50, top: 70, size: 16 },
    { text: 'RUNNING ORDER', x: 50, top: 110 },
    ...runningOrder.flatMap(([time, item], row) => [
      { text: time, x: 50, top: 128 + 16 * row }, { text: item, x: 100, top: 128 + 16 * row },
    ]),
    ...right,
    { text: 'Printed for the touring party only - check the shared calendar for late changes.', x: 50, top: 260 },
  ];
}

test('a page in two independent columns is read one column after the other', async () => {
  const contacts = [
    'VENUE', 'Old Mill Rooms', '4 Weir Lane, Eastbrook', 'Capacity 400',
  ].map((text, i) => ({ text, x: 330, top: 110 + 13 * i }));
  const hotel = ['HOTEL', 'The Lantern Inn', 'Check-out 11:00'].map((text, i) => ({ text, x: 330, top: 171 + 13 * i }));
  const source = await extractFile({ bytes: await makePdf([daySheet([...contacts, ...hotel])]), name: 'day-sheet.pdf' });
  assert.equal(source.text, [
    'DAY SHEET - Eastbrook', '',
    'RUNNING ORDER',
    ...runningOrder.map((row) => row.join('\t')), '',
    'VENUE', 'Old Mill Rooms', '4 Weir Lane, Eastbrook', 'Capacity 400', '',
    'HOTEL', 'The Lantern Inn', 'Check-out 11:00', '',
    'Printed for the touring party only - check the shared calendar for late changes.',
  ].join('\n'));
  assert.deepEqual(source.tables.map((table) => table.rows), [runningOrder]);
});

test('cells on the rows\' baselines across the same gap stay table rows, read across', async () => {
  const rooms = ['Main hall', 'Main hall', 'Foyer', 'Foyer', 'Main hall', 'Main hall'];
  const right = [{ text: 'Room', x: 330, top: 110 }, ...rooms.map((text, row) => ({ text, x: 330, top: 128 + 16 * row }))];
  const source = await extractFile({ bytes: await makePdf([daySheet(right)]), name: 'day-sheet.pdf' });
  assert.equal(source.text, [
    'DAY SHEET - Eastbrook', '',
    'RUNNING ORDER\tRoom',
    ...runningOrder.map((row, i) => [...row, rooms[i]].join('\t')), '',
    'Printed for the touring party only - check the shared calendar for late changes.',
  ].join('\n'));
});
