/**
 * Latvian and Indonesian support: month and weekday names ("2028. gada 14. oktobrī", "Jumat, 9 Oktober
 * 2026"), labels, clause lines timed with "plkst." / "pukul", item words, fee, flat-fee and deposit
 * words, role words and the Latvian name of the country.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { findDates } from '../../src/understand/normalise/date.js';
import { countryCode } from '../../src/reference/countries.js';

const read = async (lines: string[]) => (await understand([extractPastedText(lines.join('\n'))])).extracted;

test('Latvian and Indonesian dates read in their own forms', () => {
  assert.equal(findDates('Pasākums notiek 2028. gada 14. oktobrī.')[0]?.value, '2028-10-14');
  assert.equal(findDates('samaksā līdz 2028. gada 1. septembrim')[0]?.value, '2028-09-01');
  assert.equal(findDates('Tanggal: Jumat, 9 Oktober 2026')[0]?.value, '2026-10-09');
  assert.equal(findDates('berangkat 3 Agustus 2026')[0]?.value, '2026-08-03');
  assert.equal(countryCode('Latvija'), 'LV');
});

test('a Latvian contract: venue clause, timed clauses, fee, flat deal and deposit', async () => {
  const x = await read([
    'LĪGUMS Nr. 12/2028',
    '1. Līguma priekšmets',
    '1.2. Koncerta vieta: zāle „Laipa”, Tērbatas iela 5, Rīga, LV-1011, Latvija.',
    '1.3. Koncerts notiek 2028. gada 14. oktobrī.',
    '2. Dienas grafiks',
    '2.1. Aparatūras ielāde – plkst. 15:00.',
    '2.2. Skaņas pārbaude – no plkst. 17:30 līdz plkst. 18:30.',
    '2.3. Durvju atvēršana – plkst. 19:30.',
    '3. Atlīdzība',
    '3.1. Atlīdzība ir fiksēta summa EUR 2 800,00 bez PVN.',
    '3.2. Avanss 40 % apmērā tiek samaksāts līdz 2028. gada 1. septembrim.',
  ]);
  assert.equal(x.general.venue, 'zāle „Laipa”');
  assert.equal(x.general.city, 'Rīga');
  assert.equal(x.general.country, 'LV');
  assert.equal(x.general.date, '2028-10-14');
  assert.equal(x.general.doorsTime, '19:30');
  assert.equal(x.general.soundcheckTime, '17:30');
  const check = x.activities.find((a) => a.kind === 'soundcheck');
  assert.equal(check?.endTime, '18:30');
  assert.equal(x.activities.find((a) => a.kind === 'load_in')?.startTime, '15:00');
  assert.equal(x.deal.fee, 2800);
  assert.equal(x.deal.currency, 'EUR');
  assert.equal(x.deal.dealType, 'flat');
  assert.equal(x.deal.depositPercent, 40);
});

test('an Indonesian advance: date label, dotted times after "pukul"/"jam", gate and ride words', async () => {
  const x = await read([
    'Halo tim,',
    '',
    'Hari/tanggal: Jumat, 9 Oktober 2026',
    'Line check: pukul 17.40 WIB',
    'Gate open untuk penonton jam 15.00 WIB.',
    '',
    '09.15 Penjemputan di lobby',
    '',
    'Salam,',
    'Rina',
  ]);
  assert.equal(x.general.date, '2026-10-09');
  assert.equal(x.general.soundcheckTime, '17:40');
  assert.equal(x.general.doorsTime, '15:00');
  assert.equal(x.activities.find((a) => a.kind === 'transfer')?.startTime, '09:15');
});

test('Latvian role words make a contact line', async () => {
  const x = await read([
    'Koncerts notiek 2028. gada 14. oktobrī.',
    'Skaņas pārbaude – plkst. 17:30.',
    '',
    'Jānis Bērziņš, producents, tālr. +371 22 334 455, e-pasts: janis@laipa.example.lv',
  ]);
  assert.equal(x.contacts[0]?.role, 'producents');
  assert.equal(x.contacts[0]?.phone, '+37122334455');
});

test('an Indonesian hotel block: check-in time after "mulai pukul", rooms counted in "kamar"', async () => {
  const x = await read([
    'HOTEL',
    'Hotel Taman Sari',
    'Jl. Merdeka 10, Bandung',
    'Check-in: Jumat, 9 Oktober 2026 (mulai pukul 14.00)',
    'Check-out: Minggu, 11 Oktober 2026',
    '2 kamar twin, kode booking TS-4410',
  ]);
  assert.equal(x.hotels[0]?.checkInDate, '2026-10-09');
  assert.equal(x.hotels[0]?.checkInTime, '14:00');
  assert.equal(x.hotels[0]?.checkOutDate, '2026-10-11');
  assert.equal(x.hotels[0]?.rooms, 2);
});
