/**
 * A romanised Gujarati/English day sheet. Clock times carry the part of the day before them
 * ("bapore 3:15", "raatre 10:00 – 11:20"); the schedule is headed "Samay | Karyakram | Jagya / Nondh", its
 * place column holding the place and, after a middle dot, a remark; rides are named by their route; a travel
 * row pointing back to the schedule is no item. In PDFs such a schedule is set as two tables side by side.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { layoutPage, type TextPiece } from '../../src/extract/formats/pdf-layout.js';
import { understand } from '../../src/understand/index.js';
import { findTimes } from '../../src/understand/normalise/time.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;
const times = (text: string) => findTimes(text).map((t) => t.value);

test('a Gujarati part of the day before a clock gives the 24-hour time, at both ends of a range', () => {
  assert.deepEqual(times('savare 10:30'), ['10:30']);
  assert.deepEqual(times('bapore 3:15'), ['15:15']);
  assert.deepEqual(times('saanje 6:40 – 7:20'), ['18:40', '19:20']);
  assert.deepEqual(times('raatre 10:00 – 11:20'), ['22:00', '23:20']);
  assert.deepEqual(times('raatre 12:00'), ['00:00']);
  assert.deepEqual(times('saanje 8 vage'), ['20:00']);
  // A bare clock later on the line stays in the afternoon when that keeps it after the one before.
  assert.deepEqual(times('dep bapore 3:05 · arr 4:50'), ['15:05', '16:50']);
  assert.deepEqual(times('dep savare 8:10 · arr 9:40'), ['08:10', '09:40']);
  // Without its part of the day a bare hour is no clock.
  assert.deepEqual(times('saanje 8 loko'), []);
});

const SHEET = [
  'DIVAS PATRAK / DAY SHEET',
  'Tarikh\tGuruvar, 9 March 2028',
  '',
  'Samay\tKaryakram\tJagya / Nondh',
  'savare 10:30 – 11:00\tTV Nine interview\tStudio B · Pia + Jo',
  'bapore 1:30\tHotel thi hall / Hotel → hall\tMinibus + cases',
  'bapore 3:15 – 4:00\tSoundcheck\tMain Hall',
  'raatre 9:00 – 10:20\tThe Quiet Owls\tMain Hall · 80 min, no encore',
  'raatre 10:45\tCurfew\tCity rule – no sound after',
  '',
  'VAHAN / TRANSPORT',
  'Divas\tVigat\tSamay\tKyathi → Kya',
  'Guruvar 9 Mar\tHall runs – juo Karyakram (page 2)\t1:30 / 11:30\tHotel ↔ Hall',
  'Shukravar 10 Mar\tAirport drop\tsavare 9:15\tHotel → BOM T2',
].join('\n');

test('a Samay | Karyakram | Jagya / Nondh schedule: place and remark, route-named rides, the curfew remark', async () => {
  const { activities, general } = await extracted(SHEET);
  const item = (name: string) => activities.find((a) => a.name === name);
  assert.deepEqual([item('TV Nine interview')?.startTime, item('TV Nine interview')?.endTime], ['10:30', '11:00']);
  assert.deepEqual([item('TV Nine interview')?.location, item('TV Nine interview')?.notes], ['Studio B', 'Pia + Jo']);
  const ride = item('Hotel thi hall / Hotel → hall');
  assert.deepEqual([ride?.kind, ride?.startTime, ride?.location, ride?.destination, ride?.notes], ['transfer', '13:30', 'Hotel', 'hall', 'Minibus + cases']);
  assert.equal(item('Soundcheck')?.startTime, '15:15');
  const set = item('The Quiet Owls');
  assert.deepEqual([set?.startTime, set?.location, set?.notes], ['21:00', 'Main Hall', 'no encore']);
  assert.equal(general.setLengthMinutes, 80);
  assert.deepEqual([item('Curfew')?.startTime, item('Curfew')?.location, item('Curfew')?.notes], ['22:45', null, 'City rule – no sound after']);
});

test('a travel row pointing back to the schedule is no item; a "From → To" column gives the ride its ends', async () => {
  const { activities } = await extracted(SHEET);
  assert.equal(activities.some((a) => a.name.startsWith('Hall runs')), false);
  const drop = activities.find((a) => a.name === 'Airport drop');
  assert.deepEqual([drop?.kind, drop?.startTime, drop?.location, drop?.destination], ['transfer', '09:15', 'Hotel', 'BOM T2']);
});

/** One line of a PDF page: its pieces at the given left edges. */
const line = (y: number, cells: [number, string][]): TextPiece[] =>
  cells.map(([x, text]) => ({ text, x, y, width: text.length * 4, size: 8 }));

test('two schedule tables side by side under a repeated header are read one after the other', () => {
  const pieces = [
    ...line(700, [[40, 'Time'], [100, 'Item'], [300, 'Time'], [360, 'Item']]),
    ...line(686, [[40, '10:00'], [100, 'Radio talk']]),
    ...line(682, [[300, '19:00'], [360, 'Doors']]),
    ...line(677, [[100, 'at the hotel']]),
    ...line(666, [[300, '21:00'], [360, 'Main set']]),
    ...line(658, [[40, '15:00'], [100, 'Soundcheck']]),
  ];
  const { text } = layoutPage(pieces);
  assert.equal(text, ['Time\tItem', '10:00\tRadio talk at the hotel', '15:00\tSoundcheck', '19:00\tDoors', '21:00\tMain set'].join('\n'));
});
