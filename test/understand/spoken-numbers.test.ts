import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pasted } from './helpers.js';
import { findNumberWords, wordValue } from '../../src/understand/normalise/number-words.js';
import { findClockWords, findDurationWords } from '../../src/understand/normalise/time-words.js';
import { spokenAsDigits } from '../../src/understand/text/spoken.js';
import { stampDate } from '../../src/understand/text/stamp.js';
import { understand } from '../../src/understand/index.js';
import { normaliseMoney } from '../../src/understand/normalise/index.js';

test('number words, one word or several, in each language', () => {
  const table: [string, number][] = [
    ['seven', 7], ['twenty-five', 25], ['quinze', 15], ['dezassete', 17], ['veintitrés', 23], ['quatre-vingt-dix', 90],
    ['vingt-et-un', 21], ['dix-sept', 17], ['einundzwanzig', 21], ['zweihundert', 200], ['vijfentwintig', 25],
    ['tjugofyra', 24], ['tjueto', 22], ['diciannove', 19], ['tvåtusen', 2000],
  ];
  for (const [word, value] of table) assert.equal(wordValue(word), value, word);
  assert.equal(wordValue('tone'), null);
  assert.equal(wordValue('um'), null, 'a Portuguese article / German preposition alone is no number');
});

test('runs of number words add up, and two numbers side by side stay apart', () => {
  const values = (t: string) => findNumberWords(t).map((n) => n.value);
  assert.deepEqual(values('custa três mil e seiscentos euros'), [3600]);
  assert.deepEqual(values('two thousand four hundred and fifty pounds'), [2450]);
  assert.deepEqual(values('cuesta mil doscientos pesos'), [1200]);
  assert.deepEqual(values('zweitausend fünfhundert Euro'), [2500]);
  assert.deepEqual(values('seven nine'), [7, 9]);
});

test('clock times in words take the part of the day, else the evening', () => {
  const clock = (t: string) => findClockWords(t).map((m) => m.value);
  assert.deepEqual(clock('o jantar é às nove e meia, ok?'), ['21:30']);
  assert.deepEqual(clock('chegamos às duas da tarde'), ['14:00']);
  assert.deepEqual(clock('fecha à uma da manhã.'), ['01:00']);
  assert.deepEqual(clock('entráis a las once y cuarto.'), ['23:15']);
  assert.deepEqual(clock('on stage at half past nine, ok'), ['21:30']);
  assert.deepEqual(clock('Einlass um halb acht, danach'), ['19:30']);
  assert.deepEqual(clock('insläpp klockan sju på kvällen'), ['19:00']);
  assert.deepEqual(clock('ouverture à huit heures et demie'), ['20:30']);
  assert.deepEqual(clock('breakfast is served at seven.'), ['07:00']);
  assert.deepEqual(clock('bar open until midnight'), ['00:00']);
  assert.deepEqual(clock('pick-up at quarter to six, ok'), ['17:45']);
  assert.deepEqual(clock('soundcheck kl kvart över fyra.'), ['16:15']);
  assert.deepEqual(clock('doors at half eight.'), ['20:30']);
  assert.deepEqual(clock('at one point we moved'), [], 'a bare "one" is no time');
  assert.deepEqual(clock('at two venues in town'), [], 'a bare hour before a noun is a count');
});

test('lengths in words: a fraction or a counted number of hours', () => {
  const lengths = (t: string) => findDurationWords(t).map((m) => m.value);
  assert.deepEqual(lengths('tocam hora e meia, certo?'), [90]);
  assert.deepEqual(lengths('an hour and a quarter on stage'), [75]);
  assert.deepEqual(lengths('anderthalb Stunden Programm'), [90]);
  assert.deepEqual(lengths('noventa minutos de concierto'), [90]);
  assert.deepEqual(lengths('we have an hour for it'), [], 'a bare hour is said loosely');
});

test('the copy with digits maps its spans back onto the spoken words', () => {
  const text = 'Olá! As portas abrem às oito e meia, e o jantar para quatro pessoas.';
  const reading = spokenAsDigits(pasted(text))!;
  assert.equal(reading.source.text, 'Olá! As portas abrem às 20:30, e o jantar para 4 pessoas.');
  const at = reading.source.text.indexOf('20:30');
  assert.equal(text.slice(reading.back(at), reading.back(at + 5)), 'oito e meia');
  const n = reading.source.text.indexOf('4 pessoas');
  assert.equal(text.slice(reading.back(n), reading.back(n + 1)), 'quatro');
  assert.equal(text.slice(reading.back(n + 2)), 'pessoas.');
  assert.equal(spokenAsDigits(pasted('Doors 19:30, set 21:00.')), null);
});

