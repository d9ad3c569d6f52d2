/** Booking-site offers, the booker, single-spaced output, a lone contact and ruled scans. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Assembler, SHAPES } from '../../src/understand/assemble.js';
import { found } from '../../src/understand/found.js';
import { understand } from '../../src/understand/index.js';
import { quotesOfferPrice } from '../../src/understand/sections/travel/stay-offers.js';
import { withoutRuledLines } from '../../src/extract/ruled-lines.js';
import { pasted } from './helpers.js';

test('every string leaf leaves the assembler trimmed and single-spaced', () => {
  const a = new Assembler([]);
  const ev = { method: 'pattern' as const, source: 'x', page: null, span: [0, 5] as [number, number], validated: null };
  const hotel = a.record(SHAPES.hotels, { name: found('Hotel Zed', ev), notes: found('one\ttwo\n three ', ev) }, 'hotels[0]') as { notes: string };
  assert.equal(hotel.notes, 'one two three');
});

test('a starting price per night marks an offer, a booked rate does not', () => {
  assert.ok(quotesOfferPrice('Pension Mira, Calle Sol 3, desde 61 € / noche'));
  assert.ok(quotesOfferPrice('Hotel Nord from £74 per night'));
  assert.ok(quotesOfferPrice('Gasthof Lind ab 80 EUR pro Nacht'));
  assert.ok(!quotesOfferPrice('Rate: 120 € per night, breakfast included'));
});

const BOOKING = [
  'Número de confirmación:\t5521 884 102',
  '',
  'Hotel Castillo Verde',
  '',
  'Calle Mayor 8, 10001 Cáceres, España',
  '',
  'Teléfono: +34 927 11 22 33',
  '',
  'Entrada\tviernes, 3 de marzo de 2028 (desde las 14:00)',
  'Salida\tdomingo, 5 de marzo de 2028 (hasta las 11:00)',
  'Tu reserva\t1 habitación, 2 adultos',
  'Reservado por\tLucía Ferrán (lucia.ferran@correo.example.es)',
  '',
  'Habitación 1: Doble',
  'Nombre del huésped\tLucía Ferrán',
  '',
  'Otros alojamientos en Cáceres',
  'Hostal Almendro Plaza Nueva 2 desde 49 € / noche Entrada 3 mar · Salida 5 mar\tHotel Río Claro Calle Ancha 5 desde 99 € / noche',
].join('\n');

test('a booking site confirmation: offers are no stays, times after "desde las"/"hasta las", the booker is no contact', async () => {
  const { extracted } = await understand([pasted(BOOKING)]);
  assert.equal(extracted.hotels.length, 1);
  const [hotel] = extracted.hotels;
  assert.equal(hotel!.name, 'Hotel Castillo Verde');
  assert.equal(hotel!.checkInTime, '14:00');
  assert.equal(hotel!.checkOutTime, '11:00');
  assert.equal(hotel!.bookingReference, '5521884102');
  assert.deepEqual(hotel!.guests, ['Lucía Ferrán']);
  assert.deepEqual(extracted.contacts, []);
});

test('an attached report with nothing for a show names no contact; a contact list and pasted text keep their people', async () => {
  const report = [
    'Sales report, spring 2026',
    'Date\tCity\tUnits\tGross',
    '2026-03-02\tLeeds\t40\t900',
    '2026-03-04\tYork\t31\t700',
    'Questions: Pia Marsh, Example Goods Ltd · +44 7700 900123 · pia@goods.example.co.uk',
  ].join('\n');
  const attached = { ...pasted(report), name: 'sales-report.csv', origin: 'file' as const };
  assert.deepEqual((await understand([attached])).extracted.contacts, []);
  assert.equal((await understand([pasted(report)])).extracted.contacts.length, 1);
  const list = [
    'Name\tRole\tPhone\tEmail',
    'Pia Marsh\tPromoter\t+44 7700 900123\tpia@goods.example.co.uk',
    'Tom Reed\tProduction\t+44 7700 900456\ttom@goods.example.co.uk',
  ].join('\n');
  assert.equal((await understand([pasted(list)])).extracted.contacts.length, 2);
});

function pgm(w: number, h: number, draw: (x: number, y: number) => boolean): Buffer {
  const head = Buffer.from(`P5\n${w} ${h}\n255\n`, 'ascii');
  const body = Buffer.alloc(w * h, 255);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (draw(x, y)) body[y * w + x] = 0;
  return Buffer.concat([head, body]);
}

test('a scanned grid loses its rules before OCR, its glyphs stay; a page without a grid is untouched', () => {
  const [w, h] = [600, 800];
  const glyph = (x: number, y: number) => x >= 100 && x < 104 && y >= 130 && y < 150;
  const grid = pgm(w, h, (x, y) => ((y === 100 || y === 200 || y === 300) && x >= 50 && x < 550) || ((x === 50 || x === 549) && y >= 100 && y <= 300) || glyph(x, y));
  const out = withoutRuledLines(grid);
  const off = out.length - w * h;
  assert.equal(out[off + 200 * w + 300], 255);
  assert.equal(out[off + 250 * w + 50], 255);
  assert.equal(out[off + 140 * w + 101], 0);
  const plain = pgm(w, h, (x, y) => y === 100 && x >= 50 && x < 550);
  assert.equal(withoutRuledLines(plain), plain);
});
