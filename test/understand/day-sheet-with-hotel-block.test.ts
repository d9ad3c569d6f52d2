/** A venue's day sheet that also carries the hotel block: an itinerary, its loose venue line read. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { categorise } from '../../src/understand/sections/documents.js';

const attached = (name: string, text: string): ExtractedSource => ({ ...extractPastedText(text), name, origin: 'file' });

const SHEET = [
  'THE COPPER LANTERN 18 Calder Ave - Portland, OR 97205',
  'Autumn Drift Tour - Friday 10/9/26 - Portland, OR',
  'Venue The Copper Lantern',
  'Address 18 Calder Ave, Portland, OR 97205',
  '2:00 PM\tLoad-in',
  '5:00 PM - 5:45 PM\tSoundcheck - Pale Harbor',
  '7:00 PM\tDoors',
  '9:00 PM - 10:15 PM\tPale Harbor',
  '11:30 PM\tCurfew (karaoke night follows)',
  '11:45 PM\tLoad-out',
  'Hotel The Marlow Inn',
  'Address 400 Pine St, Portland, OR 97204',
  'Conf # 55120934 - 3 rooms',
  'Check-in 4:00 PM',
  'Guest list: +6 per band',
].join('\n');

test('a day sheet with a hotel block is an itinerary: its load-out is no hotel\'s word', () => {
  assert.equal(categorise(attached('copper-lantern.txt', SHEET)), 'itinerary');
});

test('the day sheet\'s loose "Venue X" line names the show\'s venue', async () => {
  const { extracted } = await understand([attached('copper-lantern.txt', SHEET)]);
  assert.equal(extracted.general.venue, 'The Copper Lantern');
});
