/**
 * A festival's contact sheet headed with its one day and its site in segments of their own
 * ("Saturday, 10 July 2027 · Site · Street s/n, postcode City (Province), Country"), its e-mail cells
 * broken after the "@" by the printed column. Invented fixtures.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseEmail } from '../../src/understand/normalise/index.js';
import { placeOf } from '../../src/understand/sections/place.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { extract as contacts } from '../../src/understand/sections/contacts.js';
import { pasted } from './helpers.js';
import { run, values } from './sections/travel-fixtures.js';

test('an e-mail broken after its "@" is one address; a province in brackets is no part of the city', () => {
  assert.equal(normaliseEmail('prensa@ festival.example.es'), 'prensa@festival.example.es');
  assert.equal(normaliseEmail('ana @festival.example.es'), 'ana@festival.example.es');
  assert.equal(normaliseEmail('ana and bo@festival.example.es'), null);
  assert.deepEqual(placeOf('Calle Mayor 3, 03001 Alicante (Alicante), España').city, 'Alicante');
  assert.deepEqual(placeOf('Via Roma 5, 35122 Padova (PD)').city, 'Padova');
  assert.deepEqual(placeOf('Marktplatz 2, 91207 Lauf (Pegnitz)').city, 'Lauf (Pegnitz)');
});

const SHEET = [
  'FESTIVAL MAREA 2028',
  'Hoja de contactos · Producción',
  'Sábado, 15 de julio de 2028 · Explanada del Puerto · Avenida del Mar s/n, 03001 Alicante, España',
  '',
  'Rol\tNombre\tMóvil\tEmail',
  'Dirección\tLaura Gil Pérez\t612 00 11 22\tlaura@marea.example.es',
  'Prensa\tJorge Ruiz\t613 00 11 22\tprensa@ marea.example.es',
].join('\n');

test('a contact sheet headed with its day and site places the show, and its broken e-mail is read whole', () => {
  const [g] = run(general, pasted(SHEET)).map(values);
  assert.deepEqual([g!.venue, g!.address, g!.city, g!.country, g!.date, g!.setTime ?? null], [
    'Explanada del Puerto', 'Avenida del Mar s/n, 03001 Alicante, España', 'Alicante', 'ES', '2028-07-15', null,
  ]);
  const people = run(contacts, pasted(SHEET)).map(values);
  assert.equal(people.find((p) => p.name === 'Jorge Ruiz')?.email, 'prensa@marea.example.es');
});

test('a heading without a date names no show by its site alone', () => {
  const text = ['Explanada del Puerto · Avenida del Mar s/n, 03001 Alicante', '', 'Rol\tNombre\tMóvil', 'Dirección\tLaura Gil\t612 00 11 22'].join('\n');
  const drafts = run(general, pasted(text)).map(values);
  assert.equal(drafts[0]?.venue ?? null, null);
});
