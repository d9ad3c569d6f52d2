/**
 * A venue's printed hospitality sheet (a letterhead, a "Label 12:00 | Label 19:00" day strip, a meal
 * table under a rule with a "Heads" column and a caterer named for all meals, a headless contact rows
 * block) and an Italian "scheda tecnica" (numbered Italian area headings, a contacts table naming a
 * company in brackets). Invented fixtures.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract as technical } from '../../src/understand/sections/technical.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { extract as contacts } from '../../src/understand/sections/contacts.js';
import { categorise } from '../../src/understand/sections/documents.js';
import { scheduleOf } from '../../src/understand/sections/schedule.js';
import { beforeRunOnLabel } from '../../src/understand/sections/run-on-label.js';
import { pasted } from './helpers.js';
import { contactRows, run, show, values } from './sections/travel-fixtures.js';

const SCHEDA = [
  'LUPI DI CARTA',
  'Scheda tecnica – Tour «Inverno» 2028',
  '',
  '1. PALCO',
  'Larghezza minima 10 m, profondità 7 m, pedana batteria 3 x 2 m.',
  '',
  '5. MATERIALE NOSTRO',
  'Portiamo due chitarre, un synth e i nostri radiomicrofoni.',
  '',
  '6. LUCI',
  'Bastano 6 PAR LED e una macchina haze.',
  '',
  '8. CORRENTE E VARIE',
  'Corrente: una presa da 16 A a sinistra palco.',
  'Personale: un facchino allo scarico.',
  '',
  'CONTATTI',
  'Ruolo\tNome\tTelefono\tE-mail',
  'Tour manager\tPiero Galli\t+39 340 111 2233\tpiero@lupi.example.it',
  'Management\tSara Conti (Nebbia Agency)\t+39 02 4455 6677\tsara@nebbia.example.it',
].join('\n');

test('an Italian "Scheda tecnica" is a rider, even with a contacts table', () => {
  assert.equal(categorise(pasted(SCHEDA)), 'rider');
  assert.equal(categorise(pasted('Ficha técnica – Gira 2028\n\nContacto\tTeléfono\tCorreo\tRol\nAna Ruiz\t+34 600 111 222\tana@x.example.es\tTM')), 'rider');
});

test('Italian area headings: "Palco", "Materiale nostro", "Luci", and "Corrente e varie" as other, kept whole', () => {
  const [t] = run(technical, pasted(SCHEDA));
  const v = values(t!);
  assert.equal(v['stage'], 'Larghezza minima 10 m, profondità 7 m, pedana batteria 3 x 2 m.');
  assert.equal(v['equipment'], 'Portiamo due chitarre, un synth e i nostri radiomicrofoni.');
  assert.equal(v['lighting'], 'Bastano 6 PAR LED e una macchina haze.');
  assert.equal(v['other'], 'Corrente: una presa da 16 A a sinistra palco. Personale: un facchino allo scarico.');
});

test('a contacts table\'s name cell "Name (Company)" gives the company', () => {
  const rows = contactRows(SCHEDA, 'IT');
  assert.deepEqual(rows.find((r) => r[0] === 'Sara Conti'), ['Sara Conti', 'Management', 'Nebbia Agency', '+390244556677', 'sara@nebbia.example.it']);
  assert.deepEqual(rows.find((r) => r[0] === 'Piero Galli')?.[2], null);
});

const SHEET = [
  'THE COPPERWORKS arts & music',
  '',
  '12 Mill Lane, Leeds LS2 7QT Box office 0113 496 0000 - www.copperworks.example.co.uk',
  'ARTIST HOSPITALITY SHEET',
  '',
  'Saturday 9 October 2027',
  '',
  'Artist: Wren Static Support: Ola Vane',
  '',
  'Load-in 13:00 | Soundcheck 16:30-17:15 | Doors 19:30',
  'Ola Vane 20:00-20:40 | Wren Static 21:00-22:30 | Curfew 23:00',
  '',
  'CATERING',
  'All meals by Nettle & Rye Kitchen (chef: Tom).',
  '',
  'MEAL\tTIME\tWHERE\tHEADS\tNOTES',
  '',
  '_—',
  'Dinner\t18:00\tGreen room\t12\thot, 2 courses',
  'Post-show\t22:45\tDressing room 2\t8\tsandwiches',
  '',
  'CONTACTS',
  'Hospitality manager\tJo Pike\t07911 123 456',
  'jo. pike @copperworks.example.co.uk',
  'Runner\tSam Reid\t07822 345 678 (car from 12:00)',
].join('\n');

test('a day strip parted by pipes: every item, the sets named after the acts', () => {
  const items = scheduleOf(pasted(SHEET)).map((i) => [i.name.value, i.kind.value, i.start.value, i.end?.value ?? null]);
  assert.deepEqual(items.filter((i) => i[1] !== 'other').sort((a, b) => String(a[2]).localeCompare(String(b[2]))), [
    ['Load-in', 'load_in', '13:00', null],
    ['Soundcheck', 'soundcheck', '16:30', '17:15'],
    ['Doors', 'doors', '19:30', null],
    ['Ola Vane', 'set', '20:00', '20:40'],
    ['Wren Static', 'set', '21:00', '22:30'],
    ['Curfew', 'curfew', '23:00', null],
  ]);
});

test('a venue\'s letterhead gives venue and address; "Artist: X Support: Y" on one line gives X', () => {
  const [g] = run(general, pasted(SHEET));
  const v = values(g!);
  assert.equal(v['venue'], 'The Copperworks');
  assert.equal(v['address'], '12 Mill Lane, Leeds LS2 7QT');
  assert.equal(v['city'], 'Leeds');
  assert.equal(v['country'], 'GB');
  assert.equal(v['artist'], 'Wren Static');
  assert.equal(beforeRunOnLabel('Wren Static Support: Ola Vane'), 'Wren Static');
  assert.equal(beforeRunOnLabel('Wren Static'), 'Wren Static');
});

test('a meal table\'s rows under a rule are meals, named after the caterer of all meals, with heads', () => {
  const meals = run(food, pasted(SHEET), show('2027-10-09', 'Leeds', 'GB')).map((d) => [d.name?.value, d.address?.value, d.time?.value, d.guestCount?.value, d.notes?.value]);
  assert.deepEqual(meals, [
    ['Nettle & Rye Kitchen', 'Green room', '18:00', 12, 'hot, 2 courses'],
    ['Nettle & Rye Kitchen', 'Dressing room 2', '22:45', 8, 'sandwiches'],
  ]);
  // Its rows are no items of the day.
  assert.ok(!scheduleOf(pasted(SHEET)).some((i) => i.start.value === '22:45' || i.start.value === '18:00'));
});

test('headless contact rows: a phone\'s bracketed aside, an e-mail OCR spaced on the line below, the venue\'s own line is no person', () => {
  const venue = run(general, pasted(SHEET))[0]!.venue!;
  const rows = run(contacts, pasted(SHEET), { ...show('2027-10-09', 'Leeds', 'GB'), venue })
    .map((c) => [c.name?.value, c.role?.value ?? null, c.phone?.value ?? null, c.email?.value ?? null]);
  assert.deepEqual(rows, [
    ['Jo Pike', 'Hospitality manager', '+447911123456', 'jo.pike@copperworks.example.co.uk'],
    ['Sam Reid', 'Runner', '+447822345678', null],
  ]);
});

test('an unlabelled address below a row is the person\'s only when it carries their name', () => {
  const rows = contactRows('CONTACTS\nPromoter\tKit Moran\t07911 123 456\nbookings@hall.example.co.uk\n', 'GB');
  assert.deepEqual(rows, [['Kit Moran', 'Promoter', null, '+447911123456', null]]);
});
