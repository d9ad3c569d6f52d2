import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { extract as deal } from '../../src/understand/sections/deal.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';
import { roomTotal } from '../../src/understand/sections/travel/phrases.js';
import type { ExtractedSource } from '../../src/interfaces.js';
import { run, values } from './sections/travel-fixtures.js';

const asFile = (text: string, name: string): ExtractedSource => ({ ...extractPastedText(text), name, origin: 'file' });

test('room-mates paired by a slash go on over unindented lines of names (OCR loses the indent)', () => {
  const letter = [
    'Buchungsbestätigung',
    'Hotel Seeblick',
    'Anreise: 04.03.2027',
    'Abreise: 05.03.2027',
    'Gäste: Anna Berg / Ole Kahn',
    'Rita Moll / Sven Dietz',
    'Karl Ebert',
    'Rate: Tagesrate',
  ].join('\n');
  const [hotel] = run(hotels, asFile(letter, 'scan.txt')).map(values);
  assert.deepEqual(hotel!['guests'], ['Anna Berg', 'Ole Kahn', 'Rita Moll', 'Sven Dietz', 'Karl Ebert']);
});

test('an unpaired guest value does not take the next unindented line', () => {
  const letter = ['Hotel Seeblick', 'Check-in: 04.03.2027', 'Guests: Anna Berg', 'Rita Moll'].join('\n');
  const [hotel] = run(hotels, asFile(letter, 'scan.txt')).map(values);
  assert.deepEqual(hotel!['guests'], ['Anna Berg']);
});

test('room types in brackets between a list\'s parts still add up; a label\'s count is not a part', () => {
  assert.equal(roomTotal('3 Doppelzimmer (Twin), 1 Einzelzimmer')?.value, 4);
  assert.equal(roomTotal('Zimmer: 2 Doppelzimmer (Twin), 1 Einzelzimmer')?.value, 3);
  assert.equal(roomTotal('2 double rooms (one with an extra bed), 1 single room')?.value, 2);
});

test('Portuguese contract words: a "cachê" is the fee, a "sinal" the deposit', () => {
  const [draft] = run(deal, extractPastedText([
    'Cláusula 4.a (Cachê)',
    'A promotora pagará um cachê fixo de € 3.200,00, acrescido de IVA.',
    'Pagamento: 30% (trinta por cento) a título de sinal, o restante no dia.',
  ].join('\n')));
  const found = values(draft!);
  assert.equal(found['fee'], 3200);
  assert.equal(found['dealType'], 'flat');
  assert.equal(found['depositPercent'], 30);
});

test('Portuguese schedule words name their items', () => {
  assert.equal(activityKind('Ensaio de som'), 'soundcheck');
  assert.equal(activityKind('Início do espetáculo'), 'set');
  assert.equal(activityKind('Hora limite de encerramento'), 'curfew');
});
