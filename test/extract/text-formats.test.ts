import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, test } from 'node:test';
import iconv from 'iconv-lite';
import { closeExtractor, extractFile, extractPastedText } from '../../src/extract/index.js';

after(closeExtractor);

const fixture = (name: string) => readFileSync(new URL(`../fixtures/extract/${name}`, import.meta.url));

test('plain text in UTF-16 and Windows-1252 is decoded', async () => {
  const text = 'Venue: Kantine am Hafen\nAddress: Hafenstraße 27, 50678 Köln\nFee: 4.500 €';
  const utf16 = await extractFile({ bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), name: 'deal.txt' });
  const cp1252 = await extractFile({ bytes: iconv.encode(text, 'windows-1252'), name: 'deal.txt' });
  const utf16NoBom = await extractFile({ bytes: iconv.encode(text, 'utf-16be'), name: 'deal.txt' });
  for (const [source, encoding] of [[utf16, 'utf-16le'], [cp1252, 'windows-1252'], [utf16NoBom, 'utf-16be']] as const) {
    assert.equal(source.error, null);
    assert.equal(source.format, 'txt');
    assert.equal(source.text, 'Venue: Kantine am Hafen\nAddress: Hafenstraße 27, 50678 Köln\nFee: 4.500 €');
    assert.equal(source.metadata.encoding, encoding);
    assert.equal(source.pageCount, null);
  }
});

test('CSV: delimiter and encoding sniffed, one table, rows as tab-separated lines', async () => {
  const csv = 'Date;City;Venue;Notes\r\n14.03.2025;Köln;"Kantine; am Hafen";\r\n15.03.2025;Hamburg;Molotow;"Load-in ""early"""\r\n';
  const source = await extractFile({ bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)]), name: 'tour.csv' });
  assert.equal(source.format, 'csv');
  assert.deepEqual(source.tables, [{ page: null, sheet: null, rows: [
    ['Date', 'City', 'Venue', 'Notes'],
    ['14.03.2025', 'Köln', 'Kantine; am Hafen', ''],
    ['15.03.2025', 'Hamburg', 'Molotow', 'Load-in "early"'],
  ] }]);
  assert.equal(source.text.split('\n')[1], '14.03.2025\tKöln\tKantine; am Hafen');
  const tabs = await extractFile({ bytes: iconv.encode('Name\tRole\nBjörn\tFOH\nIda\tLD\n', 'windows-1252'), name: 'crew.txt' });
  assert.equal(tabs.format, 'csv');
  assert.equal(tabs.metadata.delimiter, 'tab');
  assert.deepEqual(tabs.tables[0]?.rows[1], ['Björn', 'FOH']);
  assert.equal(tabs.warnings.length, 0, 'a .txt that holds CSV is not a mismatch');
});

test('HTML: visible text with structure, tables, raw markup kept', async () => {
  const source = await extractFile({ bytes: fixture('reservation.html'), name: 'reservation.html', declaredType: 'text/html' });
  assert.equal(source.format, 'html');
  assert.equal(source.metadata.title, 'Reservation confirmed');
  assert.equal(source.text, [
    'Your table is booked', '', 'Dear Mira,', 'thank you for booking at Trattoria Sul Fiume.', '',
    'Date\tSaturday 12 April 2025', 'Time\t18:30', 'Guests\t7', '', '- Via del Porto 3, Bologna', '- +39 051 555 0199',
  ].join('\n'));
  assert.deepEqual(source.tables[0]?.rows, [['Date', 'Saturday 12 April 2025'], ['Time', '18:30'], ['Guests', '7']]);
  assert.match(source.html ?? '', /"reservationNumber":"TSF-4410"/);
});

test('EML: headers, body, HTML part, attachments read recursively to the depth limit', async () => {
  const bytes = fixture('advance-with-attachments.eml');
  const source = await extractFile({ bytes, name: 'Advance Köln.eml' });
  assert.equal(source.error, null);
  assert.equal(source.format, 'eml');
  assert.equal(source.metadata.from, 'Katrin Vogt <katrin.vogt@rheinklang.example.de>');
  assert.deepEqual(source.metadata.to, ['Jonas Ekberg <jonas@example.se>', 'crew@example.se']);
  assert.equal(source.metadata.subject, 'Advance Köln 14 March');
  assert.equal(source.metadata.date, '2025-03-04T15:20:00.000Z');
  assert.ok(source.text.startsWith('From: Katrin Vogt <katrin.vogt@rheinklang.example.de>\n'));
  assert.match(source.text, /Subject: Advance Köln 14 March\n\nHi Jonas,\n\nhere is the schedule for Köln:\n14:00 Load-in/);
  assert.match(source.html ?? '', /<table>/);
  assert.deepEqual(source.tables[0]?.rows, [['Time', 'What'], ['14:00', 'Load-in'], ['16:30', 'Soundcheck']]);

  const [csv, mail] = source.children;
  assert.equal(csv?.origin, 'attachment');
  assert.equal(csv?.format, 'csv');
  assert.deepEqual(csv?.tables[0]?.rows[1], ['Katrin Vogt', 'Promoter', '+49 221 555 0123']);
  assert.equal(mail?.format, 'eml');
  assert.equal(mail?.metadata.subject, 'Parking');
  assert.equal(mail?.children[0]?.text, 'Parking for the nightliner behind the venue.');

  const shallow = await extractFile({ bytes, name: 'Advance.eml' }, { limits: { maxMimeDepth: 1 } });
  const inner = shallow.children[1];
  assert.equal(inner?.children.length, 0);
  assert.equal(inner?.warnings[0]?.code, 'attachments_too_deep');
});

