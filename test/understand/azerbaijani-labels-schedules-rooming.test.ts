/**
 * An Azerbaijani festival advance (labels, month and weekday names, "Ünvan" as the address,
 * the day's item words, "5 s 35 dəq" and "75 dəq." lengths, the technical heading, "Bakı" and "Azərbaycan"),
 * and two readings any language shares: a transfer row whose place cell draws the route keeps its item
 * cell whole, and a rooming table of two columns ("Room ⇥ Guests") gives the hotel its guests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { normaliseDuration } from '../../src/understand/normalise/index.js';
import { labelKey } from '../../src/understand/text/index.js';
import { categorise } from '../../src/understand/sections/documents.js';
import { countryCode } from '../../src/reference/index.js';
import { dataCityName } from '../../src/reference/city-names.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('Azerbaijani labels, month and weekday names are read; "Ünvan" is the address, not a title', async () => {
  const x = await extracted([
    'Tarix\t18 sentyabr 2027, cümə',
    'Məkan\tQala Gecə Klubu',
    'Ünvan\tNizami küçəsi 9, AZ1000 Bakı',
    'Qonorar\t6 200,00 EUR, ƏDV daxil deyil',
    '',
    'OTEL',
    'Otel\tSahil Evi Otel',
    'Ünvan\tNeftçilər prospekti 12, AZ1001 Bakı',
    'Yerləşmə\t17 sentyabr 2027, saat 15:00-dan',
    'Otaqdan çıxış\t19 sentyabr 2027, saat 11:00-dək',
    'Bron nömrəsi\tSE-40417',
  ].join('\n'));
  assert.equal(x.general.date, '2027-09-18');
  assert.equal(x.deal.fee, 6200);
  assert.equal(x.deal.currency, 'EUR');
  const h = x.hotels[0];
  assert.equal(h?.address, 'Neftçilər prospekti 12, AZ1001 Bakı');
  assert.equal(h?.checkInDate, '2027-09-17');
  assert.equal(h?.checkInTime, '15:00');
  assert.equal(h?.checkOutDate, '2027-09-19');
  assert.equal(h?.checkOutTime, '11:00');
  assert.equal(h?.bookingReference, 'SE-40417');
  assert.equal(labelKey('Ünvan'), 'address');
  assert.equal(labelKey('Otaqdan çıxış'), 'check_out');
});

test('Azerbaijani schedule words give the items their kinds; a room check-out is no set', async () => {
  const x = await extracted([
    'GÜN CƏDVƏLİ — 18 sentyabr 2027',
    'Saat\tFəaliyyət\tYer\tQeyd',
    '12:30\tAvadanlığın boşaldılması\tArxa giriş\t2 işçi',
    '14:00–15:00\tSəs yoxlaması\tBöyük zal\t—',
    '19:00\tQapıların açılması\t—\tBütün girişlər',
    '21:00–22:30\tÇıxış — Kuzey Quartet\tBöyük zal\t90 dəq.',
  ].join('\n'));
  const kinds = Object.fromEntries(x.activities.map((a) => [a.startTime, a.kind]));
  assert.equal(kinds['12:30'], 'load_in');
  assert.equal(kinds['14:00'], 'soundcheck');
  assert.equal(kinds['19:00'], 'doors');
  assert.equal(kinds['21:00'], 'set');
  // The set's cell beside it is only its length, no remark.
  assert.equal(x.activities.find((a) => a.startTime === '21:00')?.notes, null);
});

test('a transfer row whose place cell draws the route keeps its item cell as the name', async () => {
  const x = await extracted([
    'RUN OF DAY — 9 October 2027',
    'Time\tActivity\tPlace\tNotes',
    '08:15\tShuttle: hotel → site\tMarlow Inn → Gate 4\tMinibus',
    '11:00\tSoundcheck\tRiver Stage\t—',
  ].join('\n'));
  const ride = x.activities.find((a) => a.startTime === '08:15');
  assert.equal(ride?.name, 'Shuttle: hotel → site');
  assert.equal(ride?.kind, 'transfer');
  assert.equal(ride?.location, 'Marlow Inn');
  assert.equal(ride?.destination, 'Gate 4');
});

test('a rooming table of two columns gives the hotel its guests, a shared cell two of them', async () => {
  const x = await extracted([
    'HOTEL',
    'Hotel\tHarbour Lights Hotel',
    'Check-in\t8 October 2027, from 15:00',
    'Check-out\t10 October 2027, until 11:00',
    '',
    'Room\tGuests',
    'Twin 1\tNora Vance / Ilse Brandt',
    'Single\tTomas Reyes',
  ].join('\n'));
  assert.deepEqual(x.hotels[0]?.guests, ['Nora Vance', 'Ilse Brandt', 'Tomas Reyes']);
});

test('Azerbaijani lengths, the technical heading, the advance title, Bakı and Azərbaycan', async () => {
  assert.equal(normaliseDuration('75 dəq.'), 75);
  assert.equal(normaliseDuration('90 dəqiqə'), 90);
  assert.equal(normaliseDuration('4 s 10 dəq'), 250);
  const x = await extracted([
    'TEXNİKİ MƏLUMAT — BÖYÜK ZAL',
    'Səhnə\t12 × 8 m',
    'İşıq\t16 × Robe Spiider',
    'Enerji\t32A 3 faza',
  ].join('\n'));
  assert.equal(x.technical.stage, '12 × 8 m');
  assert.equal(x.technical.lighting, '16 × Robe Spiider');
  assert.equal(x.technical.other, 'Enerji: 32A 3 faza');
  assert.equal(categorise({ ...extractPastedText('QALA GECƏLƏRİ 2027 · İFAÇI ADVANSI\nTarix\t18 sentyabr 2027\nSəs yoxlaması\t14:00'), origin: 'file', name: 'advans.pdf' }), 'itinerary');
  assert.equal(dataCityName('Bakı'), 'Baku');
  assert.equal(countryCode('Azərbaycan'), 'AZ');
});
