/**
 * The review reads conflicts between documents back from the warnings the understanding layer writes.
 * These run the real extraction and understanding on two disagreeing sources and check that the web
 * app's reader finds each conflict on the right field, with both values and their sources.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readSource } from '../../src/extract/read.js';
import { DEFAULT_LIMITS } from '../../src/extract/limits.js';
import { understand } from '../../src/understand/index.js';
import { readConflicts } from '../../src/web/lib/conflicts.js';

async function understandTexts(files: Record<string, string>) {
  const sources = await Promise.all(Object.entries(files).map(([name, text]) =>
    readSource({ bytes: Buffer.from(text), name, declaredType: 'text/plain', origin: 'file', depth: 0 }, DEFAULT_LIMITS)));
  return (await understand(sources)).extracted;
}

test('a field two documents disagree on offers both values, the kept one first', async () => {
  const data = await understandTexts({
    'contract.txt': 'Artist: The Quiet Engines\nVenue: Sjöhuset\nDate: 21/03/2026\nDoors: 19:30\n',
    // A name with brackets and a value with quotes: the message is still read right.
    'mail (1) "fwd".txt': 'Artist: The Quiet Engines\nVenue: "Kulturhuset (Stora scen)" vs. annex\nDate: 21/03/2026\nDoors: 19:00\n',
  });
  const conflicts = readConflicts(data, data.warnings);

  assert.deepEqual(conflicts.get('general.doorsTime'), {
    path: 'general.doorsTime',
    choices: [{ value: '19:30', source: 'contract.txt' }, { value: '19:00', source: 'mail (1) "fwd".txt' }],
  });
  const venue = conflicts.get('general.venue');
  assert.equal(venue?.choices[0]?.value, data.general.venue);
  assert.equal(venue?.choices[1]?.source, 'mail (1) "fwd".txt');
  assert.match(String(venue?.choices[1]?.value), /^"Kulturhuset \(Stora scen\)" vs\. annex$/);
});

test('documents that agree give no conflicts', async () => {
  const data = await understandTexts({
    'a.txt': 'Artist: The Quiet Engines\nDoors: 19:30\n',
    'b.txt': 'Artist: The Quiet Engines\nDoors: 19:30\n',
  });
  assert.equal(readConflicts(data, data.warnings).size, 0);
});
