/**
 * A Mexican contract declares the venue it operates by name and address ("el recinto denominado …, ubicado en
 * …, C.P. …, City, State"), pays its fee in pesos written with "$", and its timetable ends in a time limit and
 * opens with the opening act's slot.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { placeOf } from '../../src/understand/sections/place.js';
import { pasted } from './helpers.js';

const CONTRATO = [
  'CONTRATO DE PRESTACIÓN DE SERVICIOS ARTÍSTICOS',
  'DECLARACIONES',
  'a) Que opera el recinto denominado SALA NOPAL, ubicado en Calle Hidalgo 77, Col. Centro, C.P.',
  '97000, Mérida, Yucatán, con un aforo de 800 personas.',
  'CLÁUSULAS',
  'PRIMERA. HONORARIOS. EL CONTRATANTE pagará a EL ARTISTA conforme al siguiente desglose:',
  'Honorarios\t$95,000.00',
  'SEGUNDA. HORARIOS.',
  'Actividad\tHorario',
  'Apertura de puertas\t20:00 horas',
  'Grupo abridor: Los Vientos\t20:45 horas',
  'Hora límite de término\t23:45 horas',
].join('\n');

test('a venue declared by name and "ubicado en" its address gives venue, address, city and country', async () => {
  const { extracted } = await understand([pasted(CONTRATO)]);
  assert.equal(extracted.general.venue, 'Sala Nopal');
  assert.equal(extracted.general.address, 'Calle Hidalgo 77, Col. Centro, C.P. 97000, Mérida, Yucatán');
  assert.equal(extracted.general.city, 'Mérida');
  assert.equal(extracted.general.country, 'MX');
});

test('a Mexican address ending in its state names the city before it', () => {
  const place = placeOf('Av. Juárez 12, Col. Centro, C.P. 76000, Querétaro, Querétaro');
  assert.deepEqual([place.city, place.country], ['Querétaro', 'MX']);
  assert.equal(placeOf('Calle Reforma 9, Col. Roma, C.P. 58000, Morelia, Michoacán').city, 'Morelia');
});

test('a fee in "$" at a Mexican venue is in pesos', async () => {
  const { extracted } = await understand([pasted(CONTRATO)]);
  assert.equal(extracted.deal.fee, 95000);
  assert.equal(extracted.deal.currency, 'MXN');
});

test('"Hora límite" is the curfew and the opening act\'s slot a set', async () => {
  const { extracted } = await understand([pasted(CONTRATO)]);
  assert.equal(extracted.general.curfewTime, '23:45');
  assert.equal(extracted.activities.find((a) => a.startTime === '20:45')?.kind, 'set');
});
