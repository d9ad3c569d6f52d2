/** Advance workbooks with a sheet for another tour date, and a promoter's entry-support letter. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

/** A workbook as the xlsx reader gives it: a "Sheet: name" block of tab rows per sheet, and a table per sheet. */
function workbook(name: string, sheets: Record<string, string[][]>): ExtractedSource {
  const text = Object.entries(sheets).map(([sheet, rows]) => [`Sheet: ${sheet}`, ...rows.map((r) => r.join('\t'))].join('\n')).join('\n\n');
  const tables = Object.entries(sheets).map(([sheet, rows]) => ({ rows, page: null, sheet }));
  return { ...pasted(text), name, origin: 'file', format: 'xlsx', tables };
}

const BOOK = workbook('Advance_Pale_Orchard_Nantes_22-05-27.xlsx', {
  Planning: [
    ['PALE ORCHARD — LA CALE — NANTES', '', '', '', ''],
    ['Feuille de route — samedi 22 mai 2027 (v2 du 10/05)', '', '', '', ''],
    ['Salle', '', 'La Cale', '', ''],
    ['Adresse', '', '4 quai de la Fosse, 44000 Nantes', '', ''],
    ['Durée du concert', '', '1h15 (pas de rappel)', '', ''],
    ['Heure', '', 'Fin', 'Quoi', 'Lieu'],
    ['15:00', '', '16:00', 'Balances', 'Scène'],
    ['19:30', '', '', 'Ouverture des portes', ''],
    ['21:00', '', '22:15', 'Pale Orchard', 'Scène'],
  ],
  Transport: [
    ['Date', 'Type', 'N°', 'De', 'Départ', 'À', 'Arrivée', 'Passagers', 'Réf. résa'],
    ['2027-05-21', 'Vol', 'EI 530', 'Dublin (DUB)', '09:30', 'Nantes (NTE)', '12:10', 'Ruth Ahern, Colm Tierney', 'QX7PL2'],
    ['2027-05-22', 'Train', 'TGV 8810', 'Paris Montparnasse', '07:04', 'Nantes', '09:10', 'Noé Roy', ''],
  ],
  'Rennes 24-05': [
    ['PALE ORCHARD — LE BLOC — RENNES — lundi 24 mai 2027', '', '', ''],
    ['Salle', '', 'Le Bloc, 8 rue Vasselot, 35000 Rennes', ''],
    ['Régie', '', 'Yves Le Goff 06 11 22 33 44', ''],
    ['Heure', 'Fin', 'Quoi', 'Lieu'],
    ['13:00', '', 'Get-in', 'Quai'],
    ['17:00', '18:00', 'Balances', 'Salle'],
    ['20:00', '', 'Portes', ''],
  ],
});

test('a workbook sheet about another date of the tour gives nothing; the named show keeps its sheets', async () => {
  const { extracted } = await understand([BOOK]);
  assert.equal(extracted.general.date, '2027-05-22');
  assert.equal(extracted.general.venue, 'La Cale');
  assert.ok(!extracted.activities.some((a) => a.startTime === '13:00' || a.date === '2027-05-24'));
  assert.ok(!extracted.contacts.some((c) => c.name === 'Yves Le Goff'));
});

test('French planning columns: "Quoi" names the item, "Fin" after an empty column ends it, a length row is no set time', async () => {
  const { extracted } = await understand([BOOK]);
  const check = extracted.activities.find((a) => a.kind === 'soundcheck');
  assert.equal(check?.startTime, '15:00');
  assert.equal(check?.endTime, '16:00');
  assert.equal(extracted.general.setTime, '21:00');
  assert.ok(!extracted.activities.some((a) => a.startTime === '01:15'));
});

test('a tabbed transport row: the booking column gives the locator, the passengers column the names', async () => {
  const { extracted } = await understand([BOOK]);
  const flight = extracted.flights[0];
  assert.equal(flight?.bookingReference, 'QX7PL2');
  assert.deepEqual(flight?.passengers.map((p) => p.name), ['Ruth Ahern', 'Colm Tierney']);
  // The train's row is a transfer named by its means and service number.
  const train = extracted.activities.find((a) => a.startTime === '07:04');
  assert.equal(train?.name, 'Train TGV 8810');
  assert.equal(train?.endTime, '09:10');
});

const LETTER = [
  'HARBOURLIGHT CONCERTS',
  '',
  'February 3, 2027',
  '',
  'To the Border Services Officer',
  '',
  'RE: Letter of invitation – KESTREL LANE – one concert in Vancouver',
  '',
  'Harbourlight Concerts confirms that it has engaged the Dublin-based band Kestrel Lane to give one concert at The Tidewater Hall,',
  '310 Water Street West, Vancouver, British Columbia V6B 1B6, on Friday, April 9, 2027. Doors open at 8:00 p.m. and the band',
  'is scheduled to go on stage at 9:30 p.m. for a headline set of approximately 80 minutes.',
  '',
  'We have reserved two (2) rooms at the Gastown Lodge Hotel, 120 Cordova Street West, Vancouver, BC V6B 1E8, for the nights of April 8 and April 9 (check-out April 10).',
  '',
  'The engagement was booked through the band’s agent, Iris Dunne, at iris.dunne@northarrow.example.ie.',
  '',
  '#\tSurname, given names\tRole\tNationality\tDate of birth\tPassport no.',
  '1\tMORAN, Aisling\tVocals\tIrish\t12 MAY 1992\t612345789',
  '2\tBYRNE, Cathal Seán\tDrums\tIrish\t03 JAN 1990\t698765432',
  '',
  'Yours sincerely,',
  '',
  'R. Whitfield',
  'Rowan Whitfield',
  'Talent Buyer & Head of Programming',
  'Harbourlight Concerts Ltd.',
  'Direct: +1 (604) 555-0188',
  'rowan@harbourlight.example.ca',
].join('\n');

test('a support letter: the engaged act, the venue with its Canadian address, the set length and the listed nights', async () => {
  const { extracted } = await understand([{ ...pasted(LETTER), name: 'support_letter.txt', origin: 'file' }]);
  assert.equal(extracted.general.artist, 'Kestrel Lane');
  assert.equal(extracted.general.venue, 'The Tidewater Hall');
  assert.equal(extracted.general.city, 'Vancouver');
  assert.equal(extracted.general.setLengthMinutes, 80);
  const hotel = extracted.hotels[0];
  assert.equal(hotel?.address, '120 Cordova Street West, Vancouver, BC V6B 1E8');
  assert.equal(hotel?.checkInDate, '2027-04-08');
  assert.equal(hotel?.checkOutDate, '2027-04-10');
  assert.equal(extracted.documents[0]?.category, 'visa');
});

test('a support letter: the touring party\'s manifest gives no contacts; the signer signs under the full name', async () => {
  const { extracted } = await understand([{ ...pasted(LETTER), name: 'support_letter.txt', origin: 'file' }]);
  assert.ok(!extracted.contacts.some((c) => /Aisling|Cathal/.test(c.name ?? '')));
  const signer = extracted.contacts.find((c) => c.email === 'rowan@harbourlight.example.ca');
  assert.equal(signer?.name, 'Rowan Whitfield');
  assert.equal(signer?.role, 'Talent Buyer & Head of Programming');
  // "the band’s agent": the possessive's "s" is no part of the role.
  assert.match(extracted.contacts.find((c) => c.name === 'Iris Dunne')?.role ?? '', /^agent$/i);
});
