/**
 * A Spanish festival's advance form (as a saved web form's text): the form's labels and tables —
 * "Nombre artístico", "Concepto | Inicio | Fin | Lugar", a flight table with a "Pasajeros" column,
 * "Servicio | … | Desde | Hasta" rides, a venue and its address parted by a middle dot, a rooming
 * list one room a line, a "Catering de artistas" section, an "Área" column of roles.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

const FORM = [
  '1. Artista y actuación',
  'Nombre artístico: Los Gavilanes',
  'Día de actuación: Sábado 9 de octubre de 2027',
  'Hora de inicio del concierto: 22:00',
  '2. Recinto',
  'Recinto: Parque del Molino · Camino del Molino s/n, 46001 Valencia',
  '',
  'Concepto\tInicio\tFin\tLugar\tObservaciones',
  'Carga\t18:00\t\tMuelle trasero',
  'Prueba de sonido\t19:30\t20:00\tEscenario Sur\tSolo line check',
  '',
  '3. Viajes',
  'Compañía\tVuelo\tFecha\tOrigen\tDestino\tSale\tLlega\tLocalizador\tPasajeros',
  'Ryanair\tFR 1234\t09/10/2027\tLondres (STN)\tValencia (VLC)\t08:10\t11:40\tABC12D\tAna Ruiz, Tomás Vidal',
  '',
  'Servicio\tFecha\tHora\tDesde\tHasta\tObservaciones',
  'Recogida aeropuerto\t09/10/2027\t12:00\tAeropuerto de Valencia\tHotel Luna\tFurgoneta',
  '',
  '4. Alojamiento',
  'Hotel: Hotel Luna',
  'Dirección: Calle Mayor 3, 46002 Valencia',
  'Nº de habitaciones: 2',
  'Rooming list:',
  'Doble: Ana Ruiz / Tomás Vidal',
  'Individual: Eva Sanz',
  '',
  '5. Catering de artistas',
  'Lugar: Carpa de catering',
  'Turno de cena: 20:30',
  'Nº de comidas: 3',
  'Dietas / alergias: 1 vegano',
  '',
  '6. Contactos',
  'Área\tNombre\tTeléfono\tE-mail',
  'Producción\tMarta Gil\t+34 611 222 333\tmarta@example.es',
].join('\n');

test('a Spanish advance form: act, venue · address, set named after the act, timetable places', async () => {
  const { extracted } = await understand([pasted(FORM)]);
  const g = extracted.general;
  assert.deepEqual([g.artist, g.venue, g.address, g.city, g.setTime], ['Los Gavilanes', 'Parque del Molino', 'Camino del Molino s/n, 46001 Valencia', 'Valencia', '22:00']);
  const items = extracted.activities.map((a) => [a.name, a.kind, a.startTime, a.endTime, a.location, a.destination, a.notes]);
  assert.deepEqual(items, [
    ['Los Gavilanes', 'set', '22:00', null, null, null, null],
    ['Carga', 'load_in', '18:00', null, 'Muelle trasero', null, null],
    ['Prueba de sonido', 'soundcheck', '19:30', '20:00', 'Escenario Sur', null, 'Solo line check'],
    ['Recogida aeropuerto', 'transfer', '12:00', null, 'Aeropuerto de Valencia', 'Hotel Luna', 'Furgoneta'],
  ]);
});

test('a flight table\'s passengers column, and a city written in Spanish before its airport code', async () => {
  const { extracted } = await understand([pasted(FORM)]);
  const [flight] = extracted.flights;
  assert.deepEqual([flight!.flightNumber, flight!.fromAirport, flight!.fromCity, flight!.toAirport], ['FR1234', 'STN', 'Londres', 'VLC']);
  assert.deepEqual(flight!.passengers.map((p) => p.name), ['Ana Ruiz', 'Tomás Vidal']);
});

test('rooms counted by "Nº de habitaciones", a rooming list one room a line, the catering section and a role column', async () => {
  const { extracted } = await understand([pasted(FORM)]);
  const [hotel] = extracted.hotels;
  assert.equal(hotel!.rooms, 2);
  assert.deepEqual(hotel!.guests, ['Ana Ruiz', 'Tomás Vidal', 'Eva Sanz']);
  const [meal] = extracted.food;
  assert.deepEqual([meal!.name, meal!.address, meal!.time, meal!.guestCount, meal!.notes], ['Catering de artistas', 'Carpa de catering', '20:30', 3, '1 vegano']);
  assert.deepEqual(extracted.contacts.map((c) => [c.name, c.role]), [['Marta Gil', 'Producción']]);
});

test('a bracket after a time that only names the day is no note', async () => {
  const { extracted } = await understand([pasted('Artista: Los Gavilanes\nFecha: 9 de octubre de 2027\nApertura de puertas: 19:00 (sábado 09/10)\nConcierto: 22:00')]);
  const doors = extracted.activities.find((a) => a.kind === 'doors');
  assert.deepEqual([doors?.startTime, doors?.notes], ['19:00', null]);
});

test('"Hora de inicio del concierto" is the act\'s own set; an item written "Inicio de la actuación" keeps its words', async () => {
  const own = await understand([pasted('Artista: Los Gavilanes\nFecha: 9 de octubre de 2027\nHora de inicio del concierto: 22:00')]);
  assert.deepEqual(own.extracted.activities.map((a) => a.name), ['Los Gavilanes']);
  const written = await understand([pasted('Artista: Los Gavilanes\nFecha: 9 de octubre de 2027\nInicio de la actuación: 22:00')]);
  assert.deepEqual(written.extracted.activities.map((a) => a.name), ['Inicio de la actuación']);
});
