/**
 * A chat's messages each dated by their own stamp, team-channel posts under a
 * sender line and a stamp line, one-word acts, corrections in chats, named pick-ups, a thread's
 * newest fee, and what trails a labelled address.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { read } from '../../src/understand/text/index.js';
import { wrappedValue } from '../../src/understand/text/wrapped-value.js';
import { extractFile } from '../../src/extract/index.js';
import { pasted, scheduleItems } from './helpers.js';

const eml = (text: string) => extractFile({ bytes: Buffer.from(text, 'utf8'), name: 'thread.eml' });

const PHONE_CHAT = [
  '01/03/2027 10:00 - Lena Fischer: Hallo! Alles klar für Samstag im Kesselhaus mit Nordlicht.',
  '01/03/2027 10:05 - Lena Fischer: Ablauf für Samstag:',
  'Load-in 15h',
  'Soundcheck 17h',
  'Einlass 20h',
  'Nordlicht 21h00 - 22h30',
  '01/03/2027 10:09 - Tom Reyes: Great, thanks!',
  '04/03/2027 09:00 - Lena Fischer: Morgen holt euch unser Fahrer ab. And tomorrow Kai will pick you up at the hotel at 14h00 with the van and drive you to the venue.',
  '04/03/2027 09:02 - Tom Reyes: 👍',
].join('\n');

test('each chat message is dated by its own stamp: "tomorrow" on Thursday is Friday', () => {
  const r = read(pasted(PHONE_CHAT));
  assert.equal(r.turns.length, 5);
  assert.deepEqual(r.messages.map((m) => m.date?.toISOString().slice(0, 10)), ['2027-03-01', '2027-03-01', '2027-03-01', '2027-03-04', '2027-03-04']);
  const ride = scheduleItems(PHONE_CHAT, ['date', 'location', 'destination']).find((i) => i.kind === 'transfer');
  assert.deepEqual(ride, { name: 'Transfer', kind: 'transfer', start: '14:00', date: '2027-03-05', location: 'hotel', destination: 'venue' });
});

test('a one-word act with a time range after the doors is a set', () => {
  const sets = scheduleItems(PHONE_CHAT, ['end']).filter((i) => i.kind === 'set');
  assert.deepEqual(sets, [{ name: 'Nordlicht', kind: 'set', start: '21:00', end: '22:30' }]);
  // A lone word with one time is still no item: it may be any label.
  assert.equal(scheduleItems('Arrival 14:00\nDoors 19:00\nDinner 18:00', []).filter((i) => i.name === 'Arrival').length, 0);
});

test('a support act named with its bracket "(1ère partie)" is a set named after the act', () => {
  const items = scheduleItems('Portes 20h\nLes Renards (1ère partie) 20h30 - 21h10\nCouvre-feu 23h30', ['end', 'support']);
  assert.deepEqual(items.find((i) => i.kind === 'set'), { name: 'Les Renards', kind: 'set', start: '20:30', end: '21:10', support: true });
});

const TEAMS_CHANNEL = [
  'Night Owls Touring > Advancing',
  'Posts   Files   +',
  '',
  'Monday 6 September',
  '',
  'Ana Berg',
  '06/09 10:14',
  'Leeds is confirmed: Sat 11/09/2027 at the Corn Hall.',
  'Doors 19:30',
  'Edited',
  '👍 3   ❤️ 1',
  '',
  'Bo Lund',
  '06/09 10:20',
  'great',
  'Reply',
  '',
  'Ana Berg',
  '08/09 09:02',
  'Tomorrow I send the rider.',
  'Like 2',
  '',
  'Bo Lund',
  '08/09 09:10',
  'thanks',
].join('\n');

test('a team channel: sender and stamp lines become dated turns, the client\'s words are blanked', () => {
  const r = read(pasted(TEAMS_CHANNEL));
  assert.deepEqual(r.turns.map((t) => [t.sender, t.date?.toISOString().slice(0, 10)]), [['Ana Berg', '2027-09-06'], ['Bo Lund', '2027-09-06'], ['Ana Berg', '2027-09-08'], ['Bo Lund', '2027-09-08']]);
  const text = r.lines.map((l) => l.text).join('\n');
  for (const chrome of ['06/09 10:14', 'Edited', '👍 3', 'Reply', 'Like 2', 'Monday 6 September']) assert.ok(!text.includes(chrome), chrome);
  assert.ok(text.includes('Leeds is confirmed'));
});

test('a later chat message moving a time keeps the item\'s earlier name; a restatement at the same time adds nothing', () => {
  const chat = [
    '01/03/2027 10:00 - Lena Fischer: Planning:',
    'Balances 16h30',
    'Portes 20h',
    '01/03/2027 10:01 - Lena Fischer: (= doors 8pm)',
    '01/03/2027 10:05 - Tom Reyes: ok',
    '03/03/2027 09:00 - Lena Fischer: Changement : les balances passent à 17h (au lieu de 16h30).',
  ].join('\n');
  assert.deepEqual(scheduleItems(chat, []), [
    { name: 'Balances', kind: 'soundcheck', start: '17:00' },
    { name: 'Portes', kind: 'doors', start: '20:00' },
  ]);
});

test('a line opening with a time that a verb follows is a sentence about the time, not an item', () => {
  assert.deepEqual(scheduleItems('Doors 19:30\n\n19:30 is right, the website is wrong.', []), [{ name: 'Doors', kind: 'doors', start: '19:30' }]);
});

test('a pick-up names the people it collects', () => {
  const ride = scheduleItems('Our runner will collect Ana + Tom from the station at 12:15 and bring them to the venue, then she is free.', ['location', 'destination'])[0];
  assert.deepEqual(ride, { name: 'Transfer', kind: 'transfer', start: '12:15', location: 'station', destination: 'venue' });
});

/** A reply agreeing EUR 3,000 above the older message it quotes (`quoted`, already marked with ">"). */
const agreedFeeThread = (quoted: string[]) => eml([
  'From: Ana <ana@agency.example>',
  'Subject: Re: Offer',
  'Date: Thu, 9 Sep 2027 14:33:41 +0100',
  '',
  "Great, so we're confirmed at EUR 3,000 guarantee.",
  '',
  'On Wed, Sep 8, 2027 at 11:02 AM Bo <bo@club.example> wrote:',
  ...quoted,
].join('\n'));

