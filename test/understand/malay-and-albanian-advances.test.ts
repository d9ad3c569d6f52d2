/**
 * Albanian and Malay advances — their labels, months and weekdays, Malay 12-hour times
 * with a part of the day ("11.30 mlm"), the ringgit, "ora 15:00 – …" running orders, numbered ride
 * lines, a bracket glossing an item's word, a street written first ("Rruga …", "Jalan …"), a heading in
 * capitals over a contact line, a ride table whose header wraps onto a second row.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('Malay times with a part of the day and a fee in ringgit', async () => {
  const x = await extracted([
    'Borang Advance / Advance Form', 'Tarikh / Date: Sabtu, 4 Disember 2027', 'Tempat / Venue: Dewan Seri Mutiara',
    'Pintu Dibuka / Doors: 7.30 mlm', 'Waktu Tamat / Curfew: 11.45 mlm', '',
    'Yuran / Fee: RM 12,500.00 – yuran tetap / flat fee',
  ].join('\n'));
  assert.equal(x.general.date, '2027-12-04');
  assert.equal(x.general.doorsTime, '19:30');
  assert.equal(x.general.curfewTime, '23:45');
  assert.equal(x.deal.fee, 12500);
  assert.equal(x.deal.currency, 'MYR');
});

test('a label over a later line\'s time in a two-column block takes no time of that line', async () => {
  const x = await extracted([
    'Tarikh / Date\tAhad, 5 Disember 2027', '', 'Jadual / Schedule',
    'Masa Masuk /\t2.00 ptg / 2:00 PM\tUjian Bunyi /\t4.00 ptg / 4:00 PM', 'Load-in\t\tSoundcheck',
    'Pintu Dibuka / Doors\t7.00 mlm / 7:00 PM',
  ].join('\n'));
  const loadIns = x.activities.filter((a) => a.kind === 'load_in').map((a) => a.startTime);
  assert.ok(loadIns.every((t) => t === '14:00'), JSON.stringify(x.activities));
});

test('an Albanian running order with "ora", a glossed item word and numbered rides', async () => {
  const x = await extracted([
    'From: Besa Hoxha <besa@example.al>', 'Sent: Monday, 27 September 2027 11:15', 'Subject: Advance – Klubi Hëna, Tiranë – 09.10.2027', '',
    'Përshëndetje Ana,', '', 'DATA & VENDI', 'Data e shfaqjes: e shtunë, 9 tetor 2027', 'Vendi: Klubi Hëna, Rruga Myslym Shyri 8, Tiranë', '',
    'ORARI', 'ora 14:00 – load-in', 'ora 20:00 – hyrja (doors)', 'ora 21:00–22:15 – Rrota e Zezë', '',
    'TRANSFERIMET', 'Transferi 1 – e premte 8/10, ora 11:20: TIA → Hotel Vila Drini (grupi A, JU 640)', '',
    'Të fala,', 'Besa',
  ].join('\n'));
  assert.equal(x.general.doorsTime, '20:00');
  assert.ok(x.activities.some((a) => a.name === 'hyrja (doors)' && a.notes === null), JSON.stringify(x.activities));
  const ride = x.activities.find((a) => a.name === 'Transferi 1');
  assert.deepEqual([ride?.kind, ride?.date, ride?.startTime, ride?.location, ride?.destination, ride?.notes],
    ['transfer', '2027-10-08', '11:20', 'TIA', 'Hotel Vila Drini', 'grupi A, JU 640']);
});

test('an Albanian hotel block: street first, rooms, check-out "deri në ora"', async () => {
  const x = await extracted([
    'Data e shfaqjes: e shtunë, 9 tetor 2027', '', 'HOTELI', 'Hotel Vila Drini, Rruga Mihal Duri 5, Tiranë', '3 dhoma (1 twin + 2 single)',
    'Check-in: e premte, 8 tetor, nga ora 14:00', 'Check-out: e diel, 10 tetor, deri në ora 11:00',
  ].join('\n'));
  assert.equal(x.general.date, '2027-10-09');
  const h = x.hotels[0];
  assert.equal(h?.address, 'Rruga Mihal Duri 5, Tiranë');
  assert.equal(h?.rooms, 3);
  assert.equal(h?.checkOutTime, '11:00');
});

test('a heading in capitals is no part of the name on the line below it; Albanian roles', async () => {
  const x = await extracted([
    'Përshëndetje,', '', 'KONTAKTET E DITËS SË KONCERTIT', 'Dritan Leka (unë) – +355 69 555 1200',
    'Arben Kola, shoferi – +355 69 555 1234', '', 'Të fala', 'Dritan',
  ].join('\n'));
  assert.ok(!x.contacts.some((c) => /KONTAKTET|KONCERTIT/.test(c.name ?? '')), JSON.stringify(x.contacts));
  assert.equal(x.contacts.find((c) => c.name === 'Arben Kola')?.role, 'shoferi');
});

test('a ride table whose header wraps onto a second row makes every row a transfer', async () => {
  const x = await extracted([
    'Tarikh / Date: Sabtu, 4 Disember 2027', '', 'Pengangkutan / Transport',
    'Perkhidmatan / Service\tTarikh /\tMasa /\tDari / From\tKe / To', '\tDate\tTime\t\t',
    'Ke venue / To venue\tSab / Sat 4/12\t13:00\tHotel Teratai\tDewan Seri Mutiara',
    'Balik ke hotel / Back to hotel\tSab / Sat 4/12\t00:30\tDewan Seri Mutiara\tHotel Teratai',
  ].join('\n'));
  const rides = x.activities.filter((a) => a.kind === 'transfer').map((a) => a.startTime);
  assert.deepEqual(rides.sort(), ['00:30', '13:00'], JSON.stringify(x.activities));
});

test('a Malay title before a name is no part of it', async () => {
  const x = await extracted([
    'Hubungan / Contacts', 'Nama / Name\tJawatan / Role\tTelefon / Phone',
    'Encik Rashid Osman\tPemandu / Driver\t+60 12-345 6789', 'Puan Siti Aminah\tPengurus Venue / Venue Manager\t+60 13-222 3344',
  ].join('\n'));
  assert.deepEqual(x.contacts.map((c) => c.name).sort(), ['Rashid Osman', 'Siti Aminah'], JSON.stringify(x.contacts));
});
