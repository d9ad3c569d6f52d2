/**
 * A Punjabi schedule message written in Gurmukhi digits with its part of the day before
 * a clock ("ਸ਼ਾਮ ੫:੦੦"), Gurmukhi item words; a promoter's money paragraph with a naira fee written short
 * ("₦12m") and its deposit and balance in one sentence among others.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { latinDigits } from '../../src/understand/text/native-digits.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';
import { normaliseMoney } from '../../src/understand/normalise/money.js';
import { sentenceAround } from '../../src/understand/text/index.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;
const squeezed = (text: string) => text.replace(/[ \u200B]+/g, ' ').trim();

test('Gurmukhi digits, month and weekday names read as an English date, the same length', () => {
  const text = 'ਐਤਵਾਰ ੧੭ ਅਕਤੂਬਰ ੨੦੨੭';
  const copy = latinDigits(text);
  assert.equal(copy.length, text.length);
  assert.equal(squeezed(copy), 'Sun 17 Oct 2027');
});

test('a Gurmukhi part of the day before a clock gives the 24-hour time', () => {
  assert.equal(squeezed(latinDigits('ਸ਼ਾਮ ੫:੦੦')), '17:00');
  assert.equal(squeezed(latinDigits('ਰਾਤ ੧੧:੩੦ ਵਜੇ')), '23:30');
  assert.equal(squeezed(latinDigits('ਸਵੇਰੇ ੯ ਵਜੇ')), '09:00');
  assert.equal(squeezed(latinDigits('ਦੁਪਹਿਰ ੧:੧੫ – ੨:੦੦')), '13:15 - 14:00');
  // "ਸ਼" written as "ਸ" with its nukta.
  assert.equal(squeezed(latinDigits('ਸ\u0A3Cਾਮ ੬:੦੦')), '18:00');
});

test('Punjabi item words', () => {
  assert.equal(activityKind('ਸਾਊਂਡਚੈੱਕ'), 'soundcheck');
  assert.equal(activityKind('ਲੋਡ-ਇਨ'), 'load_in');
  assert.equal(activityKind('ਗੇਟ ਖੁੱਲ੍ਹਣਗੇ'), 'doors');
  assert.equal(activityKind('ਸਪੀਕਰ ਬੰਦ'), 'curfew');
  assert.equal(activityKind('ਰਾਤ ਦਾ ਖਾਣਾ'), null);
});

test('a Gurmukhi running order: bare evening hours after an evening load-in, a set ending past ten', async () => {
  const out = await extracted([
    'Show: Dhol Di Awaaz at Rose Garden Grounds, Patiala, Sunday 17 October 2027',
    '',
    'ਐਤਵਾਰ ੧੭ ਅਕਤੂਬਰ',
    'ਲੋਡ-ਇਨ: ਸ਼ਾਮ ੩:੦੦',
    'ਸਾਊਂਡਚੈੱਕ: ੪:੩੦ – ੫:੩੦',
    'ਗੇਟ ਖੁੱਲ੍ਹਣਗੇ: ੬:੩੦',
    'Sitara Band: ੮:੦੦ – ੧੦:੦੦',
    'ਸਪੀਕਰ ਬੰਦ: ਰਾਤ ੧੧:੧੫ ਵਜੇ',
  ].join('\n'));
  const byKind = (kind: string) => out.activities.filter((a) => a.kind === kind);
  assert.equal(byKind('load_in')[0]?.startTime, '15:00');
  assert.equal(byKind('soundcheck')[0]?.startTime, '16:30');
  assert.equal(byKind('soundcheck')[0]?.endTime, '17:30');
  assert.equal(byKind('doors')[0]?.startTime, '18:30');
  assert.equal(byKind('curfew')[0]?.startTime, '23:15');
  const set = out.activities.find((a) => a.name === 'Sitara Band');
  assert.equal(set?.startTime, '20:00');
  assert.equal(set?.endTime, '22:00');
});

test('a naira fee and a million or thousand written short after a currency sign', () => {
  assert.deepEqual(normaliseMoney('the fee is ₦12m all-in'), { amount: 12_000_000, currency: 'NGN' });
  assert.deepEqual(normaliseMoney('₦850,000'), { amount: 850_000, currency: 'NGN' });
  assert.deepEqual(normaliseMoney('£6.5k'), { amount: 6500, currency: 'GBP' });
  // A lone letter counts glued to its amount only: the word after a space is the sentence's.
  assert.deepEqual(normaliseMoney('EUR 3,200.00 más IVA'), { amount: 3200, currency: 'EUR' });
  // An amount with "m" and no sign is metres.
  assert.equal(normaliseMoney('stage 10m x 6m')?.currency ?? null, null);
});

test('the sentence a position stands in', () => {
  const text = 'Fee is $9,000. Deposit of 20% on signing. The van hire needs a 100% deposit.';
  assert.equal(sentenceAround(text, text.indexOf('20%')), ' Deposit of 20% on signing.');
});

test('a money paragraph: the deposit-and-balance sentence is the payment terms, a hire in another sentence leaves the share alone', async () => {
  const out = await extracted([
    'Hi Marta,',
    '',
    'Money: fee is ₦9.5m flat, nothing deducted. 40% deposit goes to your agency on Monday, balance in cash on the night. The ₦2m on the budget is our van hire.',
    '',
    'Cheers,',
    'Kunle',
  ].join('\n'));
  assert.equal(out.deal.fee, 9_500_000);
  assert.equal(out.deal.currency, 'NGN');
  assert.equal(out.deal.depositPercent, 40);
  assert.equal(out.deal.paymentTerms, '40% deposit goes to your agency on Monday, balance in cash on the night.');
});
