/**
 * "ala"/"alas" and a digit read as a Filipino clock in other languages, an Arabic metre
 * sign ("٣.٢٠ م") read as "pm", and a bracket of ordinary words skipped between an amount and a currency.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { findFilipinoClock } from '../../src/understand/normalise/filipino-clock.js';
import { normaliseMoney } from '../../src/understand/normalise/money.js';
import { findTimes } from '../../src/understand/normalise/time.js';
import { latinDigits } from '../../src/understand/text/native-digits.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('"ala"/"alas" before a digit is a Filipino clock only beside a Tagalog word; the Spanish-derived hour words stay', async () => {
  assert.deepEqual(findFilipinoClock('Camerini: ala 1, primo piano'), []);
  assert.deepEqual(findFilipinoClock('Alas 2 of the DJs cancelled, so:'), []);
  assert.deepEqual(findFilipinoClock('kita tayo alas 7 ng gabi').map((m) => m.value), ['19:00']);
  assert.deepEqual(findFilipinoClock('sunduin ko kayo alas 4 po').map((m) => m.value), ['16:00']);
  assert.deepEqual(findFilipinoClock('Soundcheck alas-singko').map((m) => m.value), ['17:00']);
  const sheet = ['Venue: Teatro Pioppo, Via Arno 3, Lucca', 'Date: 9 May 2027', 'Spogliatoi: ala 1, piano terra', 'Get-in 11:00', 'Doors 21:00'].join('\n');
  const names = (await extracted(sheet)).activities.map((a) => a.name);
  assert.ok(!names.includes('Spogliatoi'), names.join(', '));
});

test('an Arabic "م" after a dotted number is metres, not the evening; after a colon it is still "pm"', async () => {
  assert.equal(latinDigits('عمق المسرح: ٦.٤٠ م'), 'عمق المسرح: 6.40 م');
  assert.equal(latinDigits('ارتفاع الباب: ٣.١٥ م').includes('15:15'), false);
  assert.equal(latinDigits('الأبواب ٧:٣٠ م').trim(), 'الأبواب 19:30');
  assert.equal(latinDigits('العرض ٨.٣٠ مساءً').trim(), 'العرض 20:30');
  const sheet = ['Advance sheet – Qasr Hall, Sohar', 'Date: 3 March 2028', 'Doors: 19:00', 'Load-in door height / ارتفاع باب التحميل: ٤.١٠ م'].join('\n');
  const times = (await extracted(sheet)).activities.map((a) => a.startTime);
  assert.deepEqual(times, ['19:00']);
});

test('a bracket between an amount and a currency is skipped only when it spells that amount', async () => {
  assert.deepEqual(normaliseMoney('Fee: set 2 (late slot) EUR 1 800 flat'), { amount: 2, currency: null });
  assert.deepEqual(normaliseMoney('Fee 3 (three sets) EUR 1 800'), { amount: 3, currency: null });
  assert.deepEqual(normaliseMoney('Fee 4 200 (four thousand two hundred) EUR'), { amount: 4200, currency: 'EUR' });
  assert.deepEqual(normaliseMoney('сумма 2 300 000 (два миллиона триста тысяч) тенге'), { amount: 2300000, currency: 'KZT' });
  assert.deepEqual(normaliseMoney('4 200 (five thousand) EUR'), { amount: 4200, currency: null });
  const deal = (await extracted(['Club Sirocco, 12 Harbour Rd, Cork', 'Date: 2 June 2027', 'Fee: set 2 (late slot) EUR 1 800 flat'].join('\n'))).deal;
  assert.equal(deal.fee, 1800);
  assert.equal(deal.currency, 'EUR');
});

test('a dotted pair before a unit of length is a measure, not a time', async () => {
  assert.deepEqual(findTimes('Stage depth: 7.40 m, width 11.20 m').map((t) => t.value), []);
  assert.deepEqual(findTimes('Высота ворот: 4.10 м').map((t) => t.value), []);
  assert.deepEqual(findTimes('Get-in 9.30, doors 19.30').map((t) => t.value), ['09:30', '19:30']);
  const sheet = ['Day sheet – Hollin Rooms, Leeds', 'Date: 8 April 2027', 'Doors: 19:00', 'Load-in door height: 2.90 m'].join('\n');
  assert.deepEqual((await extracted(sheet)).activities.map((a) => a.startTime), ['19:00']);
});
