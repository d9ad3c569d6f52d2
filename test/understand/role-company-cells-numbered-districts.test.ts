/**
 * A contacts table's "Role, Company" role cell, and a numbered district before the
 * city in an address.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { roleCommaCompany } from '../../src/understand/sections/contact-role-comma-company.js';
import { addresses } from '../../src/understand/sections/travel/phrases.js';
import { placeOf } from '../../src/understand/sections/place.js';

test('a role cell "Role, Company" gives the role and the company it is held at', () => {
  assert.deepEqual(roleCommaCompany('Tour Manager, Pale Orchards'), { role: 'Tour Manager', company: 'Pale Orchards' });
  assert.deepEqual(roleCommaCompany('Hospitality, Kesselhaus'), { role: 'Hospitality', company: 'Kesselhaus' });
  assert.equal(roleCommaCompany('Sound, Lights'), null, 'two roles');
  assert.equal(roleCommaCompany('Stage Manager, Stage 2'), null, 'a numbered stage');
  assert.equal(roleCommaCompany('Anna Berg, Pale Orchards'), null, 'no role word');
});

test('a numbered district before the city stays in the address, and the city is read after it', () => {
  const hit = addresses('Hotel: 8 Palm Street, Old Town 2, Riverton\nPhone: 0123').find((a) => a.value.startsWith('8 Palm'));
  assert.equal(hit?.value, '8 Palm Street, Old Town 2, Riverton');
  assert.equal(placeOf(hit!.value).city, 'Riverton');
});
