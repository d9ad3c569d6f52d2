import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../../src/extract/index.js';
import { extract as deal } from '../../../src/understand/sections/deal.js';
import { extract as technical } from '../../../src/understand/sections/technical.js';
import { labelKey } from '../../../src/understand/text/lexicon.js';
import { recordsOf } from '../../../src/understand/text/tables.js';
import { contactRows, run } from './travel-fixtures.js';

test('a contact block without a sign-off is read when the e-mail address carries the person\'s name', () => {
  assert.deepEqual(contactRows([
    'Baggage: 1PC per passenger.',
    '',
    'Any questions? Nora Castell',
    'Castell Reisen GmbH - tel. +49 30 5550 1234 - nora.castell@castellreisen.example.de',
  ].join('\n')), [['Nora Castell', null, 'Castell Reisen GmbH', '+493055501234', 'nora.castell@castellreisen.example.de']]);
  // The same layout with an office address that names nobody is no contact.
  assert.deepEqual(contactRows('Questions? Nora Castell\nCastell Reisen GmbH - tel. +49 30 5550 1234 - office@castellreisen.example.de'), []);
});

test('labelled contacts: a role word in the label, the person\'s bracketed role, an e-mail on the next line, references are no phones', () => {
  assert.deepEqual(contactRows([
    'Talent Buyer:\tMira Stone, Harbor Lights Presents LLC',
    '\t(503) 555-0123, mira@harborlights.example.com',
    'Band Contact:\tJo Park (Tour Manager), +1 503 555 0188',
    'jo.park@bandmail.example.com',
    'CONTRACT\tRef. HLP-2027-318',
  ].join('\n'), 'US'), [
    ['Mira Stone', 'Talent Buyer', 'Harbor Lights Presents LLC', '+15035550123', 'mira@harborlights.example.com'],
    ['Jo Park', 'Tour Manager', null, '+15035550188', 'jo.park@bandmail.example.com'],
  ]);
  assert.deepEqual(contactRows('Por el Promotor:   Eva Ruiz, Sonora Eventos S.L., tel. +34 600 111 222, eva@sonora.example.es')[0]!.slice(0, 2), ['Eva Ruiz', 'Promotor']);
});

test('a contact sheet: the country column and the colleagues\' e-mail country give national phones; a wrapped e-mail is joined', () => {
  assert.deepEqual(contactRows([
    'Name\tFunction\tCountry\tPhone\tE-mail',
    'Kim Alder\tDriver\tUS\t(615) 555-0101\tkim@roadcrew.example.com',
  ].join('\n'))[0]![3], '+16155550101');
  assert.deepEqual(contactRows([
    'Funktion\tName\tTelefon\tE-Mail',
    'Leitung\tUrs Meier\t031 555 12 34\turs.meier@',
    '\t\t\tfestival.example.ch',
    'Technik\tAnna Roth\t079 555 66 77\tanna@festival.example.ch',
    'Security\tMarko Ilic\t079 555 88 99\t',
  ].join('\n')).map((c) => [c[0], c[3], c[4]]), [
    ['Urs Meier', '+41315551234', 'urs.meier@festival.example.ch'],
    ['Anna Roth', '+41795556677', 'anna@festival.example.ch'],
    ['Marko Ilic', '+41795558899', null],
  ]);
});

test('a rider\'s headings: a word before the area, a bracketed remark, two areas in one heading', () => {
  const text = [
    'TECHNICAL RIDER 2027',
    '',
    '1. Ton / PA',
    'PA passend zum Raum, 24 Kanäle FOH.',
    '',
    '2. Eigene Backline (bringt die Band mit)',
    'Zwei Gitarrenverstärker, eigenes Schlagzeug.',
    '',
    '3. Strom & Sonstiges',
    'Strom: 1 x 32 A CEE. Handtücher auf der Bühne.',
  ].join('\n');
  const [draft] = run(technical, extractPastedText(text));
  assert.equal(draft!.sound?.value, 'PA passend zum Raum, 24 Kanäle FOH.');
  assert.equal(draft!.backline?.value, 'Zwei Gitarrenverstärker, eigenes Schlagzeug.');
  assert.equal(draft!.other?.value, 'Strom: 1 x 32 A CEE. Handtücher auf der Bühne.');
  assert.equal(draft!.equipment, undefined);
});

test('deal terms under a numbered clause heading: deal type, deposit named in its clause, other terms as notes', () => {
  const text = [
    'CUARTA - CONDICIONES ECONÓMICAS',
    'Caché:              3.000,00 € más IVA',
    'Modalidad:          caché fijo',
    'Forma de pago:      40 % a la firma en concepto de señal; el resto al final del concierto',
    'Otras condiciones:  Entradas a 15 € como máximo.',
  ].join('\n');
  const [draft] = run(deal, extractPastedText(text));
  assert.deepEqual([draft!.fee?.value, draft!.dealType?.value, draft!.depositPercent?.value, draft!.notes?.value], [3000, 'flat', 40, 'Entradas a 15 € como máximo.']);
});

test('labels written in two languages take the key both halves agree on', () => {
  assert.equal(labelKey('Chegada / Arrival'), labelKey('Arrival'));
  assert.equal(labelKey('Quartos / Rooms'), 'rooms');
  assert.equal(labelKey('Rooms / Guests'), null);
});

test('a table cell wrapped onto the next row is joined to the cell above', () => {
  const table = recordsOf([['Name', 'Phone', 'E-mail'], ['Ola Berg', '555 0101', 'ola.berg@'], ['', '', 'example.no']], null, () => null);
  assert.deepEqual(table!.records.map((r) => r.cells.email?.value), ['ola.berg@example.no']);
});
