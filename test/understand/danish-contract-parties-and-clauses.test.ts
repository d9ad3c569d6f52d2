/**
 * A Danish performance agreement: its title word, a parties table with one column per party, the act's
 * head count after its name, clauses headed "§ n ⇥ Title", a schedule's remarks column, the support
 * slot called the warm-up, labelled special terms, a hotel reception's number without a trunk prefix, and the
 * catering clause's room with its floor and its "of which" diets.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from '../../src/understand/index.js';
import { categorise } from '../../src/understand/sections/documents.js';
import { organisationOfEmail } from '../../src/understand/sections/people.js';
import { pasted } from './helpers.js';

const extracted = async (text: string) => (await understand([pasted(text)])).extracted;

const AGREEMENT = [
  'KONCERTAFTALE',
  '',
  '§ 1\tParter',
  '',
  '\tArrangør\tArtist',
  'Navn\tKulturhuset Nord ApS\tHavørn v/ Stormvejr Booking ApS',
  'Kontakt\tPeter Holm, leder · tlf. 21 11 22 33 · peter@kulturhusnord.example.dk\tSofie Lund, booker · tlf. +45 41 22 33 44 · Sofie.Lund@stormvejr.example.dk',
  '',
  '§ 2\tArrangement',
  '',
  'Artist\tHavørn (4 musikere + 2 crew)',
  'Spillested\tKulturhuset Nord',
  'Adresse\tStoregade 3, 9000 Aalborg',
  'Dato\tlørdag den 9. oktober 2027',
  '',
  '§ 3\tTidsplan',
  '',
  'Kl.\tProgrampunkt\tBemærkninger',
  '13.00\tGet-in\tporten i gården – ring på klokken',
  '19.00\tDørene åbner',
  '20.00–20.30\tLise Dam (opvarmning)',
  '21.00–22.15\tHavørn',
  '23.00\tCurfew\tmusikken slukkes helt',
  '',
  '§ 4\tHonorar og vilkår',
  '',
  'Honorar: DKK 30.000,00 + moms (25 %). Honoraret er et fast honorar.',
  '',
  'Særlige vilkår: Arrangøren stiller 6 gæstelistepladser til rådighed.',
  '',
  '§ 5\tOvernatning',
  '',
  'Arrangøren booker 4 værelser på Hotel Nordlys, Havnevej 2, 9000 Aalborg, fra lørdag den 9. oktober til søndag den 10. oktober 2027 (1 nat). Check-in fra kl. 15.00. Hotellets reception: 98 12 34 56. Morgenmad er inkluderet.',
  '',
  '§ 6\tForplejning',
  '',
  'Arrangøren sørger for varm aftensmad til 6 personer kl. 18.00, leveret af Køkkenet Ankeret og serveret i backstagerummet på 1. sal, heraf 2 vegetarer.',
  '',
  '§ 7\tTeknik',
  '',
  'Backline: Arrangøren stiller trommesæt og basforstærker til rådighed.',
].join('\n');

test('a Danish agreement titled by a compound of "aftale" is a contract; a letter about an "avtale" is not', () => {
  assert.equal(categorise(pasted(AGREEMENT)), 'contract');
  const letter = pasted(['Hei Tone!', '', 'Her er avtale og kjøreplan for fredag. Si fra om noe ikke stemmer.', '', 'Hilsen Kari'].join('\n'));
  assert.notEqual(categorise(letter), 'contract');
});

test('the act\'s head count in brackets after its name is no part of the name', async () => {
  const x = await extracted(AGREEMENT);
  assert.equal(x.general.artist, 'Havørn');
  assert.equal(x.general.setTime, '21:00');
});

test('a parties table\'s contact row gives each party\'s person, the second column\'s too', async () => {
  const x = await extracted(AGREEMENT);
  const sofie = x.contacts.find((c) => c.name === 'Sofie Lund');
  assert.ok(sofie, 'the second party\'s contact is read');
  assert.equal(sofie.role, 'booker');
  assert.equal(sofie.phone, '+4541223344');
  assert.equal(sofie.email, 'sofie.lund@stormvejr.example.dk');
  assert.ok(x.contacts.some((c) => c.name === 'Peter Holm'));
});

test('an e-mail domain spells a Nordic letter in ASCII and still names its firm', () => {
  assert.equal(organisationOfEmail('ida@solvang.example.dk', ['Sølvang Booking ApS']), 'Sølvang Booking ApS');
  assert.equal(organisationOfEmail('ida@soelvang.example.dk', ['Sølvang Booking ApS']), 'Sølvang Booking ApS');
  assert.equal(organisationOfEmail('ida@other.example.dk', ['Sølvang Booking ApS']), null);
});

test('"§ n ⇥ Title" heads a clause: the technical clause\'s backline is read', async () => {
  const x = await extracted(AGREEMENT);
  assert.equal(x.technical.backline, 'Arrangøren stiller trommesæt og basforstærker til rådighed.');
});

test('labelled special terms are the deal\'s notes', async () => {
  const x = await extracted(AGREEMENT);
  assert.equal(x.deal.notes, 'Arrangøren stiller 6 gæstelistepladser til rådighed.');
});

test('a hotel reception\'s number written in groups without a trunk prefix is the hotel\'s phone', async () => {
  const x = await extracted(AGREEMENT);
  assert.equal(x.hotels[0]?.phone, '+4598123456');
});

test('a Danish remarks column gives notes, and the warm-up slot keeps its bracket in the name', async () => {
  const x = await extracted(AGREEMENT);
  const byName = Object.fromEntries(x.activities.map((a) => [a.name, a]));
  assert.equal(byName['Get-in']?.notes, 'porten i gården – ring på klokken');
  assert.equal(byName['Get-in']?.location ?? null, null);
  assert.equal(byName['Curfew']?.notes, 'musikken slukkes helt');
  const warmUp = byName['Lise Dam (opvarmning)'];
  assert.ok(warmUp, 'the warm-up act is named as printed');
  assert.equal(warmUp.kind, 'set');
  assert.equal(warmUp.notes ?? null, null);
});

test('the catering clause\'s room with its floor after it, and its "heraf" diets, are the meal\'s place and notes', async () => {
  const x = await extracted(AGREEMENT);
  const meal = x.food[0];
  assert.equal(meal?.time, '18:00');
  assert.equal(meal?.guestCount, 6);
  assert.equal(meal?.address, 'backstagerummet på 1. sal');
  assert.equal(meal?.notes, 'heraf 2 vegetarer');
});
