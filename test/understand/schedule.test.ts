import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mask } from '../../src/understand/text/mask.js';
import { scheduleItems } from './helpers.js';

const items = (text: string) => scheduleItems(text, ['end', 'date', 'location', 'destination', 'notes', 'length']);

test('a chat line listing several items keeps each name as written', () => {
  assert.deepEqual(items([
    'quick one for saturday',
    'big soundcheck 15:00-16:00, then Pale Otter line check 16:20',
    'doors 19:00, Pale Otter 19:30-20:00, us 20:45, 80 min set, strict curfew 22:30 (noise rules)',
    'the promoter is around from 14:00 and has a van',
    'ok. van call 12:30 tomorrow from the hostel car park btw',
  ].join('\n')), [
    { name: 'van call', kind: 'transfer', start: '12:30', location: 'hostel car park' },
    { name: 'big soundcheck', kind: 'soundcheck', start: '15:00', end: '16:00' },
    { name: 'Pale Otter line check', kind: 'soundcheck', start: '16:20' },
    { name: 'doors', kind: 'doors', start: '19:00' },
    { name: 'Pale Otter', kind: 'set', start: '19:30', end: '20:00' },
    { name: 'us', kind: 'set', start: '20:45', length: 80 },
    { name: 'strict curfew', kind: 'curfew', start: '22:30' },
  ]);
});

test('a clause whose item word is followed by more words is prose, left to the sentence reading', () => {
  const got = items('No, doors only now 20:00, there is a talk before. Curfew 23:00');
  assert.deepEqual(got.map((i) => [i.kind, i.start]), [['doors', '20:00'], ['curfew', '23:00']]);
  assert.equal(got[0]!.name, 'Doors');
});

test('sender lines and day dividers of a pasted team chat are blanked', () => {
  const chat = [
    'Tuesday, March 3rd', '', 'Ines Varga  10:02 AM', 'load in 14:00', '',
    'Bo Lund  10:05 AM', 'thanks', '', 'Ines Varga  10:06 AM', 'doors 19:00',
  ].join('\n');
  const m = mask(chat, false);
  assert.equal(m.text.length, chat.length);
  assert.ok(!m.text.includes('10:02') && !m.text.includes('Tuesday'));
  assert.ok(m.text.includes('load in 14:00') && m.text.includes('doors 19:00'));
  // A day sheet's "name time" lines follow each other: they are items, not senders.
  const sheet = 'Soundcheck 15:00\nSoundcheck 16:00\nDoors 19:00\nDoors 19:30';
  assert.equal(mask(sheet, false).text, sheet);
});

test('in a thread each fact keeps its newest statement, older facts nobody changed stay', () => {
  const thread = [
    'Hi, last change: the support now plays 20:10-20:40 and your set moves to 21:10 (still 70 min).',
    'Curfew is now 23:30.',
    '',
    'On Mon, 1 Mar 2027 at 10:00, Ada Holm <ada@example.org> wrote:',
    '> Soundcheck is 17:00 instead of 16:00.',
    '>',
    '> On Fri, 26 Feb 2027 at 09:00, Ada Holm <ada@example.org> wrote:',
    '> > load-in 14:00, soundcheck 16:00, doors 19:30, Dune Arcade 21:00 (70 min), curfew 23:00.',
  ].join('\n');
  const got = items(thread);
  assert.deepEqual(got.map((i) => [i.kind, i.start]), [
    ['load_in', '14:00'], ['soundcheck', '17:00'], ['doors', '19:30'], ['set', '20:10'], ['set', '21:10'], ['curfew', '23:30'],
  ]);
  assert.equal(got.find((i) => i.start === '21:10')!.length, 70);
});

test('a pronoun playing at a time names the act written before it', () => {
  const got = items('Mara Lindqvist wants a longer slot, so she now plays 20:00-20:40 and doors stay at 19:00.');
  assert.deepEqual(got.find((i) => i.kind === 'set'), { name: 'Mara Lindqvist', kind: 'set', start: '20:00', end: '20:40' });
});

test('a set moved "from A to B" starts at B', () => {
  const got = items('Good news: your set has moved from 19:30 to 20:15 because the opener cancelled.');
  assert.deepEqual(got.map((i) => [i.kind, i.start, i.end]), [['set', '20:15', undefined]]);
});

test('one-digit hours without am/pm after an afternoon time are read in the evening', () => {
  const got = items('Load-in is from 3pm. Soundcheck at 4.30 and doors at 7. Our support Kite Harbour play at 7.30, you are on at 8.45 for 60 minutes.');
  assert.deepEqual(got.map((i) => [i.kind, i.start]), [['load_in', '15:00'], ['soundcheck', '16:30'], ['set', '19:30'], ['set', '20:45']]);
  assert.equal(got[2]!.name, 'Kite Harbour');
});

test('numbered rides of a transport booking are transfers with from, to and remarks', () => {
  assert.deepEqual(items([
    'Ride 1: Thu 02.09.2027, pick-up 10:15',
    '  From: Central Station, platform exit',
    '  To:   Parkview Hotel, 5 Elm Road',
    '  Notes: driver holds a sign',
    '',
    'Ride 2: Fri 03.09.2027, pick-up 08:00',
    '  From: Parkview Hotel',
    '  To:   Airport, Terminal 2',
    '  Notes: -',
  ].join('\n')), [
    { name: 'Ride 2', kind: 'transfer', start: '08:00', date: '2027-09-03', location: 'Parkview Hotel', destination: 'Airport, Terminal 2' },
    { name: 'Ride 1', kind: 'transfer', start: '10:15', date: '2027-09-02', location: 'Central Station, platform exit', destination: 'Parkview Hotel, 5 Elm Road', notes: 'driver holds a sign' },
  ]);
});

test('a date in brackets on a labelled line does not become the day of the items below it', () => {
  const got = items(['RIVERSIDE HALL – DAY SHEET', 'Saturday 14 May 2033', 'Tickets: 600 (410 sold as of 2 May)', '', 'Doors: 19:30'].join('\n'));
  assert.equal(got.find((i) => i.kind === 'doors')!.date, '2033-05-14');
});

test('a support label with the act after a dash is named by the act', () => {
  const got = items(['Doors: 19:00', 'Opener – Glass Wren: 19:40 – 20:10'].join('\n'));
  assert.equal(got.find((i) => i.kind === 'set')!.name, 'Glass Wren');
});

test('"(support)" in brackets qualifies a number, not a support slot', () => {
  const got = items('Guest list is 8 + 2 (support), send the names by 16:00 please.');
  assert.equal(got.some((i) => i.kind === 'set'), false);
});

test('a questionnaire answer starting with a time is the item its question names', () => {
  const got = items(['1. Arrival?', 'around noon', '', '2. Soundcheck?', '15:30–16:15 if possible', '', '3. Merch?', 'one table'].join('\n'));
  assert.deepEqual(got.map((i) => [i.name, i.kind, i.start, i.end]), [['Soundcheck', 'soundcheck', '15:30', '16:15']]);
});
