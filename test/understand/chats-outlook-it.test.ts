/** Phone chats pasted with year-less day stamps, clock times in words under a label, Italian Outlook threads. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pasted, scheduleItems } from './helpers.js';
import { findClockWords } from '../../src/understand/normalise/time-words.js';
import { splitThread, linesOf } from '../../src/understand/text/index.js';
import { read } from '../../src/understand/text/read.js';
import { labelKey } from '../../src/understand/text/lexicon.js';
import { understand } from '../../src/understand/index.js';

test('a clock time in words right after a line\'s label; a length\'s label and a bare count are not times', () => {
  const times = (t: string) => findClockWords(t).map((m) => m.value);
  assert.deepEqual(times('zaal: half acht'), ['19:30']);
  assert.deepEqual(times('opbouw: twee uur'), ['14:00']);
  assert.deepEqual(times('voorprogramma: acht tot half negen'), ['20:00', '20:30']);
  assert.deepEqual(times('Speelduur: twee uur'), []);
  assert.deepEqual(times('Kamers: drie'), []);
});

test('a phone chat with year-less day stamps: the stamps are no dates of the show, the senders open turns', async () => {
  const chat = [
    'ma 4 apr. 10:02',
    'Anouk: Hoi Bram! Ik stuur de tijden.',
    '',
    'Bram: Top.',
    '',
    'ma 4 apr. 10:20',
    'Anouk: Vrijdag 8-4-2033, Kevers @ De Kelder, Markt 3, 8011 AB Zwolle',
    'laden: twee uur',
    'deuren: half acht',
    '',
    'Bram: Dank je!',
    '',
    'wo 6 apr. 16:40',
    'Anouk: Correctie op het laden: dat wordt half twee ipv twee uur.',
    'Bram: Prima',
  ].join('\n');
  const source = pasted(chat);
  const r = read(source);
  assert.deepEqual(r.turns.map((t) => t.sender), ['Anouk', 'Bram', 'Anouk', 'Bram', 'Anouk', 'Bram']);
  assert.equal(r.referenceDate?.toISOString().slice(0, 10), '2033-04-04');
  assert.ok(!r.lines.some((l) => /4 apr\./.test(l.text)), 'the stamp line is blanked');
  const { extracted } = await understand([pasted(chat)]);
  assert.equal(extracted.general.date, '2033-04-08');
  assert.deepEqual(extracted.activities.map((a) => [a.kind, a.startTime, a.date]), [['doors', '19:30', '2033-04-08'], ['load_in', '13:30', '2033-04-08']]);
});

test('a line opening "Name:" once is a label, not a sender', () => {
  const text = ['wo 6 apr. 16:40', 'Anouk: hoi', 'opbouw: 14:00', 'zo 10 apr. 11:00', 'Anouk: doei'].join('\n');
  assert.equal(read(pasted(text)).turns.length, 0);
});

test('Italian Outlook header blocks ("Da: / Inviato: / A: / Oggetto:") start older messages, dated in Italian', () => {
  const text = [
    'Ciao, ti giro la mail sotto.',
    '',
    '________________________________',
    'Da: Marta Bruni <marta@example.it>',
    'Inviato: martedì 3 maggio 2033 11:20',
    'A: Leo Conti <leo@example.it>',
    'Oggetto: R: data di Parma',
    '',
    'Ciao Leo, tutto confermato.',
  ].join('\n');
  const source = { ...pasted(text), metadata: {} };
  const messages = splitThread(source, linesOf(source));
  assert.equal(messages.length, 2);
  assert.equal(messages[1]!.depth, 1);
  assert.equal(messages[1]!.date?.toISOString().slice(0, 10), '2033-05-03');
});

test('Italian labels and schedule lines with "h"/"ore" before the time; a bracketed length is the set\'s', () => {
  assert.equal(labelKey('LOCALE'), 'venue');
  assert.equal(labelKey('Indirizzo'), 'address');
  const items = scheduleItems([
    'h 16.00 carico',
    'ore 21:00 apertura porte',
    'ore 22:00 Fiori di Vetro (75 minuti)',
  ].join('\n'), ['length']);
  assert.deepEqual(items, [
    { name: 'carico', kind: 'load_in', start: '16:00' },
    { name: 'apertura porte', kind: 'doors', start: '21:00' },
    { name: 'Fiori di Vetro', kind: 'set', start: '22:00', length: 75 },
  ]);
});

/** An older message below an Outlook header block, as an Italian Outlook forwards it. */
function outlookMessage(from: string, sent: string, subject: string, body: string): string[] {
  return ['', '________________________________', `Da: ${from}`, `Inviato: ${sent}`, `Oggetto: ${subject}`, '', body];
}

test('a forward note telling of a hotel change: the older message that names the new hotel replaces the oldest one', async () => {
  const text = [
    'Ciao, hanno cambiato hotel (vedi sotto).',
    ...outlookMessage('Marta Bruni <marta@example.it>', 'martedì 3 maggio 2033 11:20', 'R: Parma',
      'Nuova sistemazione: Hotel Stella Alpina, Via Roma 4, 43121 Parma, 2 camere, check-in dalle 14:00.'),
    ...outlookMessage('Leo Conti <leo@example.it>', 'lunedì 2 maggio 2033 09:00', 'Parma',
      'HOTEL: Hotel Vecchio Ponte, Via Verdi 1, 43121 Parma - 2 camere, check-in dalle 15:00.'),
  ].join('\n');
  const { extracted } = await understand([pasted(text)]);
  assert.deepEqual(extracted.hotels.map((h) => h.name), ['Hotel Stella Alpina']);
});

test('a newer message changing only a meal\'s head count updates the booked meal, no second meal', async () => {
  const text = [
    'Ciao, per la cena: ok per 9 persone invece di 8.',
    ...outlookMessage('Leo Conti <leo@example.it>', 'lunedì 2 maggio 2033 09:00', 'Parma',
      'CENA: ore 19:00 presso Trattoria Sole e Luna, Via Verdi 9, 8 persone.'),
  ].join('\n');
  const { extracted } = await understand([pasted(text)]);
  assert.deepEqual(extracted.food.map((f) => [f.name, f.guestCount]), [['Trattoria Sole e Luna', 9]]);
});
