/**
 * Emergency lines in a contact table ("Police", a named hospital or clinic) are desks, no people
 * (sections/contact-desks.ts). All examples invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

test('emergency lines in a contact table are no people', async () => {
  const { extracted: out } = await understand([pasted([
    'Date\t12 December 2031',
    'Venue\tGodavari Kala Kendra',
    '',
    'Name\tRole\tCompany\tPhone',
    'Ashwini Kulkarni\tProduction manager\tKala Live\t+91 98901 44556',
    'Ambulance\t\t\t108',
    'Trimbak Road Clinic (open all night)\t\tSatpur\t+91 253 555 0143',
  ].join('\n'))]);
  assert.deepEqual(out.contacts.map((c) => c.name), ['Ashwini Kulkarni']);
});
