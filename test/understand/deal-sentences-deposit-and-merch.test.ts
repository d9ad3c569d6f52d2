import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { extract as deal } from '../../src/understand/sections/deal.js';
import { run, values } from './sections/travel-fixtures.js';

test('a deal paragraph in a quoted older message: its deposit sentence is the terms, its merch sentence a note', () => {
  const [draft] = run(deal, extractPastedText([
    'Thanks Rosa, all good on our side. See you Friday!',
    '',
    'On Mon, Apr 6, 2026 at 10:12 AM Rosa Quill <rosa@lanternhall.example.com> wrote:',
    '> Hi Theo,',
    '>',
    '> DEAL',
    '> As contracted: $4,200 guarantee vs. 85% of net after expenses, whichever is greater. 40% deposit paid to Brightline Agency last week, balance at settlement in cash. Merch: venue keeps 20% of soft goods, records are all yours, you sell.',
    '>',
    '> Doors 7 PM.',
  ].join('\n')));
  const v = values(draft!);
  assert.equal(v.fee, 4200);
  assert.equal(v.dealType, 'guarantee_vs_percentage');
  assert.equal(v.paymentTerms, '40% deposit paid to Brightline Agency last week, balance at settlement in cash.');
  assert.equal(v.depositPercent, 40);
  assert.equal(v.notes, 'Merch: venue keeps 20% of soft goods, records are all yours, you sell.');
});

test('a newer message\'s deposit sentence wins over the quoted one', () => {
  const [draft] = run(deal, extractPastedText([
    'Fee stays at EUR 2,600 flat. 30% deposit goes out Monday, the balance on the night in cash.',
    '',
    '> Fee EUR 2,600 flat. 50% deposit on signing, balance by transfer after the show.',
  ].join('\n')));
  assert.equal(values(draft!).paymentTerms, '30% deposit goes out Monday, the balance on the night in cash.');
  assert.equal(values(draft!).depositPercent, 30);
});

test('a merch line of its own, apart from the fee, is no deal note', () => {
  const [draft] = run(deal, extractPastedText([
    'Deal: EUR 2,000 flat',
    'Merch: venue takes 10% on shirts, you sell.',
  ].join('\n')));
  assert.equal(values(draft!).notes, undefined);
});

test('a row naming the sales tax added at a rate is a deal note; a price list\'s tax line is not', () => {
  const [draft] = run(deal, extractPastedText([
    'ARTICLE 4 – PRIX',
    '',
    'L\'Organisateur versera au Producteur la somme forfaitaire de trois mille euros hors taxes (3 000,00 € HT).',
    '',
    'Prix de cession : 3 000,00 € HT',
    '',
    'TVA : 20 % en sus (600,00 €), soit 3 600,00 € TTC',
  ].join('\n')));
  const v = values(draft!);
  assert.equal(v.fee, 3000);
  assert.equal(v.notes, 'TVA : 20 % en sus (600,00 €), soit 3 600,00 € TTC');

  const [list] = run(deal, extractPastedText([
    'Fee: GBP 1,500.00',
    'VAT 20 %\t300.00',
    'VAT: 20% included',
  ].join('\n')));
  assert.equal(values(list!).notes, undefined);
});

test('a clause just above the fee\'s row that restates its amount names the deal type', () => {
  const [draft] = run(deal, extractPastedText([
    '3. PAYMENT',
    '',
    'The Promoter shall pay the Company a flat sum of two thousand pounds (£2,000.00).',
    '',
    'Fee: £2,000.00',
  ].join('\n')));
  assert.equal(values(draft!).dealType, 'flat');

  // A sentence above about another sum says nothing of the fee.
  const [other] = run(deal, extractPastedText([
    'Parking is a flat £40 per vehicle.',
    '',
    'Fee: £2,000.00',
  ].join('\n')));
  assert.equal(values(other!).dealType, undefined);
});
