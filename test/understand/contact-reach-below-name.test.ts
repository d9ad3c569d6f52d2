/** A team list printing each person over two lines: "Name - role", then the reach indented below it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contactRows } from './sections/travel-fixtures.js';

test('a name and role over an indented line of phone and e-mail is one contact, the reach\'s label and hyphen left out', () => {
  const block = [
    'ÉQUIPE PRODUCTION',
    'Mathilde Caron - Coordination production',
    '  GSM +32 470 11 22 33 - mathilde@ventsdumarais.example.be',
    'Pierre Lenoir - Hébergement & transport',
    '  +32 2 555 01 20 - logistique@ventsdumarais.example.be',
    'Lotte Claes - Régie plateau',
    '  GSM +32 489 76 54 32',
  ].join('\n');
  assert.deepEqual(contactRows(block), [
    ['Mathilde Caron', 'Coordination production', null, '+32470112233', 'mathilde@ventsdumarais.example.be'],
    ['Pierre Lenoir', 'Hébergement & transport', null, '+3225550120', 'logistique@ventsdumarais.example.be'],
    ['Lotte Claes', 'Régie plateau', null, '+32489765432', null],
  ]);
});

test('a lower-case remark in brackets stays with the role after the dash', () => {
  assert.deepEqual(contactRows('Bram Peeters - Accueil artistes (jour du concert) - +32 478 90 12 34'), [
    ['Bram Peeters', 'Accueil artistes (jour du concert)', null, '+32478901234', null],
  ]);
});