test('the newest message\'s agreed fee replaces the fee quoted from an older offer', async () => {
  const source = await agreedFeeThread([
    '> Could you do EUR 3,500 guarantee?',
    '>',
    '> FEE: EUR 2,500 guarantee',
    '> PAYMENT: by bank transfer within 5 days after the',
    '> show',
    '> MERCH: 80/20, venue sells',
  ]);
  const { extracted } = await understand([source]);
  assert.equal(extracted.deal.fee, 3000);
  assert.equal(extracted.deal.paymentTerms, 'by bank transfer within 5 days after the show');
});

test('the newest message\'s fee brings its own currency', async () => {
  const { extracted } = await understand([await agreedFeeThread(['> FEE: GBP 2,500 guarantee'])]);
  assert.deepEqual([extracted.deal.fee, extracted.deal.currency], [3000, 'EUR']);
});

test('a wrapped value stops at a quoted line that opens another label', () => {
  const r = read(pasted('> PAYMENT: by bank transfer after the\n> show\n> MERCH: 80/20, venue sells'));
  const l = r.labelled.find((x) => /payment/i.test(x.label))!;
  assert.equal(wrappedValue(r.lines, l).value, 'by bank transfer after the show');
});

test('a labelled address ends before a remark in brackets or the next sentence', async () => {
  const { extracted } = await understand([pasted([
    'Venue: Salle Nord',
    'Adresse : 12 rue des Lilas, 75011 Paris. Accès camion par la cour (code 1234)',
    'Doors 20:00',
  ].join('\n'))]);
  assert.equal(extracted.general.address, '12 rue des Lilas, 75011 Paris');
  assert.equal(extracted.general.city, 'Paris');
});
