/**
 * A scanned form's contacts table with phone and e-mail run into one column (and an
 * OCR'd space before the domain's ending), a letterhead's street after a compass point is no person,
 * a form's area rows spaced apart by OCR (an answer's second paragraph, a speck after the answer), a
 * contract's act in capitals in prose, its payment sentence and the deal type of the sentence over the fee.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('a contacts table whose phone and e-mail share a column reads both, an OCR space before ".com" closed up', async () => {
  const x = await extracted([
    'Role\tName\tCompany\tPhone E-mail',
    'Stage manager\tWendell Orr\tGranary Hall\t(412) 555-0161 wendell@granaryhall.example.com',
    'Runner\tBea Lund\tGranary Hall\t(412) 555-0162 runner@granaryhall.example .com',
    'Tour manager\tIda Fenn\tFenn Touring\t(615) 555-0164 ida@fenntouring.example.com',
  ].join('\n'));
  assert.deepEqual(x.contacts.map((c) => [c.name, c.role, c.company, c.email]), [
    ['Wendell Orr', 'Stage manager', 'Granary Hall', 'wendell@granaryhall.example.com'],
    ['Bea Lund', 'Runner', 'Granary Hall', 'runner@granaryhall.example.com'],
    ['Ida Fenn', 'Tour manager', 'Fenn Touring', 'ida@fenntouring.example.com'],
  ]);
  assert.ok(x.contacts.every((c) => c.phone?.startsWith('412') || c.phone?.startsWith('615') || c.phone?.startsWith('+1')));
});

test('a letterhead\'s street after a house number and a compass point is no person', async () => {
  const x = await extracted([
    'Page 2 of 2',
    'THE GRANARY HALL PRODUCTION ADVANCE',
    '40 W Harbor Rd | Toledo, OH 43604 | Main (419) 555-0100 | prod@granaryhall.example.com |',
    'Touring headcount 8',
  ].join('\n'));
  assert.equal(x.contacts.length, 0);
});

test('a form\'s area rows spaced apart by blank lines, a second paragraph and a speck after the answer', async () => {
  const x = await extracted([
    'THE GRANARY HALL PRODUCTION ADVANCE',
    'Show date 10/08/2027',
    'Load-in\t3:00 PM',
    'Doors\t7:30 PM',
    'Curfew\t11:00 PM',
    '',
    'Backline Band brings its own amps. No house kit needed.',
    '',
    'Audio Own FOH desk + own IEM rack, 6 mixes.',
    '',
    'House PA and 2 wedges for the opener.',
    '',
    'Lighting : House rig + our 2 floor packages. No smoke.',
    '',
    'Video / LED None : 4',
    'Granary Hall LLC - form 7 - continued on page 2',
    'Hotel name\tThe Quarry Inn',
    'Rooms\t4',
  ].join('\n'));
  const t = x.technical;
  assert.equal(t.backline, 'Band brings its own amps. No house kit needed.');
  assert.equal(t.sound, 'Own FOH desk + own IEM rack, 6 mixes. House PA and 2 wedges for the opener.');
  assert.equal(t.lighting, 'House rig + our 2 floor packages. No smoke.');
  assert.equal(t.video, 'None');
});

test('a contract names its act in capitals in prose, its payment in a sentence and its flat sum over the fee', async () => {
  const x = await extracted([
    'CONTRAT DE CESSION',
    'Article 1 — Objet',
    'Le Producteur cède à l’Organisateur le droit d’exploitation du concert de HOLLOW PINES (Canada), ci-après',
    '« le Spectacle », pour une (1) représentation.',
    '',
    'Article 2 — Date et lieu',
    'La représentation aura lieu le samedi 9 octobre 2027 à la salle La Vigie, 12 rue des Docks, 76600',
    'Le Havre.',
    '',
    'Article 3 — Horaires',
    'Ouverture des portes\t20h00',
    'Concert\t21h00 – 22h15',
    '',
    'Article 4 — Prix',
    'L’Organisateur versera au Producteur la somme forfaitaire suivante :',
    '',
    'Prix de cession HT\t2 600,00 €',
    '',
    'Le paiement interviendra par virement bancaire sur présentation de facture, au plus tard dix jours',
    'après la représentation.',
    '',
    'Contrat — Hollow Pines / La Vigie — 09.10.2027',
  ].join('\n'));
  // The act's mixed-case spelling comes from the footer.
  assert.equal(x.general.artist, 'Hollow Pines');
  assert.equal(x.deal.fee, 2600);
  assert.equal(x.deal.dealType, 'flat');
  assert.equal(x.deal.paymentTerms, 'Le paiement interviendra par virement bancaire sur présentation de facture, au plus tard dix jours après la représentation.');
});

test('a form\'s set rows name their acts in the cell after the times, a speck cell and an OCR\'d dash aside', async () => {
  const x = await extracted([
    'Show date Fri 10/08/2027',
    'Doors\t7:00 PM',
    'Support set (start-end)\t©\t8:00 PM - 8:30 PM\tJuno Reyes',
    'Headline set (start-end)\t9:00 PM -.10:30 PM\tThe Larkspurs (90 min)',
    'Curfew\t11:00 PM',
  ].join('\n'));
  const sets = x.activities.filter((a) => a.kind === 'set').map((a) => [a.name, a.startTime, a.endTime]);
  assert.deepEqual(sets, [['Juno Reyes', '20:00', '20:30'], ['The Larkspurs', '21:00', '22:30']]);
  assert.equal(x.general.setLengthMinutes, 90);
});

test('a chat\'s "we\'re on the 9:40 flight" is a journey, no set', async () => {
  const x = await extracted([
    '02/06/2027, 10:41 - Ines Roy: Sunday we\'re on the 9:40 flight home, could your runner drop us at the airport?',
    '02/06/2027, 10:58 - Tom Hale: Sure, he\'ll be at the hotel at 7:30',
  ].join('\n'));
  assert.equal(x.general.setTime, null);
  assert.ok(!x.activities.some((a) => a.kind === 'set'));
});

test('"the day of the show at 18:30" dates the meal said before it, no set', async () => {
  const x = await extracted([
    'Show date: 14 May 2027',
    'Catering: the Promoter provides a hot dinner for five people, one vegan, on the day of the show at 18:30.',
  ].join('\n'));
  assert.ok(!x.activities.some((a) => a.kind === 'set'));
  assert.equal(x.general.setTime, null);
});

test('a curfew\'s firmness word keeps its bracketed reason, a place after a spaced dash is where', async () => {
  const x = await extracted([
    'Show date Fri 10/08/2027',
    'Doors\t7:00 PM',
    'Curfew\t11:00 PM HARD (city noise rule)',
    'Settlement\t11:15 PM - box office, 1st floor',
  ].join('\n'));
  const by = (kind: string) => x.activities.find((a) => a.kind === kind);
  assert.equal(by('curfew')?.notes, 'HARD (city noise rule)');
  assert.equal(by('meeting')?.location, 'box office, 1st floor');
});
