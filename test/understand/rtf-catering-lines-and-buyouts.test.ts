/**
 * A venue's catering line read whole — a buyout ruled out ("We don't offer buyouts")
 * is no buyout, the room keeps its floor in brackets, "8 meals" counts the party, and the diets
 * the count includes ("incl. 1 vegan & 2 gluten-free") are the meal's notes. Also read from an
 * RTF file, through the extraction layer.
 */
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeExtractor, extractFile, extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

after(closeExtractor);

const food = async (lines: string[]) => (await understand([extractPastedText(lines.join('\n'))])).extracted.food;

const advance = [
  'ORCHARD YARD – ARTIST ADVANCE',
  'Artist: The Paper Herons',
  'Date: Saturday 6 March 2027',
  '',
  'CATERING',
  'Dinner: Hot dinner by Salt & Fennel, served 18:00 in the Green Room (second floor) – 9 meals, incl. 1 vegan & 2 gluten-free. We don’t offer buyouts.',
  'Dressing rooms: 2, upstairs',
];

test('a catering line that rules buyouts out is catering, with its room\'s floor, meal count and diets', async () => {
  const [meal, ...others] = await food(advance);
  assert.equal(others.length, 0);
  assert.equal(meal?.name, 'Salt & Fennel');
  assert.equal(meal?.kind, 'catering');
  assert.equal(meal?.address, 'Green Room (second floor)');
  assert.equal(meal?.time, '18:00');
  assert.equal(meal?.guestCount, 9);
  assert.equal(meal?.notes, 'incl. 1 vegan & 2 gluten-free');
});

test('"no buyouts" rules a buyout out; a buyout offered is still one; "3 meals a day" counts no party', async () => {
  const [ruledOut] = await food(['CATERING', 'Lunch: served 13:00 in the canteen, no buyouts']);
  assert.equal(ruledOut?.kind, 'catering');
  const [offered] = await food(['CATERING', 'Dinner: buyout of €18 per person, paid on the night']);
  assert.equal(offered?.kind, 'buyout');
  const [rate] = await food(['CATERING', 'Catering: Copper Pot Kitchen, 3 meals a day in the canteen']);
  assert.equal(rate?.guestCount ?? null, null);
});

test('the same advance saved as RTF reads the same', async () => {
  const escape = (line: string) => line.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0)}?`);
  const body = advance.map((line) => `\\pard\\plain {${escape(line)}}\\par`).join('\n');
  const bytes = Buffer.from(`{\\rtf1\\ansi\\ansicpg1252\\uc1 {\\fonttbl{\\f0 Calibri;}}\n${body}}`, 'latin1');
  const source = await extractFile({ bytes, name: 'advance.rtf' });
  assert.equal(source.format, 'rtf');
  const [meal] = (await understand([source])).extracted.food;
  assert.equal(meal?.name, 'Salt & Fennel');
  assert.equal(meal?.guestCount, 9);
  assert.equal(meal?.address, 'Green Room (second floor)');
});
