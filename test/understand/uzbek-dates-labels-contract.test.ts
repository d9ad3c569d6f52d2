/**
 * An Uzbek (Latin script) festival contract — hyphened dates with case endings and the
 * "yil" year, labels and item words, a gloss in brackets restating an item's kind, the contract's city
 * and signing date under its title (no day of the schedule), the fee clause ("gonorar", an amount spelled
 * in Uzbek, "AQSh dollari", "qatʼiy belgilangan" flat, "avans"), a payment sentence with its verb last,
 * "shartnoma" as a contract; and a VAT number's country code and key read as no flight.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { findDates, normaliseMoney } from '../../src/understand/normalise/index.js';
import { spelledAmount } from '../../src/understand/normalise/spelled-amount.js';
import { labelKey } from '../../src/understand/text/index.js';
import { categorise } from '../../src/understand/sections/documents.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('Uzbek dates: the day hyphened to its month, case endings, the "yil" year and a day range', () => {
  const at = (text: string) => findDates(text, new Date(Date.UTC(2028, 0, 10))).map((d) => d.value);
  assert.deepEqual(at('Konsert 2028-yil 9-oktabr (shanba) kuni'), ['2028-10-09']);
  assert.deepEqual(at('2028-yil 3-sentyabrdan 5-sentyabrga qadar'), ['2028-09-03', '2028-09-05']);
  assert.deepEqual(at('roʻyxat 2028-yil 20-avgustgacha'), ['2028-08-20']);
  assert.deepEqual(at('Festival 21–23-iyun'), ['2028-06-21', '2028-06-23']);
});

test('Uzbek labels, amounts spelled in words and currency words are read', () => {
  assert.equal(labelKey('Chiqish sanasi'), 'date');
  assert.equal(labelKey('Oʻtkazilish joyi'), 'venue');
  assert.equal(labelKey('Izoh'), 'notes');
  assert.equal(labelKey('Bron raqami'), 'booking_reference');
  assert.equal(spelledAmount('uch yuz ellik ming'), 350000);
  assert.equal(spelledAmount('yigirma toʻrt ming besh yuz'), 24500);
  assert.deepEqual(normaliseMoney('24 500 (yigirma toʻrt ming besh yuz) AQSh dollari'), { amount: 24500, currency: 'USD' });
  assert.deepEqual(normaliseMoney('96 000 000 soʻmdan'), { amount: 96000000, currency: 'UZS' });
});

const CONTRACT = [
  'IJODIY HAMKORLIK SHARTNOMASI No 7/2028',
  'Samarqand shahri\t2028-yil 2-fevral',
  '',
  '1.4. Chiqish sanasi: 2028-yil 9-oktabr (shanba).',
  '2.1. Kun jadvali:',
  'Vaqt\tTadbir\tJoy\tIzoh',
  '14:00\tYuk tushirish (load-in)\tKatta sahna\t4 nafar yordamchi',
  '16:00–17:00\tOvoz tekshiruvi (saundchek)\tKatta sahna\t—',
  '19:00\tEshiklar ochilishi\tAsosiy kirish\t—',
  '20:30–22:00\tMoviy Tun — asosiy chiqish\tKatta sahna\t—',
  '23:00\tKomendantlik soati\tHudud\t—',
  '',
  '4.1. Guruhning qatʼiy belgilangan gonorari 24 500,00 (yigirma toʻrt ming besh yuz) AQSh',
  'dollari (USD) miqdorida belgilanadi.',
  '4.2. Toʻlov ikki bosqichda amalga oshiriladi: 40% avans imzolangandan keyin 7 bank kuni davomida, qoldigʻi konsertdan keyin.',
].join('\n');

test('an Uzbek contract: the show day, its items and kinds, the fee, its type, deposit and payment terms', async () => {
  const x = await extracted(CONTRACT);
  assert.equal(x.general.date, '2028-10-09');
  const byTime = Object.fromEntries(x.activities.map((a) => [a.startTime, a]));
  assert.equal(byTime['14:00']?.kind, 'load_in');
  assert.equal(byTime['16:00']?.kind, 'soundcheck');
  assert.equal(byTime['16:00']?.name, 'Ovoz tekshiruvi (saundchek)');
  assert.equal(byTime['19:00']?.kind, 'doors');
  assert.equal(byTime['20:30']?.kind, 'set');
  assert.equal(byTime['23:00']?.kind, 'curfew');
  // The signing city and date under the title date no item of the day.
  assert.ok(x.activities.every((a) => a.date === '2028-10-09'));
  assert.equal(x.general.soundcheckTime, '16:00');
  assert.equal(x.deal.fee, 24500);
  assert.equal(x.deal.currency, 'USD');
  assert.equal(x.deal.dealType, 'flat');
  assert.equal(x.deal.depositPercent, 40);
  assert.match(x.deal.paymentTerms ?? '', /^Toʻlov ikki bosqichda amalga oshiriladi: 40% avans/);
  assert.equal(categorise(extractPastedText(CONTRACT)), 'contract');
});

test('a VAT number opening with a country code and two digits is no flight', async () => {
  const x = await extracted([
    'Chiqish sanasi: 2028-yil 9-oktabr.',
    'BUYURTMACHI\tIJROCHI',
    '«Tun Sadosi» MChJ STIR: 305 221 904\tMoviy Tun SARL, 4 rue des Lilas, 69001 Lyon, TVA raqami: FR 58 774310986, UZ soliq raqami: 301 552 887, IBAN: FR76 1020 3040 5060 0712 3456 789',
  ].join('\n'));
  assert.deepEqual(x.flights, []);
});
