/**
 * A Spanish contract's data clause ("Label: value" lines): the soundcheck written in the plural
 * ("Pruebas de sonido"), and a street with its house number after a comma ("Avenida X, 52, 46023 …").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { labelKey } from '../../src/understand/text/lexicon.js';
import { splitVenueAddress } from '../../src/understand/sections/general-venue.js';
import { pasted } from './helpers.js';

test('"Pruebas de sonido" is the soundcheck label, as the singular is', () => {
  assert.deepEqual(['Pruebas de sonido', 'Prueba de sonido'].map(labelKey), ['soundcheck', 'soundcheck']);
});

test('a bare house number after a comma belongs to the street before it', () => {
  assert.equal(splitVenueAddress('Avenida del Puerto, 52, 46023 Valencia'), null);
  assert.deepEqual(splitVenueAddress('Sala Faro, Calle del Mar, 7, 03001 Alicante'), { venue: 'Sala Faro', address: 'Calle del Mar, 7, 03001 Alicante' });
});

const CONTRACT = [
  'CONTRATO DE ACTUACIÓN',
  '',
  'SEGUNDA.- DATOS DE LA ACTUACIÓN',
  'Artista:\tLOS PÁJAROS DE PAPEL',
  'Fecha de la actuación:\tsábado, 9 de octubre de 2027',
  'Recinto:\tSala La Nave',
  'Dirección:\tAvenida del Puerto, 52, 46023 Valencia',
  'Carga y montaje:\ta partir de las 15:00 h',
  'Pruebas de sonido:\tde 17:30 h a 19:00 h',
  'Apertura de puertas:\t20:30 h',
  'Hora de actuación:\t21:30 h',
].join('\n');

test('a Spanish contract data block: the soundcheck in the plural and the address with its house number', async () => {
  const { extracted: x } = await understand([{ ...pasted(CONTRACT), name: 'contrato.txt', origin: 'file' }]);
  const g = x.general;
  assert.deepEqual([g.venue, g.address, g.city, g.soundcheckTime], ['Sala La Nave', 'Avenida del Puerto, 52, 46023 Valencia', 'Valencia', '17:30']);
  const checks = x.activities.filter((a) => a.kind === 'soundcheck').map((a) => [a.name, a.startTime, a.endTime]);
  assert.deepEqual(checks, [['Pruebas de sonido', '17:30', '19:00']]);
  // The load-in keeps its own time: no second one at the check's.
  assert.deepEqual(x.activities.filter((a) => a.kind === 'load_in').map((a) => a.startTime), ['15:00']);
});
