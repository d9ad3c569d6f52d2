/**
 * Armenian dates (year first with "թ.", genitive months, case endings on the day), Armenian
 * weekdays, the Armenian comma "՝" ending a label, Armenian item words and the hour word "ժամը" in a
 * bulleted schedule, a contract's clause announcing the day of the rows below, and "պայմանագիր" as a contract.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { findDates, weekdayNumber } from '../../src/understand/normalise/date.js';
import { categorise } from '../../src/understand/sections/documents.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('Armenian dates: year first with case endings, day first in guillemets, a range\'s yearless end', () => {
  assert.deepEqual(findDates('Ելույթը տեղի կունենա 2028 թ. ապրիլի 7-ին (շաբաթ)։').map((d) => d.value), ['2028-04-07']);
  assert.deepEqual(findDates('ք. Գյումրի «3» փետրվարի 2028 թ.').map((d) => d.value), ['2028-02-03']);
  const range = findDates('2028 թ. ապրիլի 6-ից մինչեւ ապրիլի 8-ը', new Date(Date.UTC(2028, 0, 10)));
  assert.deepEqual(range.map((d) => d.value), ['2028-04-06', '2028-04-08']);
  assert.equal(weekdayNumber('շաբաթ'), 6);
});

test('a bulleted Armenian schedule with "ժամը" gives its items, dated by the clause announcing them', async () => {
  const x = await extracted([
    'ք. Գյումրի «3» փետրվարի 2028 թ.', '',
    '2.1. Կողմերը համաձայնեցնում են ելույթի օրվա՝ 2028 թ. ապրիլի 7-ի, հետեւյալ ժամանակացույցը (տեղական ժամանակով).', '',
    '- ժամը 15:00 – սարքավորումների բեռնաթափում', '- ժամը 17:00–17:40 – Կապույտ Լճի սաունդչեկ',
    '- ժամը 20:00 – դռների բացում', '- ժամը 21:00–22:15 – Կապույտ Լճի ելույթ', '- ժամը 23:30 – տրանսֆեր՝ ակումբ → հյուրանոց',
  ].join('\n'));
  const kinds = x.activities.map((a) => `${a.kind} ${a.startTime} ${a.date}`);
  assert.deepEqual(kinds, [
    'load_in 15:00 2028-04-07', 'soundcheck 17:00 2028-04-07', 'doors 20:00 2028-04-07', 'set 21:00 2028-04-07', 'transfer 23:30 2028-04-07',
  ]);
  assert.equal(x.general.date, '2028-04-07');
});

test('an English clause announcing the rows below dates them, not the signing date above', async () => {
  const x = await extracted([
    'Oldtown, 3 February 2028', '',
    '2.1. The parties agree on the following running order for the show day, 7 April 2028 (local time):', '',
    '- 17:00 – soundcheck', '- 21:00 – show',
  ].join('\n'));
  assert.deepEqual(x.activities.map((a) => a.date), ['2028-04-07', '2028-04-07']);
});

test('"՝" ends an Armenian label: "Վայրը՝ …" is the venue', async () => {
  const x = await extracted(['Ելույթ՝ 2028 թ. ապրիլի 7-ին', 'Վայրը՝ «Կապույտ Դուռ» ակումբ'].join('\n'));
  assert.equal(x.general.venue, '«Կապույտ Դուռ» ակումբ');
});

test('an Armenian "ՊԱՅՄԱՆԱԳԻՐ" is a contract', () => {
  const source = extractPastedText('ՊԱՅՄԱՆԱԳԻՐ No 12\n\nհամերգային ծառայությունների մատուցման մասին\n\n1.1. Սույն Պայմանագրով Կատարողը պարտավորվում է ելույթ ունենալ։');
  assert.equal(categorise(source), 'contract');
});
