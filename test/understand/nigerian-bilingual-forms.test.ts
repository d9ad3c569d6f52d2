import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { extract as activities } from '../../src/understand/sections/activities.js';
import { extract as deal } from '../../src/understand/sections/deal.js';
import { run, show, values } from './sections/travel-fixtures.js';

test('a time restated in Igbo or Hausa words in brackets is no note', () => {
  const text = [
    'SCHEDULE / USORO',
    'Date / Ụbọchị\tFriday, 4 June 2027',
    'Soundcheck / Nnwale ụda\t17:00 (elekere ise nke mgbede)',
    'Doors / Mmeghe ọnụ ụzọ\t19:30 (ƙarfe bakwai da rabi na dare)',
    'Curfew / Oge njedebe\t23:00 (strict, noise permit)',
  ].join('\n');
  const items = run(activities, extractPastedText(text), show('2027-06-04', 'Owerri', 'NG')).map(values);
  const check = items.find((i) => i['startTime'] === '17:00');
  const doors = items.find((i) => i['startTime'] === '19:30');
  assert.ok(check && doors);
  assert.equal(check['notes'] ?? null, null);
  assert.equal(doors['notes'] ?? null, null);
  assert.equal(items.find((i) => i['startTime'] === '23:00')?.['notes'], 'strict, noise permit');
});

test('a bilingual balance row completes the deposit row as payment terms', () => {
  const text = [
    'FEE AND PAYMENT / ỤGWỌ ỌRỤ',
    'Fee / Ụgwọ ọrụ\t₦900,000.00 flat fee',
    'Deposit / Ego mbụ\t50% by bank transfer within 10 days of signing',
    'Balance / Ego fọdụrụ\t50% in cash on the night of the show',
  ].join('\n');
  const [d] = run(deal, extractPastedText(text), show('2027-06-04')).map(values);
  assert.match(String(d!['paymentTerms']), /within 10 days of signing.*50% in cash on the night/);
});
