/** Ninth round: Telegram Desktop chats, chat introductions and corrections, Polish advance threads. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { read, labelKey } from '../../src/understand/text/index.js';
import { placeOf } from '../../src/understand/sections/place.js';
import { findDates, normaliseMoney } from '../../src/understand/normalise/index.js';
import { extractFile } from '../../src/extract/index.js';
import { extract as contacts } from '../../src/understand/sections/contacts.js';
import { peopleCounts } from '../../src/understand/sections/travel/phrases.js';
import { context, pasted, scheduleItems } from './helpers.js';

const eml = (text: string) => extractFile({ bytes: Buffer.from(text, 'utf8'), name: 'thread.eml' });

const TELEGRAM = [
  'Sam Ortiz, [02/09/2027 9:02 AM]',
  'Hi all, group for the Friday show. Rust Bells @ The Lantern Hall, 41 King St, Newtown NSW 2042 — Friday the 3rd',
  '',
  'Ivy Brandt, [02/09/2027 9:10 AM]',
  'Ivy, FOH at Lantern Hall. My mobile is 0412 345 678',
  '',
  'Sam Ortiz, [02/09/2027 9:20 AM]',
  "Lee's your driver, she'll collect you at the airport",
  '',
  'Lee Carver, [02/09/2027 9:25 AM]',
  "That's me! 0413 222 901",
  '',
  'Ivy Brandt, [02/09/2027 9:30 AM]',
  'Plan for Friday:',
  'Load in 3pm',
  'Doors 8pm',
  'Support 8:45–9:15',
  '',
  'Ivy Brandt, [03/09/2027 8:00 AM]',
  "Correction on load in, it's 2pm not 3pm",
].join('\n');

test('Telegram Desktop "Name, [date time]" lines are chat turns dated by their stamp', () => {
  const r = read(pasted(TELEGRAM));
  assert.equal(r.turns.length, 6);
  assert.equal(r.turns[1]!.sender, 'Ivy Brandt');
  assert.equal(r.referenceDate?.toISOString().slice(0, 10), '2027-09-02');
  assert.ok(!r.lines[0]!.text.includes('Sam Ortiz'));
});

test('chat stamps are month first only when one of them cannot be day first', () => {
  const chat = ['Ana Berg, [10/23/2027 9:02 AM]', 'hi', 'Ana Berg, [10/23/2027 9:03 AM]', 'yo', 'Bo Lund, [10/24/2027 9:04 AM]', 'ok'].join('\n');
  assert.equal(read(pasted(chat)).referenceDate?.toISOString().slice(0, 10), '2027-10-23');
});

test('a chat: act @ venue after a sentence, Australian address, introductions, 12-hour plan and a correction', async () => {
  const { extracted } = await understand([pasted(TELEGRAM)]);
  assert.equal(extracted.general.venue, 'The Lantern Hall');
  assert.equal(extracted.general.city, 'Newtown');
  assert.equal(extracted.general.country, 'AU');
  const ivy = extracted.contacts.find((c) => c.name === 'Ivy Brandt');
  assert.deepEqual([ivy?.role, ivy?.company, ivy?.phone], ['FOH', 'Lantern Hall', '+61412345678']);
  const lee = extracted.contacts.find((c) => c.name === 'Lee Carver');
  assert.deepEqual([lee?.role, lee?.phone], ['driver', '+61413222901']);
  const loadIns = extracted.activities.filter((a) => a.kind === 'load_in');
  assert.deepEqual(loadIns.map((a) => a.startTime), ['14:00']);
  const support = extracted.activities.find((a) => a.name === 'Support');
  assert.deepEqual([support?.startTime, support?.endTime], ['20:45', '21:15']);
});

test('a person named before "our ROLE" with "his NZ number" is a contact in that country', async () => {
  const chat = [
    'Sam Ortiz, [02/09/2027 9:02 AM]', 'Show at The Lantern Hall, 41 King St, Newtown NSW 2042 on Friday 3 September 2027',
    'Sam Ortiz, [02/09/2027 9:03 AM]', 'Kit our FOH is coming. Kit is on his NZ number btw: 021 448 9031',
    'Ivy Brandt, [02/09/2027 9:04 AM]', 'ok',
  ].join('\n');
  const { extracted } = await understand([pasted(chat)]);
  const kit = extracted.contacts.find((c) => c.name === 'Kit');
  assert.deepEqual([kit?.role, kit?.phone], ['FOH', '+64214489031']);
});

test('a 12-hour plan reads a bare range after an afternoon time in the same half of the day', () => {
  const items = scheduleItems('Load in 3pm\nSoundcheck 4:30–5:30\nDoors 8pm', ['end']);
  const check = items.find((i) => i.kind === 'soundcheck');
  assert.deepEqual([check?.start, check?.end], ['16:30', '17:30']);
});

test('Australian state and postcode after the city', () => {
  const place = placeOf('12 King St, Newtown NSW 2042');
  assert.deepEqual([place.city, place.country], ['Newtown', 'AU']);
});

test('Polish labels, month names in the genitive and złoty', () => {
  assert.equal(labelKey('Miejsce'), 'venue');
  assert.equal(labelKey('Gaża'), 'fee');
  assert.equal(labelKey('zameldowanie'), 'check_in');
  assert.equal(labelKey('Płatność'), 'payment_terms');
  assert.deepEqual(findDates('Data: sobota, 6 listopada 2027').map((d) => d.value), ['2027-11-06']);
  assert.deepEqual(normaliseMoney('6 500 zł netto'), { amount: 6500, currency: 'PLN' });
});

const POLISH_THREAD = (change: string) => [
  'From: Jan Nowak <jan@example.pl>',
  'To: Ewa Lis <ewa@example.pl>',
  'Subject: Re: koncert',
  'Date: Tue, 2 Nov 2027 10:00:00 +0100',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Cześć,',
  '',
  change,
  '',
  'Hotel Zielony Dom',
  'ul. Długa 5, 31-147 Kraków',
  'zameldowanie: jutro od 15:00',
  'wymeldowanie: w niedzielę do 11:00',
  '',
  'W dniu pon., 1 lis 2027 o 11:08 Jan Nowak <jan@example.pl> napisał(a):',
  '> Data: sobota, 6 listopada 2027',
  '> Miejsce: Klub Piwnica, ul. Floriańska 3, 31-019 Kraków',
  '> Drzwi: 19:00',
  '> Hotel: Hotel Stary Most, ul. Wąska 9, 31-057 Kraków',
].join('\n');

test('a Polish thread: labels, relative stay days and a change of hotel in the newest message', async () => {
  const { extracted } = await understand([await eml(POLISH_THREAD('Zmiana hotelu! Hotel Stary Most odwołał rezerwację.'))]);
  assert.equal(extracted.general.venue, 'Klub Piwnica');
  assert.equal(extracted.general.date, '2027-11-06');
  assert.equal(extracted.general.doorsTime, '19:00');
  assert.deepEqual(extracted.hotels.map((h) => h.name), ['Hotel Zielony Dom']);
  assert.equal(extracted.hotels[0]!.checkInDate, '2027-11-03');
  assert.equal(extracted.hotels[0]!.checkOutDate, '2027-11-07');
});

test('without a word of change, an older message’s hotel stays', async () => {
  const { extracted } = await understand([await eml(POLISH_THREAD('Mamy też drugi hotel dla ekipy.'))]);
  assert.equal(extracted.hotels.length, 2);
});

test('Polish head counts, and a quoted labelled contact whose e-mail wraps onto the next quoted line', () => {
  assert.deepEqual(peopleCounts('kolacja 18:00, 6 osób').map((c) => c.value), [6]);
  const source = pasted('> Kierownik produkcji: Anna Kowal, tel. 601 234 567,\n> anna.kowal@example.pl\n');
  const people = contacts(context([source], { country: { value: 'PL' } }) as never);
  const anna = people.find((c) => c.name?.value === 'Anna Kowal');
  assert.equal(anna?.email?.value, 'anna.kowal@example.pl');
  assert.equal(anna?.role?.value, 'Kierownik produkcji');
});
