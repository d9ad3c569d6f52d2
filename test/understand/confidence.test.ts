import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ImportData } from '../../src/interfaces.js';
import { agreement, sameValue } from '../../src/understand/confidence/agreement.js';
import { calibrated, classKeys, featuresOf, kindOf, type Place } from '../../src/understand/confidence/index.js';
import { fitTable } from '../../src/understand/confidence/fit.js';

const mail: Place['source'] = { format: 'eml', origin: 'file', ocr: { used: false, meanConfidence: null } };
const sheet: Place['source'] = { format: 'csv', origin: 'file', ocr: { used: false, meanConfidence: null } };
const x = (over: Partial<Parameters<typeof featuresOf>[0]> = {}, at: Place = {}) =>
  featuresOf({ method: 'label', validated: true, support: 1, conflict: false, ...over }, at);

test('evidence classes go from specific to coarse: method, validation, genre of the source, kind of field', () => {
  assert.deepEqual(classKeys(x({}, { source: mail, path: 'hotels[0].checkInDate' })), [
    'label|valid|narrative|when', 'label|valid|narrative', 'label|valid', 'label',
  ]);
  assert.deepEqual(classKeys(x()), ['label|valid', 'label']);
  assert.equal(classKeys(x({}, { source: { ...sheet, ocr: { used: true, meanConfidence: 80 } } })).at(-1), 'ocr-label');
  assert.equal(kindOf('flights[1].passengers[0].seat'), 'code');
  assert.equal(kindOf('hotels[0].notes'), 'text');
});

test('the most specific fitted class answers; agreement and conflict adjust it', () => {
  const table = { fittedOn: 'test', classes: {
    'label|valid|narrative': { score: 0.7, n: 40 }, 'label|valid': { score: 0.8, n: 60 }, label: { score: 0.9, n: 90 },
  } };
  assert.equal(calibrated(x({}, { source: mail, path: 'general.date' }), table), 0.7);
  assert.equal(calibrated(x({}, { source: sheet, path: 'general.date' }), table), 0.8);
  assert.equal(calibrated(x({ support: 2 }), table), 0.9); // 0.8, agreed: 1 - 0.2 / 2
  assert.ok(calibrated(x({ conflict: true }), table) < 0.8);
  // No class for an invalid label: the prior answers, well below the label's average.
  assert.ok(calibrated(x({ validated: false }), table) < 0.5);
});

test('fitting shrinks a small class towards its parent and leaves out classes with too few values', () => {
  const value = (source: Place['source'], right: boolean) => ({ features: x({}, { source, path: 'general.date' }), right, weight: 1 });
  const values = [
    ...Array.from({ length: 40 }, () => value(sheet, true)),
    ...Array.from({ length: 10 }, (_, i) => value(mail, i < 5)),
    value({ ...sheet, format: 'html' }, false),
  ];
  const { classes } = fitTable(values, 'test');
  const narrative = classes['label|valid|narrative']!.score;
  assert.ok(narrative > 0.5 && narrative < classes['label|valid']!.score);
  assert.ok(classes['label|valid|table']!.score > classes['label|valid']!.score);
  assert.equal(classes['label|valid|markup'], undefined);
});

test('agreement aligns list items and compares normalised values', () => {
  assert.equal(sameValue('+46 70 555 21 44', '+46705552144'), true);
  assert.equal(sameValue('Lörrach', 'lorrach'), true);
  assert.equal(sameValue('Rheinweg 12, 79539 Lörrach', 'Rheinweg 12 79539 Lörrach, Germany'), true);
  assert.equal(sameValue(75, 70), false);
  const empty = { general: {}, deal: {}, technical: {}, hotels: [], flights: [], food: [], activities: [], contacts: [], documents: [], warnings: [] };
  const pred = { ...empty, contacts: [{ name: 'Paul Ritter', phone: '+49 1' }, { name: 'Greta Aalto', phone: '+49 2' }] } as unknown as ImportData;
  const gold = { ...empty, contacts: [{ name: 'Greta Aalto', phone: '+49 2' }, { name: 'Paul Ritter', phone: '+49 9' }] } as unknown as ImportData;
  const right = agreement(pred, gold);
  assert.equal(right.get('contacts[0].name'), true);
  assert.equal(right.get('contacts[0].phone'), false);
  assert.equal(right.get('contacts[1].phone'), true);
});
