/**
 * An offer mail's DEAL block whose values wrap onto lines indented under the value column: the fee's
 * clause says "guarantee versus" on its first line and the share on the next, and the tax row's note
 * runs on to the end of its sentence.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

const OFFER = [
  'Hi all,',
  '',
  'Here is our offer for Sunday 12 March 2028 at Sala Farol, Rua do Cais 8, 4050-123 Porto.',
  '',
  'DEAL',
  'Fee:\tEUR 4.200 (four thousand two hundred euros) guarantee versus',
  '               75% of net door receipts after agreed costs, whichever',
  '               is greater',
  'Tax:\tFee is net of local withholding tax, which the promoter',
  '               will declare and pay for the artist.',
  '',
  'Best,',
  'Rita',
].join('\n');

test('a fee clause wrapped onto the next line gives its deal, and a wrapped withholding note is read to its end', async () => {
  const { extracted } = await understand([{ ...pasted(OFFER), name: 'offer.eml', origin: 'file' }]);
  const deal = extracted.deal;
  assert.deepEqual([deal.fee, deal.currency, deal.dealType], [4200, 'EUR', 'guarantee_vs_percentage']);
  assert.equal(deal.notes, 'Fee is net of local withholding tax, which the promoter will declare and pay for the artist.');
});
