import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLenientJson } from '../../../src/understand/schema-org/index.js';
import { escapeStrayQuotes } from '../../../src/understand/schema-org/json.js';

test('valid JSON is parsed as is', () => {
  assert.deepEqual(parseLenientJson('{"a": [1, 2]}'), { a: [1, 2] });
});

test('trailing commas, comments and single quotes are tolerated', () => {
  assert.deepEqual(parseLenientJson("{'a': 1, // note\n \"b\": [1, 2,],}"), { a: 1, b: [1, 2] });
});

test('HTML entities and CDATA wrappers are undone', () => {
  assert.deepEqual(parseLenientJson('//<![CDATA[\n{&quot;name&quot;: &quot;Caf&eacute; Nord&quot;}\n//]]>'), { name: 'Café Nord' });
});

test('quotes that cannot close a string are escaped', () => {
  assert.equal(escapeStrayQuotes('{"name": "Per "the drummer" Lind"}'), '{"name": "Per \\"the drummer\\" Lind"}');
  assert.deepEqual(parseLenientJson('{"name": "Per "the drummer" Lind", "seat": "3B"}'), { name: 'Per "the drummer" Lind', seat: '3B' });
});

test('text that is no JSON gives undefined', () => {
  assert.equal(parseLenientJson('<p>not json</p>'), undefined);
});
