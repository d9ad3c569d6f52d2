import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeExtractor, extractFile } from '../../src/extract/index.js';
import { docxXml, makeDocx } from './make-files.js';

after(closeExtractor);

/** A table naming a table style, in a package with no styles part: mammoth cannot convert it. */
const styledTable = (rows: string[][]) =>
  docxXml.table(rows).replace('<w:tbl>', '<w:tbl><w:tblPr><w:tblStyle w:val="LinedGrid"/></w:tblPr>');

test('DOCX without a styles part: read from the main part, paragraphs and tables', async () => {
  const bytes = makeDocx([
    docxXml.paragraph('Kestrel Avenue', 'Title'),
    docxXml.paragraph('Catering notes &amp; contacts'),
    styledTable([['Role', 'Name', 'Phone'], ['Stage Manager', 'Tilde Marsh', '+44 7700 900111']]),
    docxXml.paragraph('Still water, please.'),
  ].join(''), { footer: 'Page 1' });
  const source = await extractFile({ bytes, name: 'rider.docx' });
  assert.equal(source.error, null);
  assert.equal(source.format, 'docx');
  assert.equal(source.text, [
    'Kestrel Avenue', '', 'Catering notes & contacts', '',
    'Role\tName\tPhone', 'Stage Manager\tTilde Marsh\t+44 7700 900111', '',
    'Still water, please.', '', 'Page 1',
  ].join('\n'));
  assert.deepEqual(source.tables, [{ page: null, sheet: null, rows: [['Role', 'Name', 'Phone'], ['Stage Manager', 'Tilde Marsh', '+44 7700 900111']] }]);
});
