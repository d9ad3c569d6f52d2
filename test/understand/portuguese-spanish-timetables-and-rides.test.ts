/**
 * A Brazilian advance sheet's whole hours ("15h", "17h – 18h15"), its "Horário | O quê"
 * timetable, "Abertura da casa", the support's "Show de abertura:" slot and list items opening with their
 * day ("- terça 04/05, 11h – traslado …"); a Mexican mail's "4:30 a 5:15 p.m." range.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const items = async (text: string) => (await understand([extractPastedText(text)])).extracted.activities;

test('a Portuguese timetable under "Horário | O quê | Obs." reads whole hours ("15h", "17h – 18h15")', async () => {
  const acts = await items([
    'Quinta-feira, 6 de maio de 2027', '',
    'Horário\tO quê\tObservações',
    '15h\tCarga e montagem\tRampa pela Rua das Flores',
    '17h – 18h15\tPassagem de som Lua Nova\t',
    '19h30\tAbertura da casa\t',
    '20h\tShow de abertura: Trio Ipê\t',
  ].join('\n'));
  const by = (name: string) => acts.find((a) => a.name === name);
  assert.equal(by('Carga e montagem')?.startTime, '15:00');
  assert.equal(by('Passagem de som Lua Nova')?.endTime, '18:15');
  assert.equal(by('Abertura da casa')?.kind, 'doors');
  assert.equal(by('Trio Ipê')?.kind, 'set');
});

test('a Spanish range "4:30 a 5:15 p.m." takes the afternoon for both ends', async () => {
  const acts = await items(['Fecha: viernes 14 de mayo de 2027', '', 'HORARIOS', '4:30 a 5:15 p.m. - Prueba de sonido Los Zorros', '9:00 p.m. - Los Zorros'].join('\n'));
  const check = acts.find((a) => a.kind === 'soundcheck');
  assert.equal(check?.name, 'Prueba de sonido Los Zorros');
  assert.equal(check?.startTime, '16:30');
  assert.equal(check?.endTime, '17:15');
});

test('a list item opening with its day is a ride of that day: "- terça 04/05, 11h – traslado hotel – estúdio (…)"', async () => {
  const acts = await items([
    'Quinta-feira, 6 de maio de 2027', '',
    'Traslados:', '',
    '- terça 04/05, 11h – traslado aeroporto – hotel (Rui espera no desembarque)',
    '- quinta 06/05, 16h30 – traslado hotel – Teatro Azul',
  ].join('\n'));
  const rides = acts.filter((a) => a.kind === 'transfer');
  assert.deepEqual(rides.map((r) => [r.name, r.date, r.startTime, r.location, r.destination, r.notes]), [
    ['Traslado', '2027-05-04', '11:00', 'aeroporto', 'hotel', 'Rui espera no desembarque'],
    ['Traslado', '2027-05-06', '16:30', 'hotel', 'Teatro Azul', null],
  ]);
});

test('"24h" opening a line is round the clock, no item of the day', async () => {
  const acts = await items(['Friday 7 May 2027', '', '18:00 Doors', '24h breakdown line: +49 30 1234 567'].join('\n'));
  assert.equal(acts.some((a) => a.startTime === '00:00'), false);
});
