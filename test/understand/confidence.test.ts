import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ImportData } from '../../src/interfaces.js';
import { agreement, sameValue } from '../../src/understand/confidence/agreement.js';
import { calibrated, classKeys, featuresOf } from '../../src/understand/confidence/index.js';
import { isotonic } from '../../src/understand/confidence/isotonic.js';

const x = (over: Partial<Parameters<typeof featuresOf>[0]> = {}, ocr = false) =>
  featuresOf({ method: 'label', validated: true, support: 1, conflict: false, ...over }, ocr);

test('evidence classes go from specific to coarse', () => {
  assert.deepEqual(classKeys(x()), ['label|valid|single|clean', 'label|valid', 'label']);
  assert.equal(classKeys(x({}, true))[2], 'ocr-label');
});

test('a fitted class answers when it has enough data, else the coarser one does', () => {
  const table = { fittedOn: 'test', classes: { 'label|valid|single|clean': { score: 0.9, n: 50 }, 'label|valid': { score: 0.8, n: 60 }, 'pattern': { score: 0.5, n: 3 } } };
  assert.equal(calibrated(x(), table), 0.9);
  assert.equal(calibrated(x({ support: 2 }), table), 0.9); // 'label|valid' 0.8, agreed: 1 - 0.2 / 2
  assert.ok(calibrated(x({ conflict: true }), table) < 0.8);
  // Too few values for the pattern class: the prior answers, and it is below a label's.
  assert.ok(calibrated(x({ method: 'pattern' }), table) < calibrated(x(), table));
  assert.ok(calibrated(x({ validated: false }), { fittedOn: '', classes: {} }) < calibrated(x(), { fittedOn: '', classes: {} }));
});

test('isotonic regression pools violators into a non-decreasing fit', () => {
  const fit = isotonic([{ rate: 0.5, weight: 1 }, { rate: 0.9, weight: 1 }, { rate: 0.7, weight: 3 }, { rate: 1, weight: 1 }]);
  assert.deepEqual(fit.map((v) => Math.round(v * 100) / 100), [0.5, 0.75, 0.75, 1]);
  for (let i = 1; i < fit.length; i++) assert.ok(fit[i]! >= fit[i - 1]!);
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
