/**
 * Romanian and Danish rules, each reproduced first on an invented advance: the
 * Romanian lexicon ("Locație", "Onorariu fix", "Plata"), a Romanian street ("Str. Avram Iancu nr. 12"), a stage
 * named "Scena …" in a curfew's label (no Spanish dinner), "ora 18:30" before a labelled time, a lower-case
 * place after a labelled time; Danish "Spilletid 21.30–23.00" as the set, "indtjekning fra kl. 15" and
 * "udtjekning senest kl. 12" as the stay's times.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const run = async (lines: string[]) => (await understand([extractPastedText(lines.join('\n'))])).extracted;

test('a Romanian advance: "Locație" names the venue and its street, "Onorariu fix" a flat fee, "Plata" the terms', async () => {
  const x = await run([
    'Data:\tvineri, 14 mai 2027',
    'Locație:\tClubul Fabrica, Str. Avram Iancu nr. 12, Timișoara',
    '',
    'Onorariu fix: 2.800 EUR fără TVA',
    'Plata: prin transfer bancar în 14 zile de la concert.',
  ]);
  assert.equal(x.general.venue, 'Clubul Fabrica');
  assert.equal(x.general.address, 'Str. Avram Iancu nr. 12, Timișoara');
  assert.equal(x.general.date, '2027-05-14');
  assert.equal(x.deal.fee, 2800);
  assert.equal(x.deal.currency, 'EUR');
  assert.equal(x.deal.dealType, 'flat');
  assert.equal(x.deal.paymentTerms, 'prin transfer bancar în 14 zile de la concert.');
});

test('Romanian labelled times: "ora 18:30" opens the value, a "Scena …" curfew is no dinner, a lower-case place after the comma', async () => {
  const x = await run([
    'Data:\tvineri, 14 mai 2027',
    'Acreditare:\tora 18:30',
    'Descărcare:\tora 19:00, rampa din curtea clubului',
    'Curfew Scena Mică:\tora 23:00',
  ]);
  const byName = new Map(x.activities.map((a) => [a.name, a]));
  assert.equal(byName.get('Acreditare')?.startTime, '18:30');
  assert.equal(byName.get('Descărcare')?.kind, 'load_in');
  assert.equal(byName.get('Descărcare')?.location, 'rampa din curtea clubului');
  assert.equal(byName.get('Curfew Scena Mică')?.kind, 'curfew');
  assert.equal(x.general.curfewTime, '23:00');
});

test('a Danish run of show: "Spilletid 21.30–23.00" is the set, not its length label', async () => {
  const x = await run([
    'Hej Ida', '', 'Her er planen for fredag den 12. november 2027:', '',
    'Lydprøve: kl. 16.00–17.00', 'Dørene åbner 20.00', 'Spilletid 21.30–23.00', '',
  ]);
  assert.equal(x.general.setTime, '21:30');
  assert.equal(x.general.setLengthMinutes, 90);
});

test('a Danish stay in prose: "indtjekning fra kl. 15, udtjekning senest kl. 12"', async () => {
  const x = await run([
    'Hej Ida', '', 'Koncerten er fredag den 12. november 2027.', '',
    'Hotellet er booket: 3 enkeltværelser på Hotel Fjordgården, bookingnr. 55120 – indtjekning fra kl. 15, udtjekning senest kl. 12 lørdag.', '',
  ]);
  assert.equal(x.hotels[0]?.checkInTime, '15:00');
  assert.equal(x.hotels[0]?.checkOutTime, '12:00');
});
