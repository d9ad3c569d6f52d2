import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { extract as deal } from '../../src/understand/sections/deal.js';
import { run, values } from './sections/travel-fixtures.js';

test('contract clauses: a heading naming payment or other terms labels the paragraph below it', () => {
  const [draft] = run(deal, extractPastedText([
    'Art. 3 - Compenso',
    'Cachet fisso di EUR 2.500,00 + IVA.',
    '',
    'Art. 4 - Modalità di pagamento',
    'Acconto del 40% alla firma, saldo a fine serata',
    'in contanti.',
    '',
    'Art. 5 - Altre condizioni',
    'Il merchandising resta all\'Artista.',
    '',
    'Art. 6 - Foro competente',
    'Foro di Bologna.',
  ].join('\n')));
  assert.deepEqual(values(draft!), {
    fee: 2500, currency: 'EUR', dealType: 'flat',
    paymentTerms: 'Acconto del 40% alla firma, saldo a fine serata in contanti.',
    depositPercent: 40,
    notes: 'Il merchandising resta all\'Artista.',
  });
});

test('a fee someone else charges (cancellation, service, booking) is not the artist\'s fee', () => {
  const charges = run(deal, extractPastedText([
    'Free cancellation until 10 May. After that the cancellation fee is € 212.40.',
    'A service fee of EUR 15 applies to changes.',
  ].join('\n')));
  assert.deepEqual(charges.map((d) => values(d)), []);
  const [offer] = run(deal, extractPastedText('Your fee is EUR 1,800 flat, payable on the night.'));
  assert.equal(values(offer!).fee, 1800);
});
