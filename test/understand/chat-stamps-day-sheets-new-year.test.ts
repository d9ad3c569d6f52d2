/**
 * The chat readers' stamps: a day sheet's "label over a dated line" is no team channel, year-less
 * stamps roll over into the next year, a weekday with a time is no day divider, and the shared
 * stamp helpers.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { read } from '../../src/understand/text/index.js';
import { blankSpans, DAY_DIVIDER, stampDays } from '../../src/understand/text/chat-stamps.js';
import { datedChatMessages } from '../../src/understand/text/chat-messages.js';
import { pasted } from './helpers.js';

const textOf = (r: ReturnType<typeof read>) => r.lines.map((l) => l.text).join('\n');
const days = (r: ReturnType<typeof read>) => r.turns.map((t) => t.date?.toISOString().slice(0, 10));

test('a day sheet of headings over dated lines is no team channel: its dates stay', () => {
  const sheet = [
    'Day sheet Kesselhaus 12/10/2027',
    '',
    'Travel',
    '12.10 09:00',
    'Bus from the hotel',
    'Soundcheck',
    '12.10 16:00',
    'Line check first',
    'Travel',
    '13.10 10:00',
    'Bus to Bremen',
    'Soundcheck',
    '13.10 15:30',
    'Full band',
  ].join('\n');
  const r = read(pasted(sheet));
  assert.equal(r.turns.length, 0);
  assert.ok(textOf(r).includes('12.10 09:00'));
  // Names that are no labels, each twice, but no client's line among them: still no channel.
  const plan = sheet.replace(/Travel/g, 'Nordlicht').replace(/Soundcheck/g, 'Kai Berg');
  assert.equal(read(pasted(plan)).turns.length, 0);
});

const CHANNEL_OVER_NEW_YEAR = [
  'NYE show on 31/12/2027 in the Kesselhaus.',
  '',
  'Ana Berg',
  '30/12 10:14',
  'Rider sent.',
  'Reply',
  '',
  'Bo Lund',
  '30/12 11:02',
  'thanks',
  '',
  'Ana Berg',
  '02/01 09:00',
  'Invoice follows.',
  '',
  'Bo Lund',
  '02/01 09:30',
  'ok',
].join('\n');

test('year-less channel stamps turn into the next year once their month goes back', () => {
  const r = read(pasted(CHANNEL_OVER_NEW_YEAR));
  assert.deepEqual(days(r), ['2027-12-30', '2027-12-30', '2028-01-02', '2028-01-02']);
});

test('year-less phone-chat day stamps turn into the next year too', () => {
  const chat = [
    'Fri 30 Dec 14:05',
    'Ruben: Show is Friday 31-12-2027, doors 20:00',
    'Mia: great',
    'Mon 2 Jan 09:12',
    'Ruben: invoice sent',
    'Mia: thanks',
  ].join('\n');
  const r = read(pasted(chat));
  assert.deepEqual(days(r), ['2027-12-30', '2027-12-30', '2028-01-02', '2028-01-02']);
});

test('stamps that write their own year keep it; year-less ones follow the written year', () => {
  const d = (iso: string) => new Date(`${iso}T12:00:00Z`);
  const stamps = [{ own: '2026-11-30' }, { month: 12, day: 30 }, { month: 1, day: 2 }];
  const dayIn = (s: typeof stamps[number], year: number | undefined) =>
    ('own' in s ? d(s.own!) : year ? new Date(Date.UTC(year, s.month! - 1, s.day!, 12)) : null);
  assert.deepEqual(stampDays(stamps, 2027, dayIn).map((x) => x?.toISOString().slice(0, 10)), ['2026-11-30', '2027-12-30', '2028-01-02']);
  assert.deepEqual(stampDays(stamps.slice(1), undefined, dayIn), [null, null]);
});

test('a weekday with a time is no day divider; a weekday with a day and month is', () => {
  const match = (line: string) => new RegExp(DAY_DIVIDER.source, 'imu').test(line);
  assert.equal(match('Friday 3 pm'), false);
  assert.equal(match('Friday at 3'), false);
  assert.equal(match('Monday 4 October'), true);
  assert.equal(match('Thursday, October 21st'), true);
  const chat = ['Maya Lindqvist  9:14 AM', 'Load-in is', 'Friday 3 pm', 'Tom Reyes  9:20 AM', 'ok', 'Maya Lindqvist  9:30 AM', 'thanks'].join('\n');
  assert.ok(textOf(read(pasted(chat))).includes('Friday 3 pm'));
});

test('spans are blanked at once, overlapping ones too, offsets kept', () => {
  assert.equal(blankSpans('abcdefghij', [[6, 2], [1, 3], [2, 3]]), 'a    f  ij');
  assert.equal(blankSpans('abc', []), 'abc');
});

test('each dated turn opens its message at the line its sender is on', () => {
  const r = read(pasted(CHANNEL_OVER_NEW_YEAR));
  const messages = datedChatMessages(r.lines, r.turns)!;
  assert.equal(messages.length, 4);
  assert.ok(messages[2]!.lines.some((l) => l.text.includes('Invoice follows.')));
  assert.ok(!messages[1]!.lines.some((l) => l.text.includes('Invoice follows.')));
});
