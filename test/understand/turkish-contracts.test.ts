/** Turkish performance contracts (bilingual Turkish/English): dates, labels, addresses, deposit, meals, technical. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { findDates, normaliseDuration } from '../../src/understand/normalise/index.js';
import { labelKey } from '../../src/understand/text/lexicon.js';
import { placeOf } from '../../src/understand/sections/place.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';
import { pasted } from './helpers.js';

const REF = new Date(Date.UTC(2028, 0, 10));

test('Turkish dates: a month name before the year and a weekday after it, also in capitals', () => {
  assert.equal(findDates('22 Nisan 2028 Cumartesi', REF)[0]?.value, '2028-04-22');
  assert.equal(findDates('5 ARALIK 2028', REF)[0]?.value, '2028-12-05');
  assert.equal(findDates('en geç 3 Şubat 2028 tarihine kadar', REF)[0]?.value, '2028-02-03');
  assert.equal(normaliseDuration('75 dakika'), 75);
});

test('Turkish labels, in capitals, numbered and beside their English halves', () => {
  assert.deepEqual(
    ['SANATÇI', '2.1 SANATÇI', 'Mekân', 'Kapı açılışı', '4.4 Gösterinin başlangıcı / Show start', 'Rezervasyon no', 'Görev / Role', 'E-posta', 'Ses kontrolü'].map(labelKey),
    ['artist', 'artist', 'venue', 'doors', 'set_time', 'booking_reference', 'role', 'email', 'soundcheck'],
  );
  assert.deepEqual(['Yükleme / Get-in', 'Kapı açılışı / Doors', 'Akşam yemeği'].map(activityKind), ['load_in', 'doors', null]);
});

test('a Turkish address: the district, then the city after a slash, and a quarter or avenue word says Turkey', () => {
  const address = 'Moda Mah., Bahariye Cad. No: 7, 34710 Kadıköy / İstanbul';
  assert.deepEqual(placeOf(address), { city: 'İstanbul', country: 'TR', cityIndex: address.lastIndexOf('İstanbul') });
  assert.equal(placeOf('Atatürk Blv. No: 12, 35210 Konak / Kızılçullu').country, 'TR');
});

const CONTRACT = [
  'SANATÇI PERFORMANS SÖZLEŞMESİ',
  'MADDE 1 – TARAFLAR',
  '1.2 SANATÇI: Gri Martılar – adına yetkili temsilcisi Kuzey Booking Ltd.',
  'MADDE 2 – KONU',
  'İşbu sözleşmenin konusu, "Poyraz Akşamları 2028" konser dizisi kapsamında bir canlı konserdir.',
  'MADDE 3 – ETKİNLİK BİLGİLERİ',
  'Tarih / Date\t22 Nisan 2028 Cumartesi',
  'Mekân / Venue\tSalon Liman (tel. 0232 555 12 34)',
  'Adres / Address\tAlsancak Mah., Kıbrıs Şehitleri Cad. No: 40, 35220 Konak / İzmir',
  'MADDE 4 – PROGRAM',
  '4.1 Yükleme / Get-in: saat 14.00',
  '4.2 Ses kontrolü / Soundcheck: saat 16.00 – 17.00',
  '4.3 Kapı açılışı / Doors: saat 20.00',
  '4.4 Gösterinin başlangıcı / Show start: saat 21.00',
  '4.5 Gösteri süresi / Set length: 75 dakika',
  'MADDE 5 – ÜCRET',
  '5.1 Sanatçı ücreti / Fee: net 4.000,00 EUR + KDV; sabit ücret (flat fee).',
  '5.2 Ödeme / Payment: %30 kapora, imzadan itibaren 7 gün içinde; kalan %70 konserden sonra.',
  'MADDE 6 – YEMEK',
  "ORGANİZATÖR, gösteri günü saat 18.00'de SANATÇI ekibine (6 kişi) Lokanta Deniz'de akşam yemeği ikram eder.",
  'MADDE 7 – TEKNİK / TECHNICAL',
  "Ses ve ışık ihtiyaçları ekteki teknik rider'a (v2) göre ORGANİZATÖR tarafından karşılanır.",
].join('\n');

test('a Turkish contract: act, series, venue without its landline, Turkish city, date, schedule, deposit, meal, no technical', async () => {
  const { extracted: x } = await understand([{ ...pasted(CONTRACT), name: 'sozlesme.txt', origin: 'file' }]);
  const g = x.general;
  assert.deepEqual([g.artist, g.eventName, g.venue, g.city, g.country, g.date, g.setTime, g.setLengthMinutes, g.soundcheckTime], [
    'Gri Martılar', 'Poyraz Akşamları 2028', 'Salon Liman', 'İzmir', 'TR', '2028-04-22', '21:00', 75, '16:00',
  ]);
  assert.equal(x.deal.depositPercent, 30);
  assert.ok(x.activities.some((a) => a.name === '4.4 Gösterinin başlangıcı / Show start' || a.name === 'Gösterinin başlangıcı / Show start'));
  assert.deepEqual(x.food.map((f) => [f.name, f.kind, f.time, f.guestCount, f.date]), [['Lokanta Deniz', 'restaurant', '18:00', 6, '2028-04-22']]);
  assert.equal(x.technical.other, null);
});
