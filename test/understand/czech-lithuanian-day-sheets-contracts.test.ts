/**
 * Czech and Lithuanian rules, on invented fixtures: Lithuanian day-sheet
 * labels, Czech contract clauses (lettered schedule items timed "od 15:30 hod.", "ve 20:30", "od 19 h",
 * a "pevný honorář … Kč" fee), and a catering grid that ends at a
 * lodging heading in capitals.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const read = async (source: ExtractedSource) => (await understand([source])).extracted;

test('a Lithuanian day sheet\'s labels give the show: "Atlikėjas", "Adresas", "Garso patikra", "Durys", "Pabaiga"', async () => {
  const out = await read(extractPastedText([
    'Atlikėjas: Pilkos Kregždės', 'Adresas: Savanorių pr. 7, LT-44255 Kaunas', 'Data: 2028-03-04',
    'Garso patikra: 17:00', 'Durys: 19:30', 'Koncertas: 21:00', 'Pabaiga: 23:30',
  ].join('\n')));
  assert.equal(out.general.artist, 'Pilkos Kregždės');
  assert.equal(out.general.address, 'Savanorių pr. 7, LT-44255 Kaunas');
  assert.deepEqual([out.general.soundcheckTime, out.general.doorsTime, out.general.curfewTime], ['17:00', '19:30', '23:30']);
});

test('a Czech contract\'s lettered schedule reads each item by its label, timed after "od", "ve" or "nejpozději ve"', async () => {
  const out = await read(extractPastedText([
    'Datum konání: pátek 12. listopadu 2027', '',
    'a) Příjezd a vykládka techniky: od 14:00 hod.', '',
    'b) Zvuková zkouška: 16:00–17:00 hod.', '',
    'c) Otevření sálu: od 18 h', '',
    'd) Začátek vystoupení: ve 21:00 hod.', '',
    'e) Ukončení produkce: nejpozději ve 23:30 hod.',
  ].join('\n')));
  assert.deepEqual(out.activities.map((a) => [a.name, a.kind, a.startTime]), [
    ['Příjezd a vykládka techniky', 'load_in', '14:00'],
    ['Zvuková zkouška', 'soundcheck', '16:00'],
    ['Otevření sálu', 'doors', '18:00'],
    ['Začátek vystoupení', 'set', '21:00'],
    ['Ukončení produkce', 'curfew', '23:30'],
  ]);
});

test('a Czech contract\'s "pevný honorář ve výši … Kč bez DPH" is a flat fee', async () => {
  const out = await read(extractPastedText([
    'SMLOUVA O HUDEBNÍM VYSTOUPENÍ', '',
    '3.1 Za vystoupení náleží Agentuře pevný honorář ve výši 60 000 Kč bez DPH.',
  ].join('\n')));
  assert.deepEqual([out.deal.fee, out.deal.currency, out.deal.dealType], [60000, 'CZK', 'flat']);
});

test('a lodging heading in capitals ends the catering grid above it: the stay\'s rows are the hotel\'s', async () => {
  const rows = [
    ['MAITINIMAS', '', '', ''],
    ['Patiekalas', 'Laikas', 'Asm.', 'Vieta'],
    ['Vakarienė', '18:30', '5', 'Kavinė'],
    ['APGYVENDINIMAS', '', '', ''],
    ['Viešbutis', 'Svečių namai Liepa', '', ''],
    ['Įsiregistravimas', '2028-03-04', '15:00', ''],
    ['Išsiregistravimas', '2028-03-05', '11:00', ''],
  ];
  const text = rows.map((r) => r.filter(Boolean).join('\t')).join('\n');
  const out = await read({ ...extractPastedText(text), tables: [{ rows, page: null, sheet: 'Diena' }] });
  assert.deepEqual(out.food.map((f) => f.name), ['Vakarienė']);
  assert.equal(out.hotels[0]?.checkInTime, '15:00');
  assert.equal(out.hotels[0]?.checkOutDate, '2028-03-05');
});
