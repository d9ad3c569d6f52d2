/**
 * The place and day of signing above
 * the parties ("En Vigo, a 12 de marzo de 2028") dates no rows, a party's paragraph ("De una parte,
 * …") names no venue, the venue placed in prose with its address wrapped after the postcode, Galician
 * item words ("Proba de son", "Hora límite de son"), the same load-in, doors and curfew named in two
 * languages merged once, and a desk's model that looks like a flight number. All examples invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const CONTRACT = [
  'CONTRATO DE ACTUACIÓN',
  '',
  'En Vigo, a 12 de marzo de 2028',
  '',
  'REUNIDOS',
  '',
  'De una parte, BRUMA EVENTOS S.L., con CIF B00000000 y domicilio en la Calle Falsa 3,',
  '36201 Vigo, en adelante el PROMOTOR.',
  '',
  'PRIMERA. Objeto. El ARTISTA actuará el sábado, 20 de mayo de 2028, en la Sala Nube, Calle Real 14, 36202',
  'Vigo (Pontevedra).',
  '',
  'SEGUNDA. Horario.',
  '',
  'Hora\tActividad\tLugar / observaciones',
  '16:00\tCarga e descarga\tMuelle lateral',
  '18:00 – 19:00\tProba de son Gale Harbour',
  '21:00\tApertura de portas',
  '22:00 – 23:20\tGale Harbour',
  '23:45\tHora límite de son',
  '',
  'TERCERA. Técnica. Iluminación: mesa Nexora HX44, 10 PAR LED.',
].join('\n');

const NOTE = [
  'VIGO – Sat 20 May 2028 – band info',
  '',
  '16:00\tload in (side door)',
  '21:00\tdoors',
  '23:45\tsound off, strict',
].join('\n');

const read = async (...texts: string[]) => (await understand(texts.map((t) => extractPastedText(t)))).extracted;

test('the place and day of signing dates neither the show nor its rows; a party paragraph names no venue', async () => {
  const { general, activities } = await read(CONTRACT);
  assert.equal(general.date, '2028-05-20');
  assert.equal(general.venue, 'Sala Nube');
  assert.equal(general.address, 'Calle Real 14, 36202 Vigo');
  assert.ok(activities.length >= 5);
  assert.ok(activities.every((a) => a.date === '2028-05-20'));
});

test('Galician soundcheck and curfew words give their kinds', async () => {
  const { activities } = await read(CONTRACT);
  assert.equal(activities.find((a) => a.name === 'Proba de son Gale Harbour')?.kind, 'soundcheck');
  assert.equal(activities.find((a) => a.name === 'Hora límite de son')?.kind, 'curfew');
});

test('a desk model after the desk word is no flight', async () => {
  assert.deepEqual((await read(CONTRACT)).flights, []);
});

test('the load-in, doors and curfew a note names in English are the contract\'s, kept once under the contract\'s names', async () => {
  const { activities } = await read(CONTRACT, NOTE);
  const at = (time: string) => activities.filter((a) => a.startTime === time);
  assert.equal(at('16:00').length, 1);
  assert.equal(at('21:00').length, 1);
  assert.equal(at('23:45').length, 1);
  assert.equal(at('16:00')[0]!.name, 'Carga e descarga');
  assert.equal(at('23:45')[0]!.kind, 'curfew');
});
