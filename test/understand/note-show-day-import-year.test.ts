/**
 * A pasted note with no date of its own names the show's day without a year ("Sat 12th Oct"): the
 * year is the one the import's attached documents write, not the year nearest the day of import.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

const attached = (name: string, text: string): ExtractedSource => ({ ...pasted(text), name, origin: 'file' });

test("a note's year-less show day takes the year the attached documents write, and so do its times' days", async () => {
  const stay = attached('stay.txt', 'Hotel: Kestrel Quay Hotel\nCheck-in: 11/10/2024\nCheck-out: 13/10/2024');
  const note = pasted('DUNDEE – Sat 12th Oct\nThe Jute Rooms, 3 Seagate, Dundee\ndoors 7pm\ncurfew 11pm');
  const { extracted } = await understand([stay, note]);
  assert.equal(extracted.general.date, '2024-10-12');
  assert.deepEqual(extracted.activities.map((a) => a.date), extracted.activities.map(() => '2024-10-12'));
});
