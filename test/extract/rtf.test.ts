import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { detectFormat } from '../../src/extract/detect.js';
import { closeExtractor, extractFile } from '../../src/extract/index.js';
import { parseRtf } from '../../src/extract/formats/rtf.js';

after(closeExtractor);

/** An RTF document as Word writes one: header tables first, then the body. */
const rtf = (body: string, head = '') => Buffer.from(
  `{\\rtf1\\ansi\\ansicpg1252\\uc1\\deff0{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}{\\f1\\fswiss\\fcharset204 Arial Cyr;}{\\f2\\fnil\\fcharset2 Symbol;}}`
  + `{\\colortbl;\\red0\\green0\\blue0;}{\\stylesheet{\\s0 Normal;}}${head}\n${body}}`,
  'latin1',
);
const textOf = async (bytes: Buffer) => (await parseRtf(bytes)).text ?? '';

const cell = (text: string) => `\\pard\\intbl {${text}\\cell }`;
const row = (...cells: string[]) => `\\trowd\\cellx2000\\cellx4000\\cellx6000 ${cells.map(cell).join('\n')}\\pard\\intbl {\\trowd\\cellx2000\\cellx4000\\cellx6000 \\row }\n`;

const advance = rtf(
  [
    '{\\headerr \\pard\\plain {Gig sheet v3 \\endash  page {\\field{\\*\\fldinst { PAGE }}{\\fldrslt {1}}}}\\par }',
    '{\\footerr \\pard\\plain {Larchmont Halls Ltd \\bullet  Reg. 5551234}\\par }',
    '\\pard\\plain {\\b Venue:}{\\tab Larchmont Hall}\\par',
    '\\pard {Promoter: Se\\\'f1or Odhr\\\'e1n Quill \\endash  \\ldblquote Brightwater\\rdblquote }\\par',
    '\\pard {Fee: \\\'80 2.400 flat{\\v  (internal: was 2.000)}}\\par',
    '\\pard {Mobile: 087\\~555\\~0199\\line Backup: 01\\_555\\_2040}\\par',
    '\\pard {Route: Quay \\u8594\\\'3f Hall, tour manager \\u321\\\'4cucja}\\par',
    '{\\pict\\pngblip 89504e470d0a1a0a0000000d4948445200000001}',
    '{\\*\\themedata 504b030414000600080000002100}',
    row('Time', 'Item', 'Where'),
    row('18:00', 'Doors', 'Foyer'),
    row('21:00', 'Headline', 'Main stage{\\par}upper level'),
    '\\pard\\plain {Thanks,}\\par',
  ].join('\n'),
  '{\\info{\\title Gig sheet}{\\author Una Vell}{\\operator Kit Marr}}',
);

test('RTF: detected by content and read as text, tables and header/footer lines', async () => {
  assert.equal(detectFormat(advance), 'rtf');
  const source = await extractFile({ bytes: advance, name: 'gig sheet.rtf' });
  assert.equal(source.error, null);
  assert.equal(source.format, 'rtf');
  assert.equal(source.mimeType, 'application/rtf');
  assert.equal(source.pageCount, null);
  assert.deepEqual(source.warnings, []);
  assert.equal(source.text, [
    'Gig sheet v3 – page 1',
    '',
    'Venue: Larchmont Hall',
    '',
    'Promoter: Señor Odhrán Quill – “Brightwater”',
    '',
    'Fee: € 2.400 flat',
    '',
    'Mobile: 087 555 0199',
    'Backup: 01-555-2040',
    '',
    'Route: Quay → Hall, tour manager Łucja',
    '',
    'Time\tItem\tWhere',
    '18:00\tDoors\tFoyer',
    '21:00\tHeadline\tMain stage · upper level',
    '',
    'Thanks,',
    '',
    'Larchmont Halls Ltd • Reg. 5551234',
  ].join('\n'));
  assert.deepEqual(source.tables.map((t) => t.rows), [[['Time', 'Item', 'Where'], ['18:00', 'Doors', 'Foyer'], ['21:00', 'Headline', 'Main stage · upper level']]]);
  assert.equal(source.metadata.title, 'Gig sheet');
  assert.equal(source.metadata.author, 'Una Vell');
});

test('RTF: a header repeated per section is written once; footnotes follow the body', async () => {
  const text = await textOf(rtf([
    '{\\header \\pard {Crew sheet}\\par }\\pard {First part}\\par\\sect',
    '{\\header \\pard {Crew sheet}\\par }\\pard {Second part{\\super\\chftn}{\\footnote \\pard {\\chftn} Parking permit at the gate.}}\\par',
  ].join('\n')));
  assert.equal(text, 'Crew sheet\n\nFirst part\n\nSecond part\n\nParking permit at the gate.');
});

