import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { ExtractedSource } from '../../src/interfaces.js';
import { closeExtractor, extractFile } from '../../src/extract/index.js';
import { encryptedPdf, makePdf, type PlacedText } from './make-files.js';

after(closeExtractor);

const contract: PlacedText[] = [
  { text: 'Performance Agreement', x: 50, top: 60, size: 16 },
  { text: 'Venue:', x: 50, top: 100 },
  { text: 'Kantine am Hafen', x: 200, top: 100 },
  { text: 'Load-in:', x: 50, top: 115 },
  { text: '14:00', x: 200, top: 115 },
  { text: 'Total properties', x: 50, top: 130 },
  { text: '504', x: 132, top: 130 },
  { text: 'proposal', x: 50, top: 145, tracking: 0.8 },
  { text: 'Date', x: 50, top: 200 }, { text: 'City', x: 150, top: 200 }, { text: 'Venue', x: 300, top: 200 },
  { text: '14 Mar', x: 50, top: 220 }, { text: 'Köln', x: 150, top: 220 }, { text: 'Kantine am Hafen', x: 300, top: 220 },
  { text: '15 Mar', x: 50, top: 240 }, { text: 'Hamburg', x: 150, top: 240 }, { text: 'Molotow', x: 300, top: 240 },
  { text: 'Club', x: 300, top: 252 },
  { text: 'The fee is payable in cash on the night against a signed receipt.', x: 50, top: 300 },
];

function assertOffsets(source: ExtractedSource): void {
  for (const page of source.pages) assert.equal(source.text.slice(page.offset, page.offset + page.text.length), page.text);
}

test('a text PDF keeps its lines, columns and tables; pages point into the text', async () => {
  const bytes = await makePdf([contract, [{ text: 'Page two: hospitality rider', x: 50, top: 60 }]], { title: 'NL-25-0311', author: 'Northlight' });
  const source = await extractFile({ bytes, name: 'contract.pdf' });
  assert.equal(source.error, null);
  assert.equal(source.format, 'pdf');
  assert.equal(source.pageCount, 2);
  assert.deepEqual(source.pages.map((p) => p.number), [1, 2]);
  assert.equal(source.pages[0]?.text, [
    'Performance Agreement', '',
    'Venue:\tKantine am Hafen',
    'Load-in:\t14:00',
    'Total properties 504',
    'proposal', '',
    'Date\tCity\tVenue',
    '14 Mar\tKöln\tKantine am Hafen',
    '15 Mar\tHamburg\tMolotow Club', '',
    'The fee is payable in cash on the night against a signed receipt.',
  ].join('\n'));
  assert.equal(source.pages[1]?.text, 'Page two: hospitality rider');
  assertOffsets(source);
  assert.equal(source.pages[1]?.offset, (source.pages[0]?.text.length ?? 0) + 2);
  assert.deepEqual(source.tables, [{ page: 1, sheet: null, rows: [
    ['Date', 'City', 'Venue'], ['14 Mar', 'Köln', 'Kantine am Hafen'], ['15 Mar', 'Hamburg', 'Molotow Club'],
  ] }]);
  assert.equal(source.metadata.title, 'NL-25-0311');
  assert.equal(source.metadata.author, 'Northlight');
  assert.equal(source.ocr.used, false);
});

test('an encrypted PDF ends as pdf_encrypted', async () => {
  const source = await extractFile({ bytes: encryptedPdf(), name: 'signed.pdf' });
  assert.equal(source.error?.code, 'pdf_encrypted');
  assert.match(source.error?.message ?? '', /password/);
  assert.equal(source.text, '');
});

test('corrupt and truncated PDFs end as file_corrupt', async () => {
  const corrupt = await extractFile({ bytes: Buffer.from('%PDF-1.7\n\u0001garbage that is no PDF at all\n'), name: 'broken.pdf' });
  assert.equal(corrupt.error?.code, 'file_corrupt');
  const whole = await makePdf([contract]);
  const truncated = await extractFile({ bytes: whole.subarray(0, 300), name: 'cut.pdf' });
  assert.equal(truncated.error?.code, 'file_corrupt');
});

test('a blank PDF is read, with a no_text warning', async () => {
  const source = await extractFile({ bytes: await makePdf([[]]), name: 'Document.pdf' });
  assert.equal(source.error, null);
  assert.equal(source.pageCount, 1);
  assert.equal(source.text, '');
  assert.equal(source.ocr.used, false, 'a page without an image is not sent to OCR');
  assert.deepEqual(source.warnings.map((w) => w.code), ['no_text']);
});

test('a PDF over the page limit ends as too_many_pages', async () => {
  const bytes = await makePdf([[{ text: 'one', x: 50, top: 50 }], [{ text: 'two', x: 50, top: 50 }], [{ text: 'three', x: 50, top: 50 }]]);
  const source = await extractFile({ bytes, name: 'long.pdf' }, { limits: { maxPages: 2 } });
  assert.equal(source.error?.code, 'too_many_pages');
  assert.match(source.error?.message ?? '', /3 pages, limit 2/);
});

test('loading pdfjs leaves the thread with native push and JSON.parse, and no DecompressionStream', async () => {
  const natives = { push: Array.prototype.push, parse: JSON.parse };
  const { loadPdfJs, openPdf } = await import('../../src/extract/formats/pdf-document.js');
  const lib = await loadPdfJs();
  assert.equal(Array.prototype.push, natives.push);
  assert.equal(JSON.parse, natives.parse);
  assert.equal('DecompressionStream' in globalThis, false);
  // Content streams are still inflated (synchronously, by pdfjs's own decoder).
  const document = await openPdf(lib, new Uint8Array(await makePdf([contract])));
  const content = await (await document.getPage(1)).getTextContent();
  assert.ok(content.items.some((item) => 'str' in item && item.str === 'Performance Agreement'));
  await document.destroy();
});
