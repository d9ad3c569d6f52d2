import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IMPORT_SECTIONS } from '../src/interfaces.js';

test('sections run in the fixed order the contract names', () => {
  assert.deepEqual(IMPORT_SECTIONS, [
    'general', 'deal', 'hotels', 'flights', 'food', 'activities', 'contacts', 'technical', 'documents',
  ]);
});
