/**
 * A ticket's small print naming the airline's or agency's desk with its number ("Servicio de Atención
 * al Cliente en el +34 …"): a desk is no person, so no contact.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

test('a Spanish service desk with its phone number is no contact', async () => {
  const text = [
    'Localizador: PLM4QZ',
    'VY 1402\tsáb, 6 nov 2027\t08:15 BCN 10:05 LIS',
    'Condiciones de la tarifa',
    'Para cambios posteriores al 1 nov 2027 contacta con el Servicio de Atención al Cliente en el 902 000 111 (España) o +34 93 000 45 67 desde el extranjero.',
  ].join('\n');
  const { extracted } = await understand([pasted(text)]);
  assert.deepEqual(extracted.contacts, []);
});