test('RTF: bytes in the code page of their font; \\ucN fallbacks and symbol fonts left out', async () => {
  const text = await textOf(rtf([
    // Arial Cyr (\fcharset204) is Windows-1251: \'cc\'ee\'f1\'ea\'e2\'e0 is "Москва".
    '\\pard {\\f1 \\\'cc\\\'ee\\\'f1\\\'ea\\\'e2\\\'e0}{\\f0  \\\'e9t\\\'e9}\\par',
    '\\pard {\\uc2 Tel\\u9742 ab: 555} {\\uc0 \\u8364 5}\\par',
    '\\pard {\\f2 \\\'b7}{\\f0 OK}\\par',
  ].join('\n')));
  assert.equal(text, 'Москва été\n\nTel☎: 555 €5\n\nOK');
});

test('RTF: a document code page other than Windows-1252, and a double-byte one', async () => {
  const greek = Buffer.from('{\\rtf1\\ansi\\ansicpg1253 {\\\'c1\\\'e8\\\'de\\\'ed\\\'e1}\\par}', 'latin1');
  assert.equal(await textOf(greek), 'Αθήνα');
  // Shift-JIS: two \'hh bytes make one character.
  const japanese = Buffer.from('{\\rtf1\\ansi\\ansicpg932 {\\\'93\\\'8c\\\'8b\\\'9e}\\par}', 'latin1');
  assert.equal(await textOf(japanese), '東京');
});

test('RTF: list markers as the HTML reader writes list items; deleted and hidden text left out', async () => {
  const text = await textOf(rtf([
    '{\\listtext\\pard\\plain\\f2 \\\'b7\\tab}\\pard {Bring the backline}\\par',
    '{\\listtext\\pard\\plain 2.\\tab}\\pard {Pass for {\\deleted Sam}{\\v hidden}Ros}\\par',
    '{\\*\\pn\\pnlvlblt{\\pntxtb \\\'b7}}{\\*\\annotation {Comment by the agent}}\\pard Last\\par',
  ].join('\n')));
  assert.equal(text, '- Bring the backline\n\n2. Pass for Ros\n\nLast');
});

test('RTF: hostile input (deep nesting, huge \\binN, unterminated groups) is read in linear time', async () => {
  const started = Date.now();
  const deep = Buffer.from(`{\\rtf1 ${'{\\b '.repeat(200_000)}deep text${'}'.repeat(10)}`, 'latin1');
  assert.equal(await textOf(deep), 'deep text');
  // A \binN longer than the file ends it; nothing of that size is allocated.
  const binary = Buffer.from('{\\rtf1 before {\\bin2147483647 \u0000\u0001}', 'latin1');
  assert.equal(await textOf(binary), 'before');
  const unterminated = Buffer.from('{\\rtf1\\ansi {\\b open {\\i and never closed\\par more', 'latin1');
  assert.equal(await textOf(unterminated), 'open and never closed\n\nmore');
  // A picture's hex on many short lines, as Word writes it: many megabytes, still one pass.
  const picture = Buffer.from(`{\\rtf1 {\\pict ${'0123456789abcdef'.repeat(8).concat('\r\n').repeat(40_000)}}After\\par}`, 'latin1');
  assert.equal(await textOf(picture), 'After');
  const stray = Buffer.from('{\\rtf1 a}}}} b\\\'zz\\\'4', 'latin1');
  assert.equal(await textOf(stray), 'a b');
  assert.ok(Date.now() - started < 5_000, `took ${Date.now() - started} ms`);
});

test('RTF: a footnote written as {\\*\\footnote …} (LibreOffice) follows the body, as one without \\* does', async () => {
  const starred = Buffer.from('{\\rtf1 Body{\\super\\chftn}{\\*\\footnote\\pard\\plain\\chftn  Parking at gate B.}\\par}', 'latin1');
  const plain = Buffer.from('{\\rtf1 Body{\\super\\chftn}{\\footnote\\pard\\plain\\chftn  Parking at gate B.}\\par}', 'latin1');
  assert.equal(await textOf(starred), 'Body\n\nParking at gate B.');
  assert.equal(await textOf(starred), await textOf(plain));
  // Any other {\*\…} destination is still left out.
  const other = Buffer.from('{\\rtf1 Body{\\*\\footnotex hidden}{\\*\\bkmkstart gate}\\par}', 'latin1');
  assert.equal(await textOf(other), 'Body');
});

test('RTF: a {\\*\\…} group nested past the depth limit does not drop the text of the level around it', async () => {
  const bytes = Buffer.from(`{\\rtf1 ${'{'.repeat(256)}{\\*\\foo x} kept?${'}'.repeat(256)}after\\par}`, 'latin1');
  assert.equal(await textOf(bytes), 'kept?after');
  const skipWord = Buffer.from(`{\\rtf1 ${'{'.repeat(300)}{\\fonttbl{\\f0 Arial;}} still here${'}'.repeat(300)}\\par}`, 'latin1');
  assert.equal(await textOf(skipWord), 'still here');
});

test('RTF: a \\uN value outside a signed 16-bit number is dropped, not truncated', async () => {
  const bytes = Buffer.from('{\\rtf1 {a\\u70000?b\\u-40000?c\\u-21504?d\\u44032?e}\\par}', 'latin1');
  assert.equal(await textOf(bytes), 'abc\uac00d\uac00e');
});
