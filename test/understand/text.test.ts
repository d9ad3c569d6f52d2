import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findLabelled, labelKey, linesOf, splitThread, tablesOf } from '../../src/understand/text/index.js';
import { mask } from '../../src/understand/text/mask.js';
import { read } from '../../src/understand/text/read.js';
import { pasted } from './helpers.js';

const at = (text: string, span: [number, number]) => text.slice(span[0], span[1]);

test('lines carry offsets into the text and the page they are on', () => {
  const text = 'first\r\nsecond\nthird';
  const lines = linesOf({ text, pages: [{ number: 1, text: '', offset: 0 }, { number: 2, text: '', offset: 14 }] });
  assert.deepEqual(lines.map((l) => [l.text, at(text, [l.start, l.end]), l.page]), [
    ['first', 'first', 1], ['second', 'second', 1], ['third', 'third', 2],
  ]);
});

test('labels in six languages map to one key', () => {
  assert.equal(labelKey('Einlass'), 'doors');
  assert.equal(labelKey('Insläpp:'), 'doors');
  assert.equal(labelKey('Puertas'), 'doors');
  assert.equal(labelKey('Ouverture des portes'), 'doors');
  assert.equal(labelKey('Deuren open'), 'doors');
  assert.equal(labelKey('CHECK-IN'), 'check_in');
  assert.equal(labelKey('Set length (min)'), 'set_length');
  assert.equal(labelKey('Weather'), null);
});

test('label layouts: colon, several pairs on a line, columns, value below, loose label, form block', () => {
  const text = [
    'Ref: AB-1        Issued: 01/02/2026',
    'Venue\t\tZollhaus',
    'Address:',
    '  Rheinweg 12, 79539 Lörrach',
    'Check-in 14 Mar 2026',
    'Load-in is from 12:00 via the loading bay, soundcheck at 15:30',
    '',
    'Artist Marrow Lanterns',
    'Date 06/03/2026',
    'Curfew 23:30',
  ].join('\n');
  const found = findLabelled({ text, pages: [] });
  const byLabel = Object.fromEntries(found.map((l) => [l.label, l]));
  assert.equal(byLabel['Ref']!.value, 'AB-1');
  assert.equal(byLabel['Issued']!.value, '01/02/2026');
  assert.equal(byLabel['Venue']!.key, 'venue');
  assert.equal(byLabel['Address']!.value, 'Rheinweg 12, 79539 Lörrach');
  assert.equal(byLabel['Check-in']!.value, '14 Mar 2026');
  assert.equal(byLabel['Artist']!.value, 'Marrow Lanterns');
  assert.equal(byLabel['Curfew']!.value, '23:30');
  // A sentence that starts with a label word is prose, not a labelled value.
  assert.equal(found.some((l) => l.value.includes('loading bay')), false);
  for (const l of found) assert.equal(at(text, l.span), l.value);
});

test('table records by a multilingual header row, from extracted tables and from text', () => {
  const csv = 'Namn\tRoll\tTelefon\tE-post\nTove Lind\tTurnéledare\t070-555 21 44\ttove@example.se\n';
  const fromText = tablesOf({ text: csv, pages: [], tables: [] });
  assert.equal(fromText.length, 1);
  const rec = fromText[0]!.records[0]!;
  assert.equal(rec.cells.name!.value, 'Tove Lind');
  assert.equal(rec.cells.phone!.value, '070-555 21 44');
  assert.equal(csv.slice(...rec.cells.email!.span!), 'tove@example.se');

  const rows = [['Uhrzeit', 'Programmpunkt', 'Wo'], ['14:00', 'Aufbau', 'Bühne'], ['', '', '']];
  const extracted = tablesOf({ text: '14:00 Aufbau Bühne', pages: [], tables: [{ rows, page: null, sheet: 'Tag' }] });
  assert.deepEqual(Object.keys(extracted[0]!.records[0]!.cells).sort(), ['location', 'schedule_item', 'time']);
  assert.equal(extracted[0]!.records.length, 1);
});

