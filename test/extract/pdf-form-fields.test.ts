import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeExtractor, extractFile } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { makeFormPdf, makePdf, type PlacedText } from './make-files.js';

after(closeExtractor);

const labels: PlacedText[] = [
  { text: 'Artist Advance Form', x: 50, top: 50, size: 16 },
  { text: 'Artist:', x: 50, top: 100 },
  { text: 'Show date:', x: 50, top: 130 },
  { text: 'Doors:', x: 50, top: 160 },
  { text: 'Catering provided', x: 50, top: 190 },
  { text: 'Parking pass', x: 300, top: 190 },
  { text: 'Deal type:', x: 50, top: 220 },
  { text: 'Payment:', x: 50, top: 250 }, { text: 'Cash', x: 170, top: 250 }, { text: 'Wire', x: 250, top: 250 },
  { text: 'Load-in notes:', x: 50, top: 280 },
  { text: 'Hotel:', x: 50, top: 360 },
];

async function filledForm(): Promise<Buffer> {
  return makeFormPdf(labels, [
    { kind: 'text', name: 'artist', value: 'Marrow Lanterns', x: 160, top: 86, width: 220, height: 18 },
    { kind: 'text', name: 'date', value: 'June 12, 2027', x: 160, top: 116, width: 220, height: 18 },
    { kind: 'text', name: 'doors', value: '7:00 PM', x: 160, top: 146, width: 220, height: 18 },
    { kind: 'checkbox', name: 'catering', checked: true, x: 170, top: 180 },
    { kind: 'checkbox', name: 'parking', checked: false, x: 380, top: 180 },
    { kind: 'dropdown', name: 'deal', options: ['Flat guarantee', 'Guarantee vs %', 'Door split'], chosen: 'Guarantee vs %', x: 160, top: 206, width: 160 },
    { kind: 'radio', name: 'payment', options: [{ value: 'cash', x: 150 }, { value: 'wire', x: 230 }], chosen: 'wire', top: 240 },
    { kind: 'text', name: 'loadin', value: 'Alley door on 5th St.\nTwo spots held for the van.', x: 160, top: 270, width: 300, height: 60 },
    { kind: 'text', name: 'hotel', value: '', x: 160, top: 346, width: 220, height: 18 },
  ]);
}

test("a fillable form's answers stand beside their printed labels, as a viewer shows them", async () => {
  const source = await extractFile({ bytes: await filledForm(), name: 'advance-form.pdf' });
  assert.equal(source.error, null);
  const lines = source.text.split('\n').filter((l) => l.trim() !== '');
  assert.deepEqual(lines, [
    'Artist Advance Form',
    'Artist:\tMarrow Lanterns',
    'Show date:\tJune 12, 2027',
    'Doors:\t7:00 PM',
    'Catering provided\t[x]\tParking pass\t[ ]',
    'Deal type:\tGuarantee vs %',
    'Payment:\t[ ] Cash\t[x] Wire',
    // A multi-line answer's lines run on in its cell, as a wrapped table cell does (pdf-layout.ts).
    'Load-in notes:\tAlley door on 5th St. Two spots held for the van.',
    // The empty hotel field adds nothing.
    'Hotel:',
  ]);
});

test("the form's answers reach the show's record", async () => {
  const source = await extractFile({ bytes: await filledForm(), name: 'advance-form.pdf' });
  const { extracted } = await understand([source]);
  assert.equal(extracted.general.artist, 'Marrow Lanterns');
  assert.equal(extracted.general.date, '2027-06-12');
  assert.equal(extracted.general.doorsTime, '19:00');
});

test('a PDF without a form reads as before: no boxes appear', async () => {
  const source = await extractFile({ bytes: await makePdf([labels]), name: 'blank-form.pdf' });
  assert.ok(!source.text.includes('['));
  assert.match(source.text, /^Show date:$/m);
});
