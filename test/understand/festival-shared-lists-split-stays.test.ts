/**
 * A festival pack: the shared rooming list and shuttle schedule give only the import's own act's rows;
 * prefix-only labels ("Artist parking:") name no act; an info sheet deferring its slot times to a later
 * e-mail is outranked by that e-mail; "after the show at 23:00" is no show time. And a booking site's
 * "1 night, 2 rooms:" heading over its room list counts the rooms.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFile, extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const file = (name: string, lines: string[]) => extractFile({ name, bytes: Buffer.from(lines.join('\r\n'), 'utf8') });
const mail = (subject: string, body: string[]) => file('reply.eml', [
  'From: Ilse Vos <relations@kadefest.example.nl>', 'To: Tom Reed <tom@lanternlane.example.com>', `Subject: ${subject}`,
  'Date: Mon, 5 Jul 2027 10:00:00 +0000', 'Content-Type: text/plain; charset=utf-8', '', ...body, '',
]);

const shuttles = () => file('shuttles.csv', [
  'run,date,pickup,from,to,act,driver',
  'R1,10-07-2027,11:00,Central Station,Harbour Hotel,Copper Field,Anouk',
  'R2,10-07-2027,12:15,Central Station,Harbour Hotel,Lantern Lane,Wim',
  'R3,10-07-2027,16:30,Harbour Hotel,Gate B,Moth Choir,Anouk',
  'R4,10-07-2027,18:00,Harbour Hotel,Gate B,Lantern Lane,Wim',
]);

test("a festival's shuttle list gives only the rows of the act the other documents name", async () => {
  const reply = await mail('RE: Lantern Lane @ Kadefest – Saturday', [
    'Hi Tom,', '', 'All set for Lantern Lane on Saturday 10 July.', '', 'Best,', 'Ilse',
  ]);
  const x = (await understand([reply, await shuttles()])).extracted;
  const runs = x.activities.filter((a) => a.kind === 'transfer').map((a) => a.startTime);
  assert.deepEqual(runs, ['12:15', '18:00']);
});

test('with no act named elsewhere the shared list is read whole', async () => {
  const x = (await understand([await shuttles()])).extracted;
  assert.equal(x.activities.filter((a) => a.kind === 'transfer').length, 4);
});

test('a label known only by its first word names no act, and "after the show at" times no show', async () => {
  const x = (await understand([extractPastedText([
    'Artist parking: max. 3 vehicles per band, vans only.',
    'Festival office: +31 20 555 0199',
    '',
    'Act: Lantern Lane',
    'Date: Saturday 10 July 2027',
    'Set: 20:30 - 21:30',
    '',
    'The shuttle takes you back after the show at 23:15.',
  ].join('\n'))])).extracted;
  assert.equal(x.general.artist, 'Lantern Lane');
  assert.notEqual(x.general.eventName, '+31 20 555 0199');
  assert.equal(x.general.setTime, '20:30');
  assert.ok(!x.activities.some((a) => a.kind === 'set' && a.startTime === '23:15'));
});

test("an info sheet that leaves its times to a later e-mail is outranked by the e-mail's set time", async () => {
  const sheet = extractPastedText([
    'Act: Lantern Lane', 'Day: Saturday 10 July 2027', 'Set: 20:00 - 21:00',
    'Your liaison will confirm your times by e-mail before the festival.',
  ].join('\n'));
  const reply = await mail('RE: Lantern Lane – Saturday', ['Hi Tom,', '', '- Your set: 20:40 - 21:40', '', 'Best,', 'Ilse']);
  const x = (await understand([sheet, reply])).extracted;
  assert.equal(x.general.setTime, '20:40');
});

test('a booking page\'s "1 Nacht, 2 Zimmer:" over its room list counts two rooms', async () => {
  const x = (await understand([extractPastedText([
    'Unterkunft 1 von 1',
    'Pension am Deich',
    'Deichstraße 4, 25761 Büsum, Deutschland',
    'Check-in: Fr., 9. April 2027 ab 15:00 Uhr',
    'Check-out: Sa., 10. April 2027 bis 10:00 Uhr',
    'Buchungsnummer: 5512098834',
    '1 Nacht, 2 Zimmer:',
    '• Zweibettzimmer Meerblick – Gäste: Ole Brandt, Finn Sievers',
    '• Einzelzimmer – Gast: Hanne Lüth',
  ].join('\n'))])).extracted;
  assert.equal(x.hotels[0]?.rooms, 2);
});
