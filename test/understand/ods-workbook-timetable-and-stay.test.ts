/**
 * A venue's workbook saved by LibreOffice (.ods) is read like an XLSX one, with its
 * Portuguese words: a timetable's "Início | Fim" columns, the sound limit as the curfew, "Descarga"
 * as the load-in and "Carga do camião / load-out" as no load-in, check-in and check-out times in a cell of
 * their own ("a partir das 14:00", "até às 11:00"), "N.º de reserva", a transfers grid headed
 * "Serviço", a rooming list that ends where that grid's header starts, and a ride's row naming the
 * flight it meets in its notes cell ("Voo … LHR → OPO, chegada 10:55").
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveLimits } from '../../src/extract/limits.js';
import { readSource } from '../../src/extract/read.js';
import { understand } from '../../src/understand/index.js';
import { makeOpenDocument } from '../extract/make-files.js';

const cell = (value: string) => {
  if (/^\d{4}-\d\d-\d\d$/.test(value)) return `<table:table-cell office:value-type="date" office:date-value="${value}"><text:p>${value.split('-').reverse().join('/')}</text:p></table:table-cell>`;
  const time = /^(\d\d):(\d\d)$/.exec(value);
  if (time) return `<table:table-cell office:value-type="time" office:time-value="PT${time[1]}H${time[2]}M00S"><text:p>${value}</text:p></table:table-cell>`;
  return value ? `<table:table-cell office:value-type="string"><text:p>${value}</text:p></table:table-cell>` : '<table:table-cell/>';
};

/** A sheet from rows of cells, ended as LibreOffice ends one: a million empty rows. */
const sheet = (name: string, rows: string[][]) => `<table:table table:name="${name}">${rows.map((row) => `<table:table-row>${row.map(cell).join('')}<table:table-cell table:number-columns-repeated="1000"/></table:table-row>`).join('')}<table:table-row table:number-rows-repeated="1048500"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>`;

async function workbook(...sheets: string[]) {
  const source = await readSource({ bytes: makeOpenDocument('spreadsheet', sheets.join('')), name: 'folha.ods', declaredType: null, origin: 'file', depth: 0 }, resolveLimits());
  assert.equal(source.error, null);
  return (await understand([source])).extracted;
}

const day = sheet('Dia', [
  ['Banda:', 'Gato Preto'],
  ['Data:', '2028-05-20'],
  ['Sala:', 'Teatro do Lumiar'],
  [],
  ['Início', 'Fim', 'Atividade', 'Local', 'Observações'],
  ['10:00', '12:00', 'Descarga', 'Doca 2', '3 ajudantes'],
  ['15:00', '16:00', 'Soundcheck Gato Preto', 'Palco'],
  ['21:00', '22:30', 'GATO PRETO', 'Palco'],
  ['23:00', '', 'Hora limite de som', '', 'Sem som amplificado depois das 23:00'],
  ['23:00', '00:00', 'Carga do camião / load-out', 'Doca 2'],
]);

test('an ODS timetable: "Início | Fim" columns, the sound limit as the curfew, load-in and load-out words', async () => {
  const x = await workbook(day);
  const at = (name: string) => x.activities.find((a) => a.name === name);
  assert.equal(at('Descarga')?.kind, 'load_in');
  assert.equal(at('Descarga')?.endTime, '12:00');
  assert.equal(at('GATO PRETO')?.endTime, '22:30');
  assert.equal(at('Hora limite de som')?.kind, 'curfew');
  assert.equal(at('Carga do camião / load-out')?.kind, 'other');
  assert.equal(x.general.curfewTime, '23:00');
  assert.equal(x.general.setLengthMinutes, 90);
});

const stay = sheet('Hotel', [
  ['ALOJAMENTO'],
  ['Hotel:', 'Pensão Azul do Lumiar'],
  ['Morada:', 'Rua das Flores 12, 1600-001 Lisboa'],
  ['Check-in:', '2028-05-19', 'a partir das 14:00'],
  ['Check-out:', '2028-05-21', 'até às 11:00'],
  ['N.º de reserva:', 'AZ-2231'],
  ['Quarto', 'Tipo', 'Hóspede(s)', 'Função', 'Noites'],
  ['1', 'Duplo', 'Ana Lima / Rui Sá', 'Banda', '2'],
  ['2', 'Single', 'Teresa Mota', 'Técnica', '2'],
  ['Total', '2 quartos', '', '', '4'],
  ['TRANSFERES'],
  ['N.º', 'Serviço', 'Data', 'Hora', 'De', 'Para', 'Pax'],
  ['1', 'Recolha estação', '2028-05-19', '13:00', 'Estação Oriente', 'Pensão Azul do Lumiar', '3'],
  ['2', 'Sala → hotel', '2028-05-20', '00:30', 'Teatro Lumiar', 'Pensão Azul do Lumiar', '3'],
]);

test('an ODS stay: times in a cell of their own, the reference, rooms, and the transfers grid below', async () => {
  const x = await workbook(day, stay);
  const [hotel] = x.hotels;
  assert.equal(hotel?.checkInTime, '14:00');
  assert.equal(hotel?.checkOutTime, '11:00');
  assert.equal(hotel?.bookingReference, 'AZ-2231');
  assert.equal(hotel?.rooms, 2);
  assert.deepEqual(hotel?.guests, ['Ana Lima', 'Rui Sá', 'Teresa Mota']);
  const ride = x.activities.find((a) => a.name === 'Recolha estação');
  assert.equal(ride?.kind, 'transfer');
  assert.equal(ride?.destination, 'Pensão Azul do Lumiar');
});

test('a ride row\'s notes cell naming the flight it meets gives that flight, not the ride\'s time and places', async () => {
  const rides = sheet('Transferes', [
    ['N.º', 'Serviço', 'Data', 'Hora', 'De', 'Para', 'Pax', 'Observações'],
    ['1', 'Recolha aeroporto', '2028-05-19', '11:40', 'Aeroporto do Porto (OPO) – Chegadas', 'Pensão Azul do Lumiar', '3', 'Voo TP6021 LHR → OPO, chegada 10:55. Motorista com placa.'],
    ['2', 'Hotel → aeroporto', '2028-05-21', '07:00', 'Pensão Azul do Lumiar', 'Aeroporto do Porto (OPO) – Partidas', '3', 'Voo TP6022 OPO → LHR às 09:20. Check-out antes das 06:45.'],
  ]);
  const x = await workbook(day, rides);
  const inbound = x.flights.find((f) => f.flightNumber === 'TP6021');
  assert.deepEqual([inbound?.fromAirport, inbound?.toAirport, inbound?.departureTime, inbound?.arrivalTime], ['LHR', 'OPO', null, '2028-05-19T10:55']);
  const outbound = x.flights.find((f) => f.flightNumber === 'TP6022');
  assert.deepEqual([outbound?.fromAirport, outbound?.toAirport, outbound?.departureTime, outbound?.arrivalTime], ['OPO', 'LHR', '2028-05-21T09:20', null]);
});