test('ICS events become label lines', async () => {
  const ics = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Soundcheck\\, Hollow Meridian\r\nDTSTART;TZID=Europe/Berlin:20250314T163000\r\nLOCATION:Kantine am Hafen\\, Köln\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
  const source = await extractFile({ bytes: Buffer.from(ics), name: 'invite.ics' });
  assert.equal(source.format, 'ics');
  assert.equal(source.text, 'Summary: Soundcheck, Hollow Meridian\nStart: 20250314T163000+0100\nLocation: Kantine am Hafen, Köln');
});

test('ICS: only events are written, UTC times in the calendar\'s zone, the organizer with its name', async () => {
  const ics = [
    'BEGIN:VCALENDAR', 'BEGIN:VTIMEZONE', 'TZID:Europe/Madrid', 'BEGIN:STANDARD', 'DTSTART:19701025T030000', 'END:STANDARD', 'END:VTIMEZONE',
    'BEGIN:VEVENT', 'SUMMARY:Line check', 'DTSTART:20260710T150000Z', 'DTEND:20260710T154500Z',
    'ORGANIZER;CN="Ada Ferrer":mailto:Ada.Ferrer@sala.example.es',
    'BEGIN:VALARM', 'DESCRIPTION:Reminder', 'END:VALARM', 'END:VEVENT',
    'BEGIN:VEVENT', 'SUMMARY:Show', 'DTSTART;TZID=Europe/Madrid:20260710T220000', 'DESCRIPTION:Doors 21:00\\nCurfew 23:30', 'END:VEVENT',
    'END:VCALENDAR', '',
  ].join('\r\n');
  const source = await extractFile({ bytes: Buffer.from(ics), name: 'invite.ics' });
  assert.equal(source.text, [
    'Summary: Line check', 'Start: 20260710T170000+0200', 'End: 20260710T174500+0200', 'Organizer: Ada Ferrer <ada.ferrer@sala.example.es>', '',
    'Summary: Show', 'Start: 20260710T220000+0200', 'Description: Doors 21:00', 'Curfew 23:30',
  ].join('\n'));
  const zoneless = await extractFile({ bytes: Buffer.from('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Call\r\nDTSTART:20260710T150000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n'), name: 'call.ics' });
  assert.equal(zoneless.text, 'Summary: Call\nStart: 20260710T150000Z');
});

test('content decides the format; a wrong name or type is only a warning', async () => {
  const source = await extractFile({ bytes: fixture('reservation.html'), name: 'reservation.pdf', declaredType: 'application/pdf' });
  assert.equal(source.format, 'html');
  assert.equal(source.error, null);
  assert.equal(source.warnings[0]?.code, 'type_mismatch');
  assert.equal(source.mimeType, 'application/pdf');
});

test('empty, binary and too large files end with their error codes', async () => {
  const empty = await extractFile({ bytes: Buffer.alloc(0), name: 'nothing.txt' });
  assert.equal(empty.error?.code, 'empty_file');
  const binary = await extractFile({ bytes: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0, 0]), name: 'tool.bin' });
  assert.equal(binary.error?.code, 'unsupported_type');
  assert.equal(binary.text, '');
  const large = await extractFile({ bytes: Buffer.alloc(2048, 'a'), name: 'big.txt' }, { limits: { maxBytes: 1024 } });
  assert.equal(large.error?.code, 'too_large');
  assert.match(large.error?.message ?? '', /larger than the size limit/);
});

test('output is cut at the character limit, with a warning', async () => {
  const source = await extractFile({ bytes: Buffer.from('word '.repeat(1000)), name: 'long.txt' }, { limits: { maxOutputChars: 100 } });
  assert.equal(source.text.length, 100);
  assert.equal(source.warnings[0]?.code, 'text_truncated');
});

test('pasted text is normalised in-process', () => {
  const source = extractPastedText('Doors 19:00\r\nﬁnal set 21:00   75 min\n');
  assert.equal(source.origin, 'pasted');
  assert.equal(source.name, 'pasted text');
  assert.equal(source.format, 'txt');
  assert.equal(source.text, 'Doors 19:00\nfinal set 21:00\t75 min');
  assert.equal(source.wordCount, 7);
});
