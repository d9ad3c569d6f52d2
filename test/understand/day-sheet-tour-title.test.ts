/** A day sheet titled by the tour's name over the day: the tour is the event, the act is read elsewhere. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

test('"Autumn Drift Tour - Friday 9 October 2026 - Portland" names the event, not the act', async () => {
  const sheet = [
    'Autumn Drift Tour - Friday 9 October 2026 - Portland',
    'Venue: The Copper Lantern',
    '19:00 Doors',
    '21:00 - 22:15 Pale Harbor',
  ].join('\n');
  const { extracted } = await understand([{ ...extractPastedText(sheet), name: 'sheet.txt', origin: 'file' }]);
  assert.equal(extracted.general.eventName, 'Autumn Drift Tour');
  assert.notEqual(extracted.general.artist, 'Autumn Drift Tour');
});
