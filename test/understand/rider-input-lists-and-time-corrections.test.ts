/**
 * A rider's input list is no more rows of the contacts table above it, a numbered
 * section's labelled paragraphs and a second section of the same area read whole, a version line's date
 * is no show date, a name cell's "– Firm" and the act's own firm, a contract's party line is no venue,
 * "X instead of Y" corrects a time, a form's blank field names no venue.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

/** A PDF rider's source: the pages' texts, with the tables its extraction found. */
function riderPdf(pages: string[], tables: { rows: string[][]; page: number }[]): ExtractedSource {
  const text = pages.join('\n\n');
  let offset = 0;
  const pageList = pages.map((p, i) => {
    const page = { number: i + 1, text: p, offset };
    offset += p.length + 2;
    return page;
  });
  return {
    ...extractPastedText(text), name: 'Foxglove_Tech_Rider_2028.pdf', origin: 'file', format: 'pdf', mimeType: 'application/pdf',
    pages: pageList, tables: tables.map((t) => ({ ...t, sheet: null })), pageCount: pages.length,
  } as ExtractedSource;
}

const CONTACT_ROWS = [
  ['Role', 'Name', 'Mobile', 'E-mail'],
  ['Tour Manager', 'Odile Varga', '+44 7700 900115', 'odile@foxglove.example.co.uk'],
  ['Management', 'Remy Achebe – Lanternfield Management', '+44 (0)20 7946 0877', 'remy@lanternfield.example.co.uk'],
];
const INPUT_ROWS = [
  ['Ch', 'Instrument', 'Mic / DI', 'Stand', 'Notes'],
  ['1', 'Kick In', 'Beta 91A', '—', 'inside'],
  ['2', 'Snare Top', 'SM57', 'short boom', ''],
  ['3', 'Vox Lead', 'KSM9', 'tall boom', 'own mic'],
];

const PAGE_1 = [
  'FOXGLOVE', 'Technical Rider — Autumn 2028', 'Version 2.0 · issued 4 March 2028 · supersedes v1', '',
  'CONTACTS', ...CONTACT_ROWS.map((r) => r.join('\t')), '',
  'Foxglove Ltd · Registered in England No. 55501234',
].join('\n');
const PAGE_2 = [
  '1. POWER & LOCAL CREW', 'Power: 2 x 16 A sockets stage right, on a circuit of their own, and', 'one 32 A CEE for sound.', '',
  'Local crew: 3 loaders for load-in and load-out, and a house', 'technician from arrival to the end.', '',
  '2. SOUND', 'PA: a three-way system, 100 dB(A) at the desk.', '',
  'FOH: our engineer brings a small digital desk and needs one', 'CAT6 line from stage.', '',
  '3. INPUT LIST', ...INPUT_ROWS.map((r) => r.join('\t')), '',
  '4. MONITORS', 'Four wedges on four mixes, mixed from FOH.', '',
  '5. VIDEO & RECORDING', 'No video content. No filming without our consent.', '',
  '6. BACKLINE', 'One bass amp with a 4x10 cabinet.', '',
  'We bring: guitars, two pedalboards, a stage piano, our cymbals and', 'the vocal microphone.',
].join('\n');

test('a rider\'s input list is no contact rows, and its numbered sections read whole', async () => {
  const source = riderPdf([PAGE_1, PAGE_2], [{ rows: CONTACT_ROWS, page: 1 }, { rows: INPUT_ROWS, page: 2 }]);
  const x = (await understand([source])).extracted;
  assert.deepEqual(x.contacts.map((c) => c.name), ['Odile Varga', 'Remy Achebe']);
  assert.equal(x.contacts[1]!.company, 'Lanternfield Management');
  // The act's own firm is no company of its crew.
  assert.equal(x.contacts[0]!.company, null);
  assert.equal(x.general.date, null);
  assert.equal(x.general.venue, null);
  const t = x.technical;
  assert.match(t.other ?? '', /^Power: 2 x 16 A .* 32 A CEE for sound\. Local crew: 3 loaders .* end\.$/);
  assert.match(t.sound ?? '', /^PA: .* FOH: .* CAT6 line from stage\. Four wedges on four mixes, mixed from FOH\.$/);
  assert.equal(t.video, 'No video content. No filming without our consent.');
  assert.equal(t.equipment, 'guitars, two pedalboards, a stage piano, our cymbals and the vocal microphone.');
});

test('a role\'s bracketed region is no company', async () => {
  const rows = [['Role', 'Name', 'Mobile', 'E-mail'], ['Booking agent (Scandinavia)', 'Liv Andersen', '+46 70 123 45 67', 'liv@agency.example.se']];
  const source = { ...extractPastedText(rows.map((r) => r.join('\t')).join('\n')), tables: [{ rows, page: null, sheet: null }] };
  const x = (await understand([source])).extracted;
  assert.equal(x.contacts[0]?.name, 'Liv Andersen');
  assert.equal(x.contacts[0]?.role, 'Booking agent (Scandinavia)');
  assert.equal(x.contacts[0]?.company, null);
});

test('a French contract\'s party line is no venue; "aura lieu … à la salle X" is', async () => {
  const x = await extracted([
    'CONTRAT DE CESSION', '',
    'ENTRE LES SOUSSIGNÉS :',
    'LUNE ROUSSE PRODUCTIONS SARL, au capital de 5 000 €, dont le siège social est situé 3 rue des',
    'Tanneurs, 31000 Toulouse, représentée par Madame Inès Roy, ci-après « le Producteur »,',
    'ET',
    'ASSOCIATION LE QUAI, gestionnaire de la salle La Cale, ci-après « l’Organisateur ».', '',
    'Article 2 — Date et lieu',
    'La représentation aura lieu le samedi 9 octobre 2027 à la salle La Cale, 12 quai des Chartrons, 33000',
    'Bordeaux (jauge : 300 places).', '',
    'Ouverture des portes\t20h00',
  ].join('\n'));
  assert.equal(x.general.venue, 'La Cale');
  assert.equal(x.general.city, 'Bordeaux');
});

test('"doors 19h00 instead of 19h30" in a later chat outranks the sheet it corrects', async () => {
  const sheet = { ...extractPastedText(['DAY SHEET', 'Show: Saturday 16 October 2027, Hall Ouest, Nantes', 'Doors: 19:30', 'Set: 21:00'].join('\n')), name: 'daysheet.txt' };
  const chat = extractPastedText([
    '12/10/2027, 10:02 - Lou Perrot: small change for Saturday',
    '12/10/2027, 10:03 - Lou Perrot: doors 19h00 instead of 19h30, set stays 21h00',
  ].join('\n'));
  const x = (await understand([sheet, chat])).extracted;
  assert.equal(x.general.doorsTime, '19:00');
});

test('a form\'s blank "Venue sign-off: Date:" names no venue', async () => {
  const x = await extracted([
    'GRANARY HALL PRODUCTION ADVANCE', '',
    '40 Elm Rd: | Springfield, IL 62701. | Main (217) 555-0100 | office@granaryhall.example.com', '',
    'Show date\t10/09/2027', 'Doors\t7:00 PM', 'Headline set\t9:00 PM', '',
    'Completed by: Jo Reyes (tour production) Date: 09/20/2027',
    'Venue sign-off: Date:',
  ].join('\n'));
  assert.equal(x.general.venue, null);
});
