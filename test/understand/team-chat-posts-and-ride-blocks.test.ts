/**
 * A team channel pasted from its desktop client (schedule lines inside posts, follow-up stamps,
 * reactions, reply summaries), people a channel introduces with "=" or who are "on" a number, a
 * transfer company's numbered trips with bare "From:"/"To:" rows, prices written like times, an
 * e-mail that opens with a greeting, and a meal row pointing to a contract's clause.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { read } from '../../src/understand/text/index.js';
import { findTimes } from '../../src/understand/normalise/index.js';
import { trimmedStayRemark } from '../../src/understand/sections/hotel-remarks.js';
import { roleWords } from '../../src/understand/sections/chat-introductions.js';
import { extractFile } from '../../src/extract/index.js';
import { pasted, scheduleItems } from './helpers.js';

const CHANNEL = [
  '#ext-velvet-moth-lyon',
  '',
  'Tuesday, May 4th',
  '',
  'Clara Benoit  9:02 AM',
  'Hello all, Clara from Salle Rivage here, promoter of the show. Velvet Moth at Salle Rivage, Friday 21 May 2027.',
  '@Tom Aldridge = tour manager, @Lea Marchand = venue stage manager.',
  '👍 2',
  '',
  'Lea Marchand  9:30 AM',
  'Times for the 21st:',
  'Load-in 12:00',
  'Doors 19:30',
  'Velvet Moth 21:00–22:30',
  '🔥 1',
  '3 replies',
  'Last reply 5 days ago',
  '',
  'Tom Aldridge  10:12 AM',
  'Lovely, thanks!',
  '10:14',
  "For the day I'm on +44 7700 900 123, and the promoter's production manager Ruth Hale is on +44 7700 900 456",
  '',
  'Lea Marchand  11:40 AM',
  "On the day I'm on +33 6 12 34 56 78.",
  ':+1: 1',
].join('\n');

test('schedule lines inside a pasted team channel are no sender lines, and the client\'s lines are blanked', () => {
  const r = read(pasted(CHANNEL));
  assert.deepEqual(r.turns.map((t) => t.sender), ['Clara Benoit', 'Lea Marchand', 'Tom Aldridge', 'Tom Aldridge', 'Lea Marchand']);
  const text = r.lines.map((l) => l.text).join('\n');
  assert.match(text, /Doors 19:30/);
  for (const gone of ['5 days ago', '3 replies', '🔥 1', ':+1: 1', '10:14', '#ext-velvet']) assert.ok(!text.includes(gone), gone);
  assert.ok(scheduleItems(CHANNEL, []).some((i) => i.kind === 'doors' && i.start === '19:30'));
});

test('a channel\'s "@Name = role" introduction, "I\'m on +44 …" and "our production manager X is on …" give contacts', async () => {
  const { extracted } = await understand([pasted(CHANNEL)]);
  const byName = new Map(extracted.contacts.map((c) => [c.name, c]));
  assert.deepEqual([byName.get('Tom Aldridge')?.role, byName.get('Tom Aldridge')?.phone], ['tour manager', '+447700900123']);
  assert.deepEqual([byName.get('Lea Marchand')?.role, byName.get('Lea Marchand')?.phone], ['venue stage manager', '+33612345678']);
  assert.deepEqual([byName.get('Ruth Hale')?.role, byName.get('Ruth Hale')?.phone], ['production manager', '+447700900456']);
});

test('a stay remark drops a reaction line under it and a booking code opening it', () => {
  assert.equal(trimmedStayRemark('QX-40213, parking in the yard\n👏 4'), 'parking in the yard');
  assert.equal(trimmedStayRemark('Breakfast from 7, parking extra'), 'Breakfast from 7, parking extra');
});

test('"Producent" is a role word', () => {
  assert.equal(roleWords('Producent'), 'Producent');
});

const TRIPS = [
  'Hej Maja!',
  '',
  'Här kommer kvällen: lördag 13 mars 2027 på Verkstan.',
  'Insläpp: 19.00',
  '',
  'Tur 1',
  'Datum: fredag 12 mars 2027',
  'Upphämtning: kl. 16.20',
  'Från: Centralstationen, spår 3',
  'Till: Hotell Lyktan',
  'Övrigt: skylt med bandnamnet',
  '',
  'Tur 2',
  'Datum: söndag 14 mars 2027',
  'Upphämtning: kl. 09.40',
  'Från: Hotell Lyktan',
  'Till: Centralstationen',
  'Övrigt: –',
].join('\n');

test('numbered trips with bare "Från:"/"Till:" rows are transfers named by their heading, dating no show', async () => {
  const rides = scheduleItems(TRIPS, ['date', 'location', 'destination', 'notes']).filter((i) => i.kind === 'transfer');
  assert.deepEqual(rides.map((i) => [i.name, i.date, i.start, i.location, i.destination]), [
    ['Tur 2', '2027-03-14', '09:40', 'Hotell Lyktan', 'Centralstationen'],
    ['Tur 1', '2027-03-12', '16:20', 'Centralstationen, spår 3', 'Hotell Lyktan'],
  ]);
  assert.equal(rides[1]!.notes, 'skylt med bandnamnet');
  const { extracted } = await understand([pasted(TRIPS)]);
  assert.equal(extracted.general.date, '2027-03-13');
});

test('an e-mail\'s header "From:" and "To:" rows make no ride', () => {
  const items = scheduleItems('From: Ana Berg <ana@example.com>\nTo: <bo@example.com>\nSubject: Doors\n\nDoors 19:00', []);
  assert.ok(!items.some((i) => i.kind === 'transfer'));
});

test('a figure beside a currency is a price, not a clock time', () => {
  assert.deepEqual(findTimes('Tickets EUR 18.00 advance / 21.50 € door'), []);
  assert.deepEqual(findTimes('Doors 19.00').map((t) => t.value), ['19:00']);
  const items = scheduleItems('Support\tMira Stone\nTickets\tEUR 22.00 presale', []);
  assert.ok(!items.some((i) => i.start === '22:00'));
});

test('a greeting e-mail mentioning the contract in its first lines is correspondence', async () => {
  const mail = [
    'From: Agent <agent@example.com>', 'To: TM <tm@example.com>', 'Subject: Lyon 21/05 - confirmed', 'Date: Mon, 3 May 2027 10:00:00 +0000', '',
    'Hi Tom,', '', 'Lyon is confirmed. The contract will follow from the promoter next week.', '', 'Fee: EUR 2,000 flat', 'Deposit: 50% on signature', '', 'Best,', 'Ana',
  ].join('\r\n');
  const source = await extractFile({ bytes: Buffer.from(mail, 'utf8'), name: 'confirmed.eml' });
  const { extracted } = await understand([source]);
  assert.equal(extracted.documents[0]?.category, 'other');
});

test('a schedule row pointing to a contract clause leaves the meal to the clause', async () => {
  const contract = [
    'PERFORMANCE AGREEMENT',
    '',
    'Item\tTime\tRemarks',
    'Load-in\t15:00',
    'Dinner\t18:00\tsee clause 4',
    'Doors\t19:30',
    '',
    '4. Catering',
    '',
    'The Promoter shall provide a hot dinner for 6 (six) persons at 18:00, cooked by Cantina Verde and served in the green room.',
  ].join('\n');
  const { extracted } = await understand([pasted(contract)]);
  assert.ok(!extracted.food.some((f) => f.name === 'Dinner' || f.address === 'see clause 4'));
});

test('the act placed "at" a named place on a day names the venue', async () => {
  const { extracted } = await understand([pasted(CHANNEL)]);
  assert.equal(extracted.general.venue, 'Salle Rivage');
  const hotel = await understand([pasted('Velvet Moth 21:00–22:30\nDoors 19:30\nVelvet Moth at Hotel Azur, Friday 21 May 2027 for the night.')]);
  assert.notEqual(hotel.extracted.general.venue, 'Hotel Azur');
});
