/**
 * Slovenian and Serbian rules, on invented fixtures: a Slovenian contract's
 * subject clause (act, series, day, venue), its schedule table timed "ob 21.15" with a support slot's act
 * in the label's cell and its time in the next, its lodging clause ("v noči z 12. na 13. 5. 2028", "v 3
 * sobah") and deposit ("avans v višini 30 %"); Serbian months in the genitive in both scripts and
 * Serbian item words.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { findDates } from '../../src/understand/normalise/date.js';

const read = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('a Slovenian contract\'s subject clause names the act, the series, the day and the venue with its address', async () => {
  const out = await read([
    'POGODBA O NASTOPU', '',
    'Predmet pogodbe je koncert skupine Srebrni Jelen v okviru cikla »Pomladni večeri 2028«, ki bo v petek,',
    '12. maja 2028, v prostoru Dvorana Luna, Celovška cesta 25, 1000 Ljubljana. Kapaciteta je 300 obiskovalcev.', '',
    'Tonska vaja\t17.00–18.00',
    'Izvajalec: Agencija Sever d.o.o. Ana Kralj, direktorica',
  ].join('\n'));
  assert.equal(out.general.artist, 'Srebrni Jelen');
  assert.equal(out.general.eventName, 'Pomladni večeri 2028');
  assert.equal(out.general.date, '2028-05-12');
  assert.equal(out.general.venue, 'Dvorana Luna');
  assert.equal(out.general.address, 'Celovška cesta 25, 1000 Ljubljana');
});

test('a Slovenian schedule table: "ob 21.15", "najkasneje ob 23.45", a support check with its act in brackets, the support\'s act beside its label', async () => {
  const out = await read([
    'Datum koncerta: 12. 5. 2028', '',
    'Prihod in nalaganje opreme\tob 15.00',
    'Tonska vaja predskupine (Zeleni Hrast)\t18.30–19.00',
    'Odprtje vrat\tob 19.30',
    'Predskupina: Zeleni Hrast\t20.00–20.40',
    'Začetek nastopa Izvajalca\tob 21.15',
    'Konec prireditve\tnajkasneje ob 23.45',
  ].join('\n'));
  assert.deepEqual(out.activities.map((a) => [a.name, a.kind, a.startTime]), [
    ['Prihod in nalaganje opreme', 'load_in', '15:00'],
    ['Tonska vaja predskupine (Zeleni Hrast)', 'soundcheck', '18:30'],
    ['Odprtje vrat', 'doors', '19:30'],
    ['Zeleni Hrast', 'set', '20:00'],
    ['Začetek nastopa Izvajalca', 'set', '21:15'],
    ['Konec prireditve', 'curfew', '23:45'],
  ]);
  assert.equal(out.general.setTime, '21:15');
});

test('a Slovenian lodging clause gives the night "z 12. na 13. 5. 2028", the rooms "v 3 sobah"; "avans v višini 30 %" the deposit', async () => {
  const out = await read([
    'POGODBA O NASTOPU', '',
    'III. Honorar',
    '3.1 Plačilo: avans v višini 30 % honorarja najkasneje do 1. 4. 2028, preostanek na dan koncerta.', '',
    'IV. Nastanitev',
    '4.1 Organizator na svoje stroške zagotovi nastanitev za 5 oseb (1 dvoposteljna, 2 enoposteljni sobi), v noči z',
    '12. na 13. 5. 2028 v 3 sobah – nastanitev: Hotel Breza, Dunajska cesta 10, 1000 Ljubljana, tel. +386 1 234 56 78,',
    'številka rezervacije: HB-5521. Prijava od 14.00, odjava do 10.00. Zajtrk je vključen. Parkirnino',
    'plača Izvajalec.',
  ].join('\n'));
  const [hotel] = out.hotels;
  assert.deepEqual([hotel?.checkInDate, hotel?.checkOutDate, hotel?.rooms], ['2028-05-12', '2028-05-13', 3]);
  assert.equal(out.deal.depositPercent, 30);
});

test('Serbian and Slovenian days: genitive months in Latin and Cyrillic, weekdays in the accusative', () => {
  const ref = new Date('2027-06-01T00:00:00Z');
  assert.deepEqual(findDates('U petak, 7. jula', ref).map((d) => d.value), ['2027-07-07']);
  assert.deepEqual(findDates('у суботу, 15. марта 2028', ref).map((d) => d.value), ['2028-03-15']);
  assert.deepEqual(findDates('v nedeljo, 3. decembra 2028', ref).map((d) => d.value), ['2028-12-03']);
});

test('Serbian item words: gates opening, a shuttle and the curfew ("policijski čas"), also in Cyrillic', async () => {
  const out = await read([
    'Nastup: subota, 8. jul 2028.', '',
    '17:00 – Otvaranje kapija',
    '19:45 – Šatl za festival: Hotel Reka → Festivalski prostor',
    '00:30 – Policijski čas za malu binu',
    '01:00 – Шатл за хотел',
  ].join('\n'));
  assert.deepEqual(out.activities.map((a) => [a.startTime, a.kind]), [
    ['17:00', 'doors'], ['19:45', 'transfer'], ['00:30', 'curfew'], ['01:00', 'transfer'],
  ]);
});