test('a row of figures is data, never a header', () => {
  const text = 'Nights\t2\tRooms\t3\nAdults\t4\tChildren\t0\n';
  assert.equal(tablesOf({ text, pages: [], tables: [] }).length, 0);
});

test('e-mail threads split into messages with dates, quotes and signatures', () => {
  const text = [
    'Hi Tove,', 'See you on the 6th.', '', 'Best,', 'Greta', 'Greta Aalto | Booking', '',
    'Am 23.02.2026 um 09:02 schrieb Tove Lind <tove@example.se>:', '> Hallo Greta,', '> wann ist Einlass?',
    '> Grüße', '> Tove',
  ].join('\n');
  const messages = splitThread({ text, pages: [], metadata: { date: '2026-02-24T09:15:00Z' } });
  assert.equal(messages.length, 2);
  assert.equal(messages[0]!.date!.toISOString().slice(0, 10), '2026-02-24');
  assert.equal(text.slice(messages[0]!.signatureStart!).startsWith('Greta\n'), true);
  assert.equal(messages[1]!.depth, 1);
  assert.ok(messages[1]!.lines.every((l) => !l.text.trim() || l.text.startsWith('>')));
});

test('chat prefixes and e-mail headers are blanked without moving offsets', () => {
  const chat = '[10/03/2026, 14:02] Ana Ruiz: Venue is Sala Uno\n[10/03/2026, 14:03] Ana Ruiz: doors 20:00\n[10/03/2026, 14:04] Tove: ok';
  const m = mask(chat, false);
  assert.equal(m.text.length, chat.length);
  assert.equal(m.chatDate!.toISOString().slice(0, 10), '2026-03-10');
  assert.equal(m.text.includes('14:02'), false);
  assert.equal(m.text.indexOf('Venue is'), chat.indexOf('Venue is'));
  const mail = mask('From: a@b.se\nDate: 2026-01-01\n\nBody 1 Jan', true);
  assert.equal(mail.text.trim(), 'Body 1 Jan');
});

test('a reading is computed once per source', () => {
  const source = pasted('Venue: Zollhaus');
  assert.equal(read(source), read(source));
  assert.equal(read(source).labelled[0]!.key, 'venue');
});

test('pairs joined by separators split only before a known label; a title line is no form field', () => {
  const text = [
    'Grand Hotel Europa — Reservation confirmation',
    'Guest: Maria Lind (production manager)',
    'Arrival: 3 April 2026 · Departure: 5 April 2026',
    'Check-in from 14:00; check-out until 12:00',
    'Rooms: 2 single, Confirmation number: GHE-88120',
    'Note: meet at 14:00, bring passes',
    'Load-in is from 13:00, soundcheck at 16:30',
    'Arrival:     Thu 15 Oct   (check-in from 15:00)',
    'Guests:',
    '  1. Ann Lee',
    '  2. Bo Ek',
  ].join('\n');
  const found = findLabelled({ text, pages: [] });
  assert.deepEqual(found.map((l) => [l.key, l.value, at(text, l.span)]), [
    ['guests', 'Maria Lind (production manager)', 'Maria Lind (production manager)'],
    ['arrival', '3 April 2026', '3 April 2026'],
    ['departure', '5 April 2026', '5 April 2026'],
    ['check_in', 'from 14:00', 'from 14:00'],
    ['check_out', 'until 12:00', 'until 12:00'],
    ['rooms', '2 single', '2 single'],
    ['booking_reference', 'GHE-88120', 'GHE-88120'],
    ['notes', 'meet at 14:00, bring passes', 'meet at 14:00, bring passes'],
    ['arrival', 'Thu 15 Oct   (check-in from 15:00)', 'Thu 15 Oct   (check-in from 15:00)'],
    ['guests', '1. Ann Lee\n  2. Bo Ek', '1. Ann Lee\n  2. Bo Ek'],
  ]);
});
