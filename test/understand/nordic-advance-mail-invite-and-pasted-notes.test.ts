import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extractFile } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { context, pasted, scheduleItems } from './helpers.js';

const values = <T extends object>(draft: T) =>
  Object.fromEntries(Object.entries(draft).map(([k, v]) => [k, (v as { value: unknown }).value]));

const advanceMail = (subject: string, body: string[]) => extractFile({
  name: 'advance.eml',
  bytes: Buffer.from(['From: Stina Dahl <stina@kajhallen.example.se>', 'To: tm@vinterljus.example.se', `Subject: ${subject}`,
    'Date: Mon, 8 Nov 2027 10:00:00 +0100', 'Content-Type: text/plain; charset=utf-8', '', ...body, ''].join('\r\n'), 'utf8'),
});

test('a subject "Advance <act> – <venue> <day>" names the act; a city there first names none', async () => {
  const mail = await advanceMail('Re: Advance Vinterljus – Kajhallen lör 20/11', ['Hej!', '', 'Insläpp: 19.30', 'Speltid Vinterljus: 21.15–22.30']);
  const { extracted: x } = await understand([mail]);
  assert.equal(x.general.artist, 'Vinterljus');
  const city = await advanceMail('Advance Göteborg – Vinterljus 20/11', ['Hej!', '', 'Insläpp: 19.30']);
  assert.notEqual((await understand([city])).extracted.general.artist, 'Göteborg');
});

test('a set labelled by its set word and the act ("Speltid <act>") is named by the act', async () => {
  const mail = await advanceMail('Re: Advance Vinterljus – Kajhallen lör 20/11', ['Hej!', '', 'Insläpp: 19.30', 'Speltid Vinterljus: 21.15–22.30']);
  const { extracted: x } = await understand([mail]);
  const set = x.activities.find((a) => a.kind === 'set');
  assert.equal(set?.name, 'Vinterljus');
  assert.equal(set?.startTime, '21:15');
});

test('a show invite whose location opens with the venue its summary names gives the venue and its address', () => {
  const ics: ExtractedSource = {
    ...pasted([
      'Start: 20271120T201500Z',
      'End: 20271120T213000Z',
      'Summary: Vinterljus – Kajhallen',
      'Location: Kajhallen, Hamngatan 7, 652 24 Karlstad',
    ].join('\n')),
    format: 'ics',
  };
  const g = values(general(context([ics]))[0]!);
  assert.equal(g['venue'], 'Kajhallen');
  assert.equal(g['address'], 'Hamngatan 7, 652 24 Karlstad');
  assert.equal(g['city'], 'Karlstad');
  // A UTC start gives no local time.
  assert.equal(g['setTime'], undefined);
  // An address alone, or a place the summary does not name, is no venue.
  const flight: ExtractedSource = { ...pasted(['Summary: Flight to Oslo', 'Start: 20271120T061500Z', 'Location: Terminal 5, Arlanda'].join('\n')), format: 'ics' };
  assert.equal(values(general(context([flight]))[0] ?? {})['venue'], undefined);
});

test('Swedish places after a labelled time: "vid <place>", "i <place in definite form>", a remark in brackets left out', () => {
  const rows = scheduleItems([
    'SCHEMA',
    'Get in: 13.00 vid bakdörren, infart från Hamngatan',
    'Intervju P4 Värmland: 17.30 i omklädningsrummet (Per ringer innan)',
    'Ljudprov: 16.00 i morgon',
  ].join('\n'), ['location']);
  assert.equal(rows.find((r) => r['kind'] === 'load_in')?.['location'], 'bakdörren, infart från Hamngatan');
  assert.equal(rows.find((r) => r['kind'] === 'interview')?.['location'], 'omklädningsrummet');
  assert.equal(rows.find((r) => r['kind'] === 'soundcheck')?.['location'], undefined);
});

test('a quoted Swedish question about a time ("Stämmer det att ljudprov är 16.00?") is no item', () => {
  const rows = scheduleItems('Hej!\n\nStämmer det att ljudprov är 15.00? Och middagen?\n\nLjudprov: 15.30–16.15', []);
  assert.deepEqual(rows.map((r) => r['start']), ['15:30']);
});

test('a pasted note\'s year-less day takes the show\'s year, as its weekday says, not the import day\'s', async () => {
  const sheet = pasted(['DAY SHEET', 'Venue: Harbour Rooms, 3 Dock Street, Leith', 'Date: 12 November 2027', 'Doors: 19:00', 'Set: 21:00'].join('\n'));
  const note = { ...pasted(['LEITH – Fri 12/11 – notes', '', '- 17:45 press interview with Forth Radio in the green room'].join('\n')), name: 'note' };
  const { extracted: x } = await understand([sheet, note]);
  const interview = x.activities.find((a) => a.kind === 'interview');
  assert.equal(interview?.date, '2027-11-12');
});

test('"Hotellet:" (the hotel) over its number and e-mail gives the hotel\'s phone', async () => {
  const mail = await advanceMail('Re: Advance Vinterljus – Kajhallen lör 20/11', [
    'Venue: Kajhallen, Hamngatan 7, 652 24 Karlstad', 'Speltid Vinterljus: 21.15–22.30', '',
    'HOTELL', 'Hotell Fyren, Kungsgatan 3, 652 24 Karlstad', '2 dubbelrum, lördag 20 november – söndag 21 november',
    'Bokningsnummer: FY-5521', 'Hotellet: 054-18 22 90, info@fyren.example.se',
  ]);
  const { extracted: x } = await understand([mail]);
  assert.equal(x.hotels[0]?.phone, '+4654182290');
  assert.equal(x.hotels[0]?.email, 'info@fyren.example.se');
});