test('a note stamped on its first line is dated by the stamp', () => {
  assert.equal(stampDate('Voice memo · from Ana · 03/05/2028 18:04 · 1:12\nhello')?.toISOString().slice(0, 10), '2028-05-03');
  assert.equal(stampDate('Show on 03/05/2028\nDoors 19:00'), null);
});

test('a voice note with its times in words gives the show its times and date', async () => {
  const note = [
    'Voice note transcript · Lena Falk (Kulturhaus Nord) · 02/06/2028 10:05 · 1:30',
    '',
    '"Hi all, quick one for the concert of Velvet Ashes, Saturday the 10th. Soundcheck is at five in the afternoon,',
    'doors at half past seven, you are on at nine sharp, an hour and a half of music. Curfew at midnight."',
  ].join('\n');
  const { extracted } = await understand([pasted(note)]);
  assert.equal(extracted.general.artist, 'Velvet Ashes');
  assert.equal(extracted.general.date, '2028-06-10');
  assert.equal(extracted.general.soundcheckTime, '17:00');
  assert.equal(extracted.general.doorsTime, '19:30');
  assert.equal(extracted.general.setTime, '21:00');
  assert.equal(extracted.general.curfewTime, '00:00');
});

test('a spoken note in Portuguese: fee, payment, dinner and hotel said in words', async () => {
  const note = [
    'Transcrição · nota de voz de Marta Lopes · 03/04/2028 09:10 · 1:05',
    '',
    'Olá! Para o concerto dos Lobo Azul, sábado dia 15 de abril: o soundcheck é às quatro da tarde. Portas às nove.',
    'Jantar, reservei no restaurante Tasca Ribeira, às oito, para cinco pessoas.',
    'Hotel: ficam no Hotel Mar Alto, na Rua Nova 12, dois quartos, de sábado para domingo, check-out até ao meio-dia, o pequeno-almoço está incluído.',
    'O cachet são os mil e oitocentos euros fixos, pagamos por transferência na semana seguinte.',
  ].join('\n');
  const { extracted } = await understand([pasted(note)]);
  assert.equal(extracted.general.artist, 'Lobo Azul');
  assert.equal(extracted.general.date, '2028-04-15');
  assert.equal(extracted.general.soundcheckTime, '16:00');
  assert.equal(extracted.general.doorsTime, '21:00');
  assert.deepEqual([extracted.deal.fee, extracted.deal.currency, extracted.deal.dealType], [1800, 'EUR', 'flat']);
  assert.equal(extracted.deal.paymentTerms, 'pagamos por transferência na semana seguinte');
  const [food] = extracted.food;
  assert.deepEqual([food?.name, food?.time, food?.guestCount], ['Tasca Ribeira', '20:00', 5]);
  const [hotel] = extracted.hotels;
  assert.deepEqual(
    [hotel?.name, hotel?.rooms, hotel?.checkInDate, hotel?.checkOutDate, hotel?.checkOutTime, hotel?.notes],
    ['Hotel Mar Alto', 2, '2028-04-15', '2028-04-16', '12:00', 'o pequeno-almoço está incluído'],
  );
});

test('a chat\'s amount before its fee word is the fee; "USD" stays US dollars in a peso country', async () => {
  assert.deepEqual(normaliseMoney('USD 2,000', 'MX'), { amount: 2000, currency: 'USD' });
  assert.deepEqual(normaliseMoney('$2,000', 'MX'), { amount: 2000, currency: 'MXN' });
  const chat = [
    '02.05.2028, 10:00 - Ola Berg: Hei! Alt klart for Grey Herons på fredag, Kulturhuset, Storgata 5, 9008 Tromsø',
    '02.05.2028, 10:05 - Ola Berg: lydprøve 16:00, dører 20:00',
    '02.05.2028, 10:07 - Ola Berg: 18 000 NOK garanti mot 60 % av netto, det som er høyest.',
  ].join('\n');
  const { extracted } = await understand([pasted(chat)]);
  assert.deepEqual([extracted.deal.fee, extracted.deal.currency, extracted.deal.dealType], [18000, 'NOK', 'guarantee_vs_percentage']);
});

test('a chat export\'s first message is no stamp', () => {
  assert.equal(stampDate('13.05.2028, 09:12 - Ana Lund: hei, alt klart for lørdag'), null);
  assert.equal(stampDate('[13/05/2028, 09:12:40] Ana Lund: hola'), null);
});
