/** A run of digits that holds a full date is no phone number, whatever the country would allow. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contactIn } from '../../src/understand/sections/people.js';
import { pasted } from './helpers.js';

test('a version line "3 (14-09-2027)" under a title gives no phone', () => {
  const text = 'KULTURHALLE NORDSTERN\nAblaufplan – Version 3 (14-09-2027)';
  const draft = contactIn(pasted(text), text, 0, 'pattern', { country: 'DE' });
  assert.equal(draft?.phone, undefined);
});

test('a phone with dashes is still a phone', () => {
  const text = 'Jonas Feld, Produktion, 0221-4470 1893';
  const draft = contactIn(pasted(text), text, 0, 'pattern', { country: 'DE' });
  assert.equal(draft?.phone?.value, '+4922144701893');
});
