/**
 * A phone chat exported with dashed day-first stamps and seconds ("[dd-mm-yyyy hh:mm:ss] Name: "):
 * every message is a turn dated by its stamp; a Dutch provisional plan gives way to later times; a
 * message offering another day is no plan of the show; no message line titles the act; a Dutch
 * "nacht van X op Y" is the stay's night.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { read } from '../../src/understand/text/read.js';
import { understand } from '../../src/understand/index.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { pasted } from './helpers.js';
import { run, show, values } from './sections/travel-fixtures.js';

const CHAT = [
  '[02-02-2028 10:01:07] Ivo de Graaf: Hallo Petra! Ivo hier, van De Lichtfabriek 👋',
  '[02-02-2028 10:03:40] Ivo de Graaf: Glasvogels speelt zaterdag 11 maart in De Lichtfabriek, Veerweg 3, Utrecht.',
  '[02-02-2028 10:20:15] Petra Lund: Sounds good — we drive in from Köln that morning',
  '[02-02-2028 10:25:51] Ivo de Graaf: Voorlopig schema:',
  'soundcheck 16:00',
  'deuren 20:00',
  'Glasvogels 21:00',
  '[20-02-2028 14:10:02] Ivo de Graaf: Schema definitief:',
  'Soundcheck 16:00',
  'Deuren 19:30',
  'Glasvogels 21:00 - 22:15',
  '[21-02-2028 09:00:44] Ivo de Graaf: Trouwens, op vrijdag 7 april hebben we nog een plek, deuren 19:00, slot rond 21:30. Interesse?',
  '[21-02-2028 09:30:12] Petra Lund: Maybe, will ask the agent',
].join('\n');

test('dashed day-first stamps with seconds are chat turns, each dated by its own stamp', () => {
  const r = read(pasted(CHAT));
  assert.equal(r.turns.length, 7);
  assert.equal(r.turns[0]!.sender, 'Ivo de Graaf');
  assert.equal(r.turns[4]!.date?.toISOString().slice(0, 10), '2028-02-20');
  assert.ok(!r.lines.some((l) => l.text.includes('[02-02-2028')));
});

test('no message line of a chat titles the act', () => {
  const [draft] = run(general, pasted(CHAT));
  assert.notEqual(draft?.artist?.value, 'Sounds good');
});

test('a Dutch provisional plan gives way to the later times, and another day\'s offer is not the show\'s', async () => {
  const { extracted } = await understand([pasted(CHAT)]);
  assert.equal(extracted.general.date, '2028-03-11');
  assert.equal(extracted.general.doorsTime, '19:30');
  assert.equal(extracted.general.setTime, '21:00');
  const doors = extracted.activities.filter((a) => a.kind === 'doors').map((a) => a.startTime);
  assert.deepEqual(doors, ['19:30']);
  assert.ok(!extracted.activities.some((a) => a.startTime === '21:30'));
});

test('"nacht van 11 op 12 maart" is the stay from the first day to the second', () => {
  const note = 'Hotel is geboekt: Hotel Kanaalzicht, Oudegracht 80, 3511 AX Utrecht, 2 kamers, nacht van 11 op 12 maart';
  const [stay] = run(hotels, pasted(note), show('2028-03-11', 'Utrecht', 'NL')).map(values);
  assert.equal(stay?.checkInDate, '2028-03-11');
  assert.equal(stay?.checkOutDate, '2028-03-12');
});
