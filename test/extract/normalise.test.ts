import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countWords, normaliseText } from '../../src/extract/normalise.js';

const CASES: [what: string, input: string, expected: string][] = [
  ['ligatures expand, private-use glyphs go', 'ﬁnal oﬀer, ﬂights \uE001booked\uF8FF', 'final offer, flights booked'],
  ['hyphenation at a line end is joined', 'the perfor-\nmance starts at 21:00', 'the performance\nstarts at 21:00'],
  ['a hyphen inside a line stays', 'Load-in at 14:00, soundcheck-\nfree day', 'Load-in at 14:00, soundcheckfree\nday'],
  ['a particle keeps its hyphen', 'ready for the load-\nin at 15:00', 'ready for the load-in\nat 15:00'],
  ['a capital after the break keeps the hyphen', 'Corona-\nVirus', 'Corona-\nVirus'],
  ['soft hyphens', 'soft\u00ADhyphen and hyphen\u00AD\nated', 'softhyphen and hyphenated'],
  ['line endings, blank lines, trailing spaces', 'a\r\nb\rc\n\n\n\nd  ', 'a\nb\nc\n\nd'],
  ['a space run is a column gap', 'Venue:      Foundry Hall', 'Venue:\tFoundry Hall'],
  ['tabs and spaces around them merge', 'Date \t 12 March', 'Date\t12 March'],
  ['two spaces: a column, unless after a full stop', 'Doors  19:00\nSee you there.  Bring ID.', 'Doors\t19:00\nSee you there. Bring ID.'],
  ['full-width forms', 'Ｆｅｅ：１２００', 'Fee:1200'],
];

for (const [what, input, expected] of CASES) {
  test(`normaliseText: ${what}`, () => assert.equal(normaliseText(input), expected));
}

test('words are counted as a reader would', () => {
  assert.equal(countWords('Load-in: 14:00 — katrin@example.de, EUR 4,500.00'), 5);
});
