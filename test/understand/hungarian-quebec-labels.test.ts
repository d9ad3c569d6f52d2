/** Hungarian contracts (labels, year-first dates, forint, postcode-first addresses) and Quebec's spaced times, "$ CA" and addresses. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { labelKey, read } from '../../src/understand/text/index.js';
import { placeOf } from '../../src/understand/sections/place.js';
import { findDates, findTimes, normaliseDuration, normaliseMoney } from '../../src/understand/normalise/index.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';
import { pasted } from './helpers.js';

test('Hungarian labels, also after a sub-clause number', () => {
  assert.equal(labelKey('Helyszín'), 'venue');
  assert.equal(labelKey('Hangbeállás'), 'soundcheck');
  assert.equal(labelKey('Kapunyitás'), 'doors');
  assert.equal(labelKey('A koncert kezdete'), 'set_time');
  assert.equal(labelKey('Foglalási szám'), 'booking_reference');
  assert.equal(labelKey('4.2. Fizetési feltételek'), 'payment_terms');
  assert.equal(labelKey('Kelt'), 'issue_date');
  assert.equal(activityKind('Hangpróba'), 'soundcheck');
  assert.equal(activityKind('Kapunyitás'), 'doors');
  assert.equal(activityKind('Vacsora'), null);
});

test('Hungarian dates put the year first, written or numeric', () => {
  assert.deepEqual(findDates('Időpont: 2028. március 3. (péntek)').map((d) => d.value), ['2028-03-03']);
  assert.deepEqual(findDates('2028. márc. 3-án érkezünk').map((d) => d.value), ['2028-03-03']);
  assert.deepEqual(findDates('2028.03.03. – 2028.03.05. között').map((d) => d.value), ['2028-03-03', '2028-03-05']);
});

test('forint, "$ CA", "perc" and Quebec’s "19 h 30"', () => {
  assert.deepEqual(normaliseMoney('bruttó 820 000 Ft'), { amount: 820000, currency: 'HUF' });
  assert.deepEqual(normaliseMoney('2 450,00 $ CA'), { amount: 2450, currency: 'CAD' });
  assert.equal(normaliseDuration('75 perc'), 75);
  assert.deepEqual(findTimes('Portes 19 h 30, spectacle 20 h 45 – 22 h 00').map((t) => t.value), ['19:30', '20:45', '22:00']);
  // "1 h 45 min" is a length, not a time of day.
  assert.deepEqual(findTimes('durée 1 h 45 min').map((t) => t.value), []);
});

test('postcode-first Hungarian addresses and Canadian province + postal code', () => {
  assert.deepEqual(placeOf('9021 Győr, Kossuth Lajos utca 8.'), { city: 'Győr', country: 'HU', cityIndex: 5 });
  const qc = placeOf('455, boulevard des Érables, Trois-Pistoles (Québec) G0L 4K0');
  assert.equal(qc.city, 'Trois-Pistoles');
  assert.equal(qc.country, 'CA');
  assert.equal(placeOf('88 Front Street, Kingston ON K7L 1A1').country, 'CA');
});

test('a colon inside an unclosed bracket is no label', () => {
  const r = read(pasted('a Zenekar (a továbbiakban együtt: Felek) között\nFellépő: Tükörfolyó'));
  assert.deepEqual(r.labelled.filter((l) => l.key === 'artist').map((l) => l.value), ['Tükörfolyó']);
});

const CONTRACT = [
  'FELLÉPÉSI SZERZŐDÉS',
  '',
  '1. A szerződés tárgya',
  'Fellépő:\tTükörfolyó',
  'Időpont:\t2028. március 3. (péntek)',
  'Helyszín:\tKékmadár Klub',
  'Cím:\t9021 Győr, Kossuth Lajos utca 8.',
  '',
  '2. Időbeosztás',
  'Hangbeállás:\t17:00–18:00 óra',
  'Kapunyitás:\t19:30 óra',
  'A koncert kezdete:\t20:30 óra',
  'A fellépés időtartama:\t75 perc',
  '',
  '3. Díjazás',
  '3.1. A Megrendelő fix fellépti díjat fizet, melynek összege nettó 820 000 Ft + ÁFA.',
  '3.2. Fizetési feltételek: 50% előleg az aláírást követő 5 napon belül, a többi a koncert után.',
  '',
  '4. Egyéb feltételek',
  'A Fellépő a helyszínen saját pólókat árulhat.',
  '',
  'Kelt: Győr, 2028. január 10.',
].join('\n');

test('a Hungarian contract: show, times, fee, deposit and other terms', async () => {
  const { extracted } = await understand([pasted(CONTRACT)]);
  const g = extracted.general;
  assert.equal(g.artist, 'Tükörfolyó');
  assert.equal(g.venue, 'Kékmadár Klub');
  assert.equal(g.city, 'Győr');
  assert.equal(g.country, 'HU');
  assert.equal(g.date, '2028-03-03');
  assert.equal(g.doorsTime, '19:30');
  assert.equal(g.soundcheckTime, '17:00');
  assert.equal(g.setTime, '20:30');
  assert.equal(g.setLengthMinutes, 75);
  assert.equal(extracted.deal.fee, 820000);
  assert.equal(extracted.deal.currency, 'HUF');
  assert.equal(extracted.deal.dealType, 'flat');
  assert.equal(extracted.deal.depositPercent, 50);
  assert.equal(extracted.deal.notes, 'A Fellépő a helyszínen saját pólókat árulhat.');
});
