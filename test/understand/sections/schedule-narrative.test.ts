import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFile } from '../../../src/extract/index.js';
import { scheduleOf } from '../../../src/understand/sections/schedule.js';
import { relativeDay, showDateOf } from '../../../src/understand/sections/show-date.js';
import { pasted, scheduleItems } from '../helpers.js';

/** The items of `text`, in order of time (the readings find them in different passes). */
const items = (text: string) => scheduleItems(text, ['end', 'location', 'length']);

test('a bulleted schedule names each item before its time', () => {
  assert.deepEqual(items([
    'Running order for Thursday',
    '- get-in 13:15',
    '- soundcheck 15:00-15:45',
    '- dinner 17:30 at the canteen',
    '- doors 19:00',
    '- Amber Pike (support) 19:30-20:05',
    '- Cobalt Orchard 20:40 (85 min)',
    '- curfew kl 23.00 (strict)',
  ].join('\n')), [
    { name: 'get-in', kind: 'load_in', start: '13:15' },
    { name: 'soundcheck', kind: 'soundcheck', start: '15:00', end: '15:45' },
    { name: 'doors', kind: 'doors', start: '19:00' },
    { name: 'Amber Pike', kind: 'set', start: '19:30', end: '20:05' },
    { name: 'Cobalt Orchard', kind: 'set', start: '20:40', length: 85 },
    { name: 'curfew', kind: 'curfew', start: '23:00' },
  ]);
});

test('Norwegian and Italian item words; a sentence after the time stays prose', () => {
  assert.deepEqual(items('lydprøve 15:30\ndører 19:00\napertura porte 20:00\nArrivée 08:55').map((i) => i.kind), ['soundcheck', 'doors', 'doors']);
  // "see you 18:00" is no act; a line going on in a sentence is left to the prose reading.
  assert.deepEqual(items('See you 18:00\nCURFEW 23:00 BECAUSE OF THE NEIGHBOURS NEXT DOOR.').map((i) => [i.kind, i.start]), [['curfew', '23:00']]);
});

test('a stage running order "for info" that repeats our slot is the other acts\' schedule', () => {
  const got = items([
    'OUR DAY',
    '14:00\tLoad-in',
    '17:10-17:30\tLine check (Dune Stage)',
    '18:00-19:00\tCobalt Orchard (Dune Stage)',
    '',
    'FULL RUNNING ORDER (for info)',
    '15:00-15:40\tAmber Pike',
    '16:20-17:00\tThe Gullwings',
    '18:00-19:00\tCobalt Orchard',
    '20:00-21:30\tNorthbound Choir',
  ].join('\n'));
  assert.deepEqual(got.map((i) => i.name), ['Load-in', 'Line check', 'Cobalt Orchard']);
  assert.equal(got[1]!.location, 'Dune Stage');
});

test('calendar events are activities with their own date, place and description', async () => {
  const ics = [
    'BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DTSTART;TZID=Europe/Paris:20290315T160000', 'DTEND;TZID=Europe/Paris:20290315T170000',
    'SUMMARY:Soundcheck', 'LOCATION:Grande Salle', 'END:VEVENT',
    'BEGIN:VEVENT', 'DTSTART;TZID=Europe/Paris:20290315T210000', 'DTEND;TZID=Europe/Paris:20290315T222000',
    'SUMMARY:Concert Cobalt Orchard', 'DESCRIPTION:Two encores\\, no pyro.', 'END:VEVENT',
    'BEGIN:VEVENT', 'DTSTART:20290315T090000Z', 'SUMMARY:Interview', 'END:VEVENT', 'END:VCALENDAR',
  ].join('\r\n');
  const source = await extractFile({ bytes: Buffer.from(ics), name: 'show.ics' });
  const got = scheduleOf(source).map((i) => [i.name.value, i.kind.value, i.date?.value, i.start.value, i.end?.value, i.location?.value ?? i.notes?.value]);
  // The UTC-stamped interview is read in the zone the calendar's other times name (CET in March).
  assert.deepEqual(got, [
    ['Soundcheck', 'soundcheck', '2029-03-15', '16:00', '17:00', 'Grande Salle'],
    ['Concert Cobalt Orchard', 'set', '2029-03-15', '21:00', '22:20', 'Two encores, no pyro.'],
    ['Interview', 'interview', '2029-03-15', '10:00', undefined, undefined],
  ]);
});

test('weekdays and "tomorrow" resolve against the message date', () => {
  const wednesday = new Date(Date.UTC(2029, 2, 14, 9));
  assert.equal(relativeDay('Friday', wednesday), '2029-03-16');
  assert.equal(relativeDay('lørdag', wednesday), '2029-03-17');
  assert.equal(relativeDay('mercredi', wednesday), '2029-03-21');
  assert.equal(relativeDay('tomorrow', wednesday), '2029-03-15');
  const chat = pasted([
    '14.03.2029, 10:00 - Ana Ruiz: all set for Saturday at the club',
    '14.03.2029, 10:01 - Ben Holt: great, Saturday it is',
    '14.03.2029, 10:02 - Ana Ruiz: and the hotel is booked until Sunday',
  ].join('\n'));
  assert.equal(showDateOf(chat)?.value, '2029-03-17');
});
