/**
 * A Danish day sheet's hotel and transport tab: the stay's "Antal værelser" and a rooming table headed
 * "Værelse | Type | Gæst(er)", then a rides table headed "Dato | Kl. | Type | Fra | Til | …" whose days
 * are written "fre. 10/9", "lør. 11/9".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { workbook } from './helpers.js';

const sheet = () => workbook('dagsark.xlsx', [['Hotel & transport', [
  ['HOTEL & TRANSPORT'],
  ['Hotel', 'Hotel Fjordlys'],
  ['Adresse', 'Havnegade 12, 7100 Vejle'],
  ['Check-in', new Date(Date.UTC(2027, 8, 10)) as unknown as string, 'fra kl. 15.00'],
  ['Check-out', new Date(Date.UTC(2027, 8, 11)) as unknown as string, 'senest kl. 11.00'],
  ['Antal værelser', '2'],
  ['Bookingnr.', 'FJ-2291'],
  ['Værelsesfordeling'],
  ['Værelse', 'Type', 'Gæst(er)'],
  ['1', 'Enkelt', 'Ida Moe'],
  ['2', 'Twin', 'Per Lund / Ole Berg'],
  ['KØRSEL'],
  ['Dato', 'Kl.', 'Type', 'Fra', 'Til', 'Chauffør', 'Bemærkninger'],
  ['fre. 10/9', 'kl. 12.40', 'Afhentning', 'Vejle Station', 'Hotel Fjordlys', 'Bo Krag', 'Stationcar'],
  ['lør. 11/9', 'kl. 09.00', 'Kørsel til station', 'Hotel Fjordlys', 'Vejle Station', 'Bo Krag'],
]]]);

test('a Danish rooming table gives the stay its rooms and guests, and stops at the rides table', async () => {
  const x = (await understand([await sheet()])).extracted;
  assert.equal(x.hotels[0]?.rooms, 2);
  assert.deepEqual(x.hotels[0]?.guests, ['Ida Moe', 'Per Lund', 'Ole Berg']);
});

test('a Danish rides table headed "Kl. | Fra | Til" gives transfers, a "lør." day included', async () => {
  const x = (await understand([await sheet()])).extracted;
  const rides = x.activities.filter((a) => a.kind === 'transfer').map((a) => [a.date, a.startTime, a.location, a.destination]);
  assert.deepEqual(rides, [
    ['2027-09-10', '12:40', 'Vejle Station', 'Hotel Fjordlys'],
    ['2027-09-11', '09:00', 'Hotel Fjordlys', 'Vejle Station'],
  ]);
});
