/**
 * A German Gastspielvertrag: the guarantee's amount repeated in words in brackets before "gegen N %",
 * the deposit called a "Vorschuss", and a "§ N Hotel …" clause heading that names no hotel.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { extract as deal } from '../../src/understand/sections/deal.js';
import { lodgingNames } from '../../src/understand/sections/travel/phrases.js';
import { run, values } from './sections/travel-fixtures.js';

test('a guarantee spelled out in brackets before "gegen 70 %" is a guarantee against a share; a "Vorschuss" is the deposit', () => {
  const [draft] = run(deal, extractPastedText([
    '§ 3 Gage',
    '',
    'Die Künstlerin erhält eine Garantie von 2.400,00 € (in Worten: zweitausendvierhundert Euro) gegen 70 % der',
    'Nettoeinnahmen, je nachdem, welcher Betrag höher ist.',
    'Ein Vorschuss von 30 % der Garantie ist vier Wochen vor der Veranstaltung fällig.',
  ].join('\n')));
  const v = values(draft!);
  assert.equal(v.fee, 2400);
  assert.equal(v.dealType, 'guarantee_vs_percentage');
  assert.equal(v.depositPercent, 30);
});

test('a long bracket still keeps the guarantee and its share apart', () => {
  const [draft] = run(deal, extractPastedText([
    'Die Künstlerin erhält eine Garantie von 2.400,00 € (in Worten: zweitausendvierhundert Euro).',
    'Die Parteien vereinbaren darüber hinaus, dass sämtliche Nebenkosten gegen Beleg zu 100 % erstattet werden.',
  ].join('\n')));
  assert.equal(values(draft!).dealType, 'guarantee');
});

test('a "§ 4 Hotel und Verpflegung" clause heading is no lodging named "4 Hotel"', () => {
  const text = '§ 4 Hotel und Verpflegung\nDer Veranstalter stellt 2 Einzelzimmer im Parkhotel Sonnenhang.';
  const names = lodgingNames(text).map((n) => n.value);
  assert.ok(!names.some((n) => /^\d/.test(n)), names.join(', '));
  assert.ok(names.includes('Parkhotel Sonnenhang'), names.join(', '));
});
