/**
 * A passenger list after another sentence of a paragraph, wrapping onto the next line;
 * a tab label whose value opens with words that only begin a known label ("Backline ⇥ Festival
 * provides: …"); a set named by its form's label merging with the timetable's row; a flight table's
 * Azerbaijani booking column; "sabit" as a flat fee; a caterer for all meals after a colon and a
 * buyout row with no time; a postcode with its country's letters joined ("AZ1001 Bakı").
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { placeOf } from '../../src/understand/sections/place.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('a passenger label after another sentence names the party, its list wrapping onto the next line', async () => {
  const x = await extracted([
    'UÇUŞLAR',
    'Tarix\tReys\tMarşrut\tUçuş\tEniş\tSinif\tBron kodu',
    '02.10.2027\tJ2 112\tParis (CDG) → Bakı (GYD)\t09:10\t17:20\tEkonom\tQ4TR8X',
    '',
    'Aviaşirkət: Azərbaycan Hava Yolları. Vaxtlar yerli vaxtla. Sərnişinlər (hər iki reys): Lena Morrow, Tobias',
    'Vance, Ida Fjell. Baqaj: 23 kq / nəfər.',
  ].join('\n'));
  const f = x.flights[0];
  assert.deepEqual(f?.passengers.map((p) => p.name), ['Lena Morrow', 'Tobias Vance', 'Ida Fjell']);
  // The table's "Bron kodu" column is the booking's reference.
  assert.equal(f?.bookingReference, 'Q4TR8X');
});

test('a known tab label keeps a value whose colon words only begin a known label', async () => {
  const x = await extracted([
    'Date\t14 August 2027',
    '',
    'TECHNICAL',
    'Stage\t12 × 9 m, height 1.5 m',
    'Sound\tL-Acoustics K2 (8 + 8), FOH Avid S6L',
    'Backline\tFestival provides: Yamaha drum kit (no cymbals), Fender bass amp; the rest from the artist',
    'Power\t32A 3 phase',
  ].join('\n'));
  assert.equal(x.technical.backline, 'Festival provides: Yamaha drum kit (no cymbals), Fender bass amp; the rest from the artist');
  assert.notEqual(x.general.eventName, 'Yamaha drum kit (no cymbals), Fender bass amp; the rest from the artist');
});

test('a set named only by its form label is the timetable row of the same hour', async () => {
  const x = await extracted([
    'ƏSAS MƏLUMAT',
    'İfaçı\tLantern Coast',
    'Tarix\t2 oktyabr 2027',
    'Çıxış vaxtı\t20:10 – 21:20',
    '',
    'GÜN CƏDVƏLİ — 2 oktyabr 2027',
    'Saat\tFəaliyyət\tYer\tQeyd',
    '14:00\tSəs yoxlaması\tBöyük səhnə\t—',
    '20:10–21:20\tÇıxış — Lantern Coast\tBöyük səhnə\t70 dəq.',
  ].join('\n'));
  const sets = x.activities.filter((a) => a.kind === 'set');
  assert.equal(sets.length, 1);
  assert.equal(sets[0]?.startTime, '20:10');
});

test('"Qonorar (sabit)" is a flat fee', async () => {
  const x = await extracted(['QONORAR', 'Qonorar (sabit)\t7 000,00 EUR, ƏDV daxil deyil'].join('\n'));
  assert.equal(x.deal.dealType, 'flat');
});

test('a caterer named for all meals after a colon serves the table; a buyout row needs no time', async () => {
  const x = await extracted([
    'YEMƏK',
    'Festivalın bütün yeməkləri: Nar Mətbəxi. Çadır parkın arxasındadır.',
    '',
    'Tarix\tYemək\tSaat\tYer\tNəfər\tQeyd',
    '01.10.2027\tŞam yeməyi — buyout\t—\t—\t5\t25 AZN / nəfər, nağd',
    '02.10.2027\tNahar\t12:30\tYemək çadırı\t5\t—',
  ].join('\n'));
  const lunch = x.food.find((f) => f.time === '12:30');
  assert.equal(lunch?.name, 'Nar Mətbəxi');
  assert.equal(lunch?.kind, 'catering');
  const buyout = x.food.find((f) => f.kind === 'buyout');
  assert.equal(buyout?.date, '2027-10-01');
  assert.equal(buyout?.guestCount, 5);
  assert.equal(buyout?.address, null);
});

test('a postcode opening with its country letters joined to the digits is no part of the city', () => {
  const p = placeOf('Dənizkənarı küçəsi 7, Səbail rayonu, AZ1001 Bakı, Azərbaycan');
  assert.equal(p.city, 'Bakı');
  assert.equal(p.country, 'AZ');
});

test('a title cell naming the event with its year, over a line saying it is a festival, is the event', async () => {
  const x = await extracted([
    'QARA DƏNİZ SƏSLƏRİ 2027\tİFAÇI ADVANSI',
    'Beynəlxalq Musiqi Festivalı · 1–3 oktyabr 2027 · Sahil Parkı, Bakı',
    '',
    'İfaçı\tLantern Coast',
    'Tarix\t2 oktyabr 2027',
    '',
    'Hörmətlə,',
    'Qara Dəniz Səsləri 2027',
  ].join('\n'));
  assert.equal(x.general.eventName, 'Qara Dəniz Səsləri 2027');
});
