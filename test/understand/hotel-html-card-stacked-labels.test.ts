import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFile } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { addresses } from '../../src/understand/sections/travel/phrases.js';

/** A hotel chain's confirmation mail as its HTML layout reads: labels stacked over their values, no colons. */
const card = (lines: string[]) => extractFile({
  name: 'Reserva modificada - QX-55120.eml',
  bytes: Buffer.from(['From: Hoteles Brisa <reservas@hotelesbrisa.example.es>', 'To: Ana Toral <ana@producciones.example.es>',
    'Subject: Reserva modificada – QX-55120 – Brisa Valencia Ruzafa', 'Date: Mon, 6 Sep 2027 10:00:00 +0200',
    'Content-Type: text/plain; charset=utf-8', '', ...lines, ''].join('\r\n'), 'utf8'),
});

const BODY = [
  '¡Hola, Ana!', '',
  'Hemos modificado tu reserva. Estos son los datos actualizados.', '',
  'Número de reserva', 'QX-55120', 'Código de acceso', '8812', '',
  'Cambios', 'Salida\tlunes, 15 de noviembre de 2027\t→ martes, 16 de noviembre de 2027', 'Habitaciones\t2\t→ 3', '',
  'Brisa Valencia Ruzafa ★★★', '',
  'Calle Sueca, 41', '46006 Valencia, España', '',
  'Tel.: +34 963 11 22 33', 'Ruzafa@hotelesbrisa.example.es', '',
  'Llegada', 'sábado, 13 de noviembre de 2027', 'desde las 14:00',
  'Salida', 'martes, 16 de noviembre de 2027', 'hasta las 11:00', '',
  'Habitación 1 · Doble · Solo alojamiento', 'Huéspedes\tPau Serra Gil, Iria Mato', '',
  'Habitación 2 · Doble · Solo alojamiento', 'Huéspedes\tOdile Ferran, Joan Ribas', '',
  'Habitación 3 · Individual · Solo alojamiento', 'Huésped\tKofi Mensah', '',
  'IVA (10 %) incluido: 51,20 €. Pago en el hotel.', '',
  'Observaciones: Llegada tarde, sobre las 01:00.', '',
  'Club Brisa', 'Con esta estancia sumas 300 puntos.', '',
  'Central de Reservas: 900 111 222 · reservas@hotelesbrisa.example.es',
];

test('a hotel chain\'s stacked confirmation card reads as its one stay', async () => {
  const { extracted: x } = await understand([await card(BODY)]);
  assert.equal(x.documents[0]!.category, 'hotel_confirmation');
  assert.equal(x.hotels.length, 1);
  const h = x.hotels[0]!;
  assert.equal(h.name, 'Brisa Valencia Ruzafa');
  assert.equal(h.address, 'Calle Sueca, 41, 46006 Valencia, España');
  assert.equal(h.city, 'Valencia');
  assert.equal(h.country, 'ES');
  assert.equal(h.checkInDate, '2027-11-13');
  assert.equal(h.checkInTime, '14:00');
  // The changes box's new value after the arrow holds, and agrees with the card below it.
  assert.equal(h.checkOutDate, '2027-11-16');
  assert.equal(h.checkOutTime, '11:00');
  // Three numbered rooms: their headings count them, they are not each a count of one.
  assert.equal(h.rooms, 3);
  assert.deepEqual(h.guests, ['Pau Serra Gil', 'Iria Mato', 'Odile Ferran', 'Joan Ribas', 'Kofi Mensah']);
  assert.equal(h.bookingReference, 'QX-55120');
  assert.equal(h.phone, '+34963112233');
  assert.equal(h.email, 'ruzafa@hotelesbrisa.example.es');
  // The remarks, not the tax line read as "included" nor a room's board.
  assert.equal(h.notes, 'Llegada tarde, sobre las 01:00.');
  // The loyalty club is no venue, the booking desk no contact.
  assert.equal(x.general.venue, null);
  assert.equal(x.general.date, null);
  assert.deepEqual(x.contacts, []);
});

test('a Spanish street writes its house number after a comma, the town on the line below', () => {
  assert.deepEqual(addresses('Avenida del Puerto, 112\n46023 Valencia, España').map((a) => a.value), ['Avenida del Puerto, 112, 46023 Valencia, España']);
  assert.deepEqual(addresses('Plaza Mayor, 3, 37002 Salamanca').map((a) => a.value), ['Plaza Mayor, 3, 37002 Salamanca']);
});
