import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import iconv from 'iconv-lite';
import { closeExtractor, extractFile } from '../../src/extract/index.js';

after(closeExtractor);

const card3 = [
  'BEGIN:VCARD', 'VERSION:3.0', 'FN:Petra Lindqvist', 'N:Lindqvist;Petra;;;',
  'EMAIL;TYPE=INTERNET;TYPE=WORK:petra@harbourhall.example.se',
  'TEL;TYPE=WORK:08 555 010 20', 'TEL;TYPE=CELL:070 555 12 34', 'TEL;TYPE=FAX:08 555 010 29',
  'ADR;TYPE=WORK:;;Kajgatan 4\\, Hus B;Malmö;;211 20;Sweden', 'ORG:Harbour Hall;Produktion', 'TITLE:Production Manager',
  'NOTE:Call before 10 on show day\\, texts are fine. The yard gate is', '  on the left.',
  'PHOTO:https://photos.example.com/abc/defghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxy', ' z=s100',
  'END:VCARD',
  'BEGIN:VCARD', 'VERSION:3.0', 'FN:Oskar Berg', 'N:Berg;Oskar;;;', 'item1.TEL:073 555 98 76', 'item1.X-ABLabel:Driver (van)', 'TITLE:Driver', 'END:VCARD',
  'BEGIN:VCARD', 'VERSION:3.0', 'FN:Hotel Skeppsbron', 'N:;;;;', 'TEL;TYPE=WORK:+46 40 555 77 00', 'ORG:Hotel Skeppsbron', 'END:VCARD', '',
].join('\r\n');

test('vCard 3.0: detected by content, cards as one contact table', async () => {
  const source = await extractFile({ bytes: Buffer.from(card3), name: 'contacts.vcf' });
  assert.equal(source.error, null);
  assert.equal(source.format, 'vcf');
  assert.equal(source.mimeType, 'text/vcard');
  assert.deepEqual(source.tables[0]!.rows, [
    ['Name', 'Role', 'Company', 'Phone', 'Other phone', 'E-mail', 'Address', 'Notes'],
    ['Petra Lindqvist', 'Production Manager', 'Harbour Hall', '070 555 12 34', '08 555 010 20', 'petra@harbourhall.example.se',
      'Kajgatan 4, Hus B, Malmö 211 20, Sweden', 'Call before 10 on show day, texts are fine. The yard gate is on the left.'],
    ['Oskar Berg', 'Driver', '', '073 555 98 76', '', '', '', ''],
    // A firm's card: no person's name.
    ['', '', 'Hotel Skeppsbron', '+46 40 555 77 00', '', '', '', ''],
  ]);
  assert.ok(!source.text.includes('photos.example.com'));
  assert.ok(!source.text.includes('08 555 010 29'), 'a fax is no number to call');
});

test('vCard 2.1: bare parameters, quoted-printable with soft line breaks in its charset', async () => {
  const card = [
    'BEGIN:VCARD', 'VERSION:2.1', 'N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen',
    'TEL;CELL;VOICE:+49 170 555 0101', 'TEL;WORK:+49 30 555 0100',
    'NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Kommt sp=C3=A4ter=0D=0A=', 'mit dem Bus',
    'END:VCARD', '',
  ].join('\r\n');
  const source = await extractFile({ bytes: iconv.encode(card, 'latin1'), name: 'export.vcf' });
  assert.equal(source.format, 'vcf');
  assert.deepEqual(source.tables[0]!.rows[1], ['Jürgen Müller', '+49 170 555 0101', '+49 30 555 0100', 'Kommt später mit dem Bus']);
  assert.deepEqual(source.tables[0]!.rows[0], ['Name', 'Phone', 'Other phone', 'Notes']);
});
