/**
 * Readings narrowed where they misread ordinary documents, each with an invented input — an
 * airport's desk before a flight number, a hotel's deposit sentence beside the fee, a schedule row naming
 * an item before a pointer to another page, a price per square metre, a bilingual header's first data row,
 * and a two-language ride name's origin.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { segmentsIn } from '../../src/understand/sections/travel/segments.js';
import { normaliseMoney } from '../../src/understand/normalise/money.js';
import { linesOf } from '../../src/understand/text/lines.js';
import { wideTableLines } from '../../src/understand/text/table-header-rows.js';
import { drawnRouteName } from '../../src/understand/sections/schedule-routes.js';
import { pointsElsewhere } from '../../src/understand/sections/schedule-name-cell.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';
import { sentenceAround } from '../../src/understand/text/index.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;
const flightsOf = (text: string) => segmentsIn(text, null).map((s) => s.flightNumber.value);

test("an airport's check-in, transfer or airline desk before a flight number keeps the flight", () => {
  assert.deepEqual(flightsOf('Check-in desk: LH 2271 MUC-CDG 08:40 - 10:15, 19 Sep 2027'), ['LH2271']);
  assert.deepEqual(flightsOf('Meet at the Finnair desk AY 1331 HEL-ARN 09:20 - 09:25, 3 Oct 2027'), ['AY1331']);
  assert.deepEqual(flightsOf('Mesa de facturación VY 1812 BCN-MAD 07:05 - 08:20, 4 Oct 2027'), ['VY1812']);
});

test("a sound or lighting desk's model is still no flight", () => {
  assert.deepEqual(flightsOf('Lighting: desk Avolites Q40, 12 spots'), []);
  assert.deepEqual(flightsOf('Audio: mesa FOH Allen dLive S5000'), []);
});

test("a hotel's deposit and balance beside the fee are no payment terms of the show", async () => {
  const deal = (await extracted([
    'Hi both,',
    '',
    'Money: guarantee is €9,500 flat.',
    'Stay: Pension Ostwind, 3 rooms held. 30% deposit paid to the hotel, balance on departure.',
    '',
    'Cheers, Marta',
  ].join('\n'))).deal;
  assert.equal(deal?.paymentTerms ?? null, null);
});

test("the show's own deposit sentence still gives the terms, also when due on booking", async () => {
  const deal = (await extracted([
    'Hi both,',
    '',
    'Money: guarantee is €9,500 flat. 40% deposit on booking, balance on the night by transfer.',
    '',
    'Cheers, Marta',
  ].join('\n'))).deal;
  assert.match(deal?.paymentTerms ?? '', /^40% deposit on booking, balance on the night/);
});

test('the sentence around a word ends at its stop or its line', () => {
  const text = 'Rooms are held. The Lindenhof cancelled our rooms!\nNew: Hotel Sand.';
  assert.equal(sentenceAround(text, text.indexOf('Lindenhof')), ' The Lindenhof cancelled our rooms!');
  assert.equal(sentenceAround(text, text.indexOf('Sand')), 'New: Hotel Sand.');
});

test('an item named before a pointer to another page of the sheet stays an item', () => {
  assert.equal(pointsElsewhere('Get-in – see stage plot (page 4)'), false);
  assert.equal(pointsElsewhere('Show-day shuttles – see Schedule (page 2)'), true);
});

test('a schedule row naming its item before a pointer keeps the item, the pointer cut from its name', async () => {
  const { activities } = (await extracted([
    'DAY SHEET — Sat 9 Oct 2027',
    '',
    'Time\tItem\tPlace',
    '13:30\tGet-in – see stage plot (page 4)\tRear yard',
    '17:00\tSoundcheck\tMain hall',
    '20:00\tDoors\tFoyer',
  ].join('\n')));
  const getIn = activities.find((a) => a.kind === 'load_in');
  assert.deepEqual([getIn?.name, getIn?.startTime, getIn?.location], ['Get-in', '13:30', 'Rear yard']);
});

test('a price per square metre after a sign is no million', () => {
  assert.equal(normaliseMoney('Stage hire £22m² per day')?.amount, 22);
  assert.equal(normaliseMoney('€3.5m fee')?.amount, 3_500_000);
});

test("a header in two languages, not wrapped, leaves its first data row a row", () => {
  const text = 'Hora / Time\tLugar / Place\tEmpresa / Company\tCorreo / Email\nGet-in\tYard C\tSoft\tNo\n';
  const lines = linesOf({ text, pages: [] } as never);
  assert.deepEqual([...wideTableLines(lines, (l) => l.text.split('\t'))], [0]);
  const wrapped = 'Hora /\tLugar /\tEmpresa /\tCorreo /\nTime\tPlace\tCompany\tEmail\n';
  assert.deepEqual([...wideTableLines(linesOf({ text: wrapped, pages: [] } as never), (l) => l.text.split('\t'))], [0, 1]);
});

test("a two-language ride name's origin drops the ride's word of its second half", () => {
  const isRide = (t: string) => activityKind(t) === 'transfer';
  const route = drawnRouteName('Traslado aeropuerto / Shuttle airport → hotel', isRide);
  assert.equal(route?.from.value, 'airport');
  assert.equal(route?.to.value, 'hotel');
});
