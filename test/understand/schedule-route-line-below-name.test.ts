/** A day sheet's ride whose name says its route in words, with the places named on the line below it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scheduleItems } from './helpers.js';

test('"Shuttle hotel -> venue" over "Hotel Arcadia -> Stage door (gate 4)": the places below are the ride\'s ends', () => {
  const sheet = [
    '13h30\tShuttle hotel -> venue',
    '               Hotel Arcadia -> Stage door (gate 4)',
    '15h00 - 15h45\tSoundcheck - Main stage',
  ].join('\n');
  const [ride] = scheduleItems(sheet, ['location', 'destination']);
  assert.deepEqual([ride?.location, ride?.destination], ['Hotel Arcadia', 'Stage door (gate 4)']);
});
