/**
 * A short
 * Vietnamese weekday ("T4", "CN") before a slashed pair is only one in Vietnamese text and in capitals;
 * a messenger's day divider starts with a weekday; the messenger's own "X added Y" line names a
 * person added, and its fixed words are not matched in any case by a name that is any word.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { findDates } from '../../src/understand/normalise/index.js';
import { mask } from '../../src/understand/text/mask.js';

const ref = new Date(Date.UTC(2027, 0, 10));
const dates = (text: string) => findDates(text, ref).map((d) => d.value);

test('"T4 2/3" on a stage line is no Vietnamese weekday and date; "T7 7/3" in Vietnamese text is', async () => {
  for (const line of ['drum riser T4 2/3 downstage', 'Fader T2 1/2 down', 'Arrive LHR T5 3/12', 'Mix: cn 3/4 split']) {
    assert.deepEqual(dates(line), [], line);
  }
  assert.deepEqual(dates('Lịch diễn: T7 7/3, Nhà Văn Hóa'), ['2027-03-07']);
  assert.deepEqual(dates('Chủ Nhật, 8/3 – tổng duyệt'), ['2027-03-08']);
  assert.deepEqual(dates('Nhà hát Bến Thành: T4 31/2'), [], 'no 31st of February');
  const { general } = (await understand([extractPastedText([
    'Advance - Juniper Halls @ The Copper Room, Hull', '',
    'Stage: 9 x 7 m, drum riser T4 2/3 downstage', 'Load in 13:00', 'Doors 19:00',
  ].join('\n'))])).extracted;
  assert.notEqual(general.date, '2027-03-02');
});

const header = (name: string, time: string) => `${name}  ${time}`;

test('a chat line "Showtime Oct 16" is a message, not a day divider', () => {
  const chat = [
    header('Ines Varga', '8:02 AM'), 'Confirmed for the Gull Room, Derby', 'Showtime Oct 16',
    header('Paul Oduya', '8:10 AM'), 'Great, doors 20:00?',
    header('Ines Varga', '8:11 AM'), 'yes',
    'Lun, Set 13',
    header('Paul Oduya', '9:00 AM'), 'ok',
  ].join('\n');
  const masked = mask(chat, false);
  assert.match(masked.text, /Showtime Oct 16/u);
  assert.doesNotMatch(masked.text, /Lun, Set 13/u, 'a Filipino short weekday still heads a divider');
});

test('"We added an early soundcheck …" and "Rosa added the rider …" are people\'s words; "Rosa added Ben Cole" is the app\'s', () => {
  const chat = [
    header('Ines Varga', '8:02 AM'), 'Gull Room, Derby is confirmed for Friday 15 October 2027',
    header('Paul Oduya', '8:10 AM'), 'We added an early soundcheck at 15:30 for the opener',
    header('Ines Varga', '8:11 AM'), 'Rosa added the rider to the shared folder',
    'Rosa added Ben Cole',
    '[photo]',
    'seen by 4',
  ].join('\n');
  const { text } = mask(chat, false);
  assert.match(text, /We added an early soundcheck at 15:30/u);
  assert.match(text, /Rosa added the rider to the shared folder/u);
  assert.doesNotMatch(text, /Rosa added Ben Cole|\[photo\]|seen by 4/u);
});
