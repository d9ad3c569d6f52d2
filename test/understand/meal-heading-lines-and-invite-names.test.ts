/**
 * A meal heading over its line of day, time, dash and the listed restaurant; an invite's fuller event name
 * over the mail's bare one for the same activity; a quoted hotel paragraph read by its own lines.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFile, extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

test('a DINNER heading over "day, time – Name, street, city." names the restaurant listed after the dash', async () => {
  const mail = extractPastedText([
    'Hi Noor,',
    '',
    'Show: Fri 8 Oct 2027 at Sala Verdi, Via Larga 3, Bologna.',
    '',
    'DINNER',
    'Fri 8 Oct, 22:00 - Osteria Quattro Venti, 1F, 14 Via Orefici, Bologna.',
    'Table for 6 under the name Ricci.',
  ].join('\n'));
  const [meal] = (await understand([mail])).extracted.food;
  assert.equal(meal?.name, 'Osteria Quattro Venti');
  assert.equal(meal?.kind, 'restaurant');
  assert.equal(meal?.time, '22:00');
  assert.equal(meal?.date, '2027-10-08');
});

const ics = async (name: string, events: string[][]) => extractFile({
  bytes: Buffer.from(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Invented Promoter//EN',
    ...events.flatMap((e) => ['BEGIN:VEVENT', ...e, 'END:VEVENT']), 'END:VCALENDAR', ''].join('\r\n')),
  name,
});

test("an invite's event worded more fully than the mail's line for the same slot names the activity", async () => {
  const body = extractPastedText([
    'Hi Sam,', '',
    'Saturday, November 6, 2027',
    '- Soundcheck: 4:00 pm',
    '- Doors: 7:00 pm',
    '', 'Cheers, Lou',
  ].join('\n'));
  const invite = await ics('show.ics', [[
    'DTSTART:20271106T160000', 'DTEND:20271106T170000', 'SUMMARY:Paper Kites Club - Soundcheck',
    'LOCATION:The Foundry, 12 Mill St, Leeds',
  ]]);
  const { activities } = (await understand([body, invite])).extracted;
  const check = activities.filter((a) => a.kind === 'soundcheck');
  assert.deepEqual(check.map((a) => [a.name, a.startTime, a.endTime]), [['Paper Kites Club - Soundcheck', '16:00', '17:00']]);
  // A slot only the mail names keeps its name.
  assert.equal(activities.find((a) => a.kind === 'doors')?.name, 'Doors');
});

test("a hotel quoted in a reply is read in its quoted paragraph, not with the reply's travel times above it", async () => {
  const thread = extractPastedText([
    'Hi Ola,',
    '',
    'Pick-up sorted: Fri 12.11. at 12:40, main station -> Hotel Vela Mare',
    '',
    '> We arrive by train around 12:10 on Friday.',
    '> Could you send the hotel details again?',
    '>',
    '>> HOTEL',
    '>> Hotel Vela Mare, Obala 12, 21000 Split',
    '>> 2 nights, 12.-14.11.2027 - 2 rooms',
    '>> Check-in from 15h, check-out by 10h.',
    '>> Breakfast included.',
    '>> Booking no.: VM-55120',
  ].join('\n'));
  const [hotel] = (await understand([thread])).extracted.hotels;
  assert.equal(hotel?.name, 'Hotel Vela Mare');
  assert.equal(hotel?.checkInDate, '2027-11-12');
  assert.equal(hotel?.checkOutDate, '2027-11-14');
  assert.equal(hotel?.checkInTime, '15:00');
  assert.equal(hotel?.checkOutTime, '10:00');
  assert.equal(hotel?.notes, 'Breakfast included');
});
