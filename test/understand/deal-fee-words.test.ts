/**
 * Fee words the deal reader takes (sections/deal.ts): the Urdu/Pashto "فیس" before its amount in prose,
 * and a bracketed "flat fee" after an amount. All examples invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('the Pashto fee word before an amount in prose gives the fee', async () => {
  const ps = await extracted([
    'Subject: Jalalabad road show',
    '',
    'مالي شرطونه / MONEY',
    'د ډلې فیس PKR 650,000 دی، نیمایي یې مخکې.',
  ].join('\n'));
  assert.equal(ps.deal.fee, 650000);
  assert.equal(ps.deal.currency, 'PKR');
});

test('an amount before a bracketed "flat fee" is the fee', async () => {
  const out = await extracted('Subject: Autumn date\n\nThe offer stands at GBP 3,200 (flat fee), sound and lights included.\n');
  assert.equal(out.deal.fee, 3200);
  assert.equal(out.deal.dealType, 'flat');
});
