/**
 * A scanned, numbered technical rider written for one show: a show box under the title whose venue line the
 * scan lost (an address line and a date line alone), numbered sections that end at the next numbered heading
 * of another topic (an input list, hospitality) and run past a page's running footer, a bulleted backline list
 * followed by a "We bring" row, and a UK firm's register number in the footer that is no phone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { understand } from '../../src/understand/index.js';
import { runningLines } from '../../src/understand/text/page-furniture.js';
import { linesOf } from '../../src/understand/text/lines.js';
import { pasted } from './helpers.js';

const FOOTER = (page: number, sloppy = false) =>
  `Marrow Lantern Ltd - Registered in England & Wales no${sloppy ? '' : '.'} 0${sloppy ? '8 812345' : '8812345'} - Rider 2028 v1.4 - Page ${page} of 3`;

const PAGES = [
  [
    'MARROW LANTERN - Technical & Hospitality Rider',
    'Quayside Road 14, 5003 Bergen',
    'Friday 9 June 2028',
    'Times to be agreed with the tour manager.',
    '1. STAGE',
    'Minimum stage 8 m x 5 m, drum riser 2 m x 2 m.',
    '2. POWER',
    'One 32 A CEE outlet at stage left for audio only.',
    'A house electrician on call from load-in.',
    FOOTER(1),
  ],
  [
    'MARROW LANTERN - Technical & Hospitality Rider',
    '3. PA & FOH',
    'A professional PA able to deliver 102 dB(A) at FOH.',
    '4. MONITORS',
    'Four wedges on four mixes.',
    '5. INPUT LIST',
    '1 | Kick | Beta 91',
    '2 | Snare | SM57',
    FOOTER(2, true),
  ],
  [
    'MARROW LANTERN - Technical & Hospitality Rider',
    '6. BACKLINE',
    '* 1 x bass amp head with 4x10 cabinet',
    '* 1 x drum kit: 22" kick, 12" tom, 16" floor tom, hi-hat',
    'stand, 3 cymbal stands',
    '* 2 x guitar stands',
    'We bring: guitars, pedals and our own snare.',
    '7. VIDEO',
    'No video content.',
    '8. HOSPITALITY',
    'Dinner for 5 people at 18:00.',
    'Promoter signature: Date:',
    'Ola N. 02/06',
    FOOTER(3),
  ],
];

/** A scanned PDF as the extraction layer gives it: its pages' text joined, each page's offset known. */
function scannedRider(): ExtractedSource {
  const texts = PAGES.map((p) => p.join('\n'));
  let offset = 0;
  const pages = texts.map((text, i) => {
    const page = { number: i + 1, text, offset };
    offset += text.length + 2;
    return page;
  });
  return {
    ...pasted(texts.join('\n\n')), name: 'SCAN_0042.pdf', origin: 'file', format: 'pdf', mimeType: 'application/pdf',
    pages, pageCount: pages.length, ocr: { used: true, meanConfidence: 72 },
  };
}

test('a running footer is the same line on every page, whatever its page number or a stray mark of the scan', () => {
  const source = scannedRider();
  const running = runningLines(linesOf(source));
  assert.ok(running.has(FOOTER(1)) && running.has(FOOTER(2, true)) && running.has(FOOTER(3)));
  assert.ok(running.has('MARROW LANTERN - Technical & Hospitality Rider'));
  assert.ok(!running.has('Four wedges on four mixes.'));
});

test('numbered rider sections end at the next numbered heading and skip the page furniture', async () => {
  const { extracted: x } = await understand([scannedRider()]);
  assert.equal(x.technical.other, 'One 32 A CEE outlet at stage left for audio only. A house electrician on call from load-in.');
  assert.equal(x.technical.sound, 'A professional PA able to deliver 102 dB(A) at FOH. Four wedges on four mixes.');
  assert.equal(x.technical.video, 'No video content.');
});

test('a bulleted backline list is joined item by item, and the "We bring" row after it is the equipment', async () => {
  const { extracted: x } = await understand([scannedRider()]);
  assert.equal(x.technical.backline,
    '1 x bass amp head with 4x10 cabinet; 1 x drum kit: 22" kick, 12" tom, 16" floor tom, hi-hat stand, 3 cymbal stands; 2 x guitar stands');
  assert.equal(x.technical.equipment, 'guitars, pedals and our own snare.');
});

test('the show box places the show: its address and date, though the venue line was lost', async () => {
  const { extracted: x } = await understand([scannedRider()]);
  assert.equal(x.general.artist, 'Marrow Lantern');
  assert.equal(x.general.address, 'Quayside Road 14, 5003 Bergen');
  assert.equal(x.general.city, 'Bergen');
  assert.equal(x.general.country, 'NO');
  assert.equal(x.general.date, '2028-06-09');
});

test('a firm registered in England & Wales: its register number in the footer is no phone, the signature line no contact', async () => {
  const { extracted: x } = await understand([scannedRider()]);
  assert.deepEqual(x.contacts, []);
});
