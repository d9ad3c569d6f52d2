/**
 * A promoter's mail sets its hotel out as a block: the hotel's name alone on its line, its street and phone
 * under it, then the stay in one sentence ("2 habitaciones dobles, entrada el sábado 4 a partir de las 15:00 …").
 * Those lines are the one statement about the stay, also quoted below a reply; the band's answer quoting
 * a rooming list ("> Hab. 1: …") gives its guests. A Portuguese stay "noite de 9 para 10/05" runs from
 * the first day to the second, and "reserva nº"/"reserva no" labels its booking number.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

const THREAD = [
  'From: Marta Llorens <marta@promo.example.es>',
  'Date: 2028-03-01T10:00:00.000Z',
  'Subject: Re: Advance Zaragoza 04/03',
  '',
  'Hola Pau, rooming recibido.',
  '',
  'El mié, 28 feb 2028 a las 12:00, Pau Serra (<pau@band.example.com>) escribió:',
  '',
  '> Rooming:',
  '>',
  '> Hab. 1: Pau Serra / Joan Vidal',
  '> Hab. 2: Clara Puig / Nil Roca',
  '>',
  '> El lun, 26 feb 2028 a las 09:00, Marta Llorens (<marta@promo.example.es>) escribió:',
  '>',
  '>> Te paso el advance para el sábado 4 de marzo en la Sala Ejemplo.',
  '>>',
  '>> HOTEL',
  '>> Hotel Plaza Ejemplo',
  '>> Calle Mayor 5, 50001 Zaragoza',
  '>> Tel. 976 123 456',
  '>> 2 habitaciones dobles, entrada el sábado 4 a partir de las 15:00 y salida el domingo 5 hasta las 11:00. Desayuno incluido.',
  '>> Localizador: HPE-5521',
  '>>',
  '>> Un abrazo,',
  '>> Marta',
].join('\n');

test("a quoted mail's hotel block under the hotel's name reads as its stay, with the quoted rooming's guests", async () => {
  const [hotel, ...rest] = (await extracted(THREAD)).hotels;
  assert.equal(rest.length, 0);
  assert.deepEqual(
    [hotel?.name, hotel?.checkInDate, hotel?.checkInTime, hotel?.checkOutDate, hotel?.checkOutTime, hotel?.rooms, hotel?.bookingReference],
    ['Hotel Plaza Ejemplo', '2028-03-04', '15:00', '2028-03-05', '11:00', 2, 'HPE-5521'],
  );
  assert.deepEqual(hotel?.guests, ['Pau Serra', 'Joan Vidal', 'Clara Puig', 'Nil Roca']);
  assert.equal(hotel?.phone, '+34976123456');
});

test('"noite de 9 para 10/05" is the night from the first day to the second; "reserva no" labels the booking', async () => {
  const x = await extracted([
    'Date: 2028-05-02T10:00:00.000Z',
    '',
    'ALOJAMENTO',
    'Hotel Exemplo Azul, Rua Nova 10, 4000-100 Porto',
    'Noite de 9 para 10/05, 2 quartos duplos, reserva no EX-40411',
    'Check-in a partir das 15h, check-out até às 12h.',
  ].join('\n'));
  const hotel = x.hotels[0];
  assert.deepEqual([hotel?.checkInDate, hotel?.checkOutDate, hotel?.rooms, hotel?.bookingReference], ['2028-05-09', '2028-05-10', 2, 'EX-40411']);
});
