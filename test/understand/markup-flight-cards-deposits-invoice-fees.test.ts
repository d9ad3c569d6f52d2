/**
 * A markup flight's card read at each place its number is
 * printed; and narrowed readings — a hotel's deposit, a Korean headcount, travel times,
 * a meal while travelling, a number before an "h" word, an invoice's amount, a week's notes, a fee plus
 * VAT — each reproduced here first.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFile, extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { normaliseMoney } from '../../src/understand/normalise/index.js';
import { dealTypeOf } from '../../src/understand/sections/deal.js';
import { scheduleItems } from './helpers.js';
import { found } from '../../src/understand/found.js';
import { readerFor } from '../../src/understand/sections/travel/reader.js';
import { withMarkupDetails } from '../../src/understand/sections/travel/markup-details.js';

function markupFlights(text: string, numbers: string[]) {
  const source = extractPastedText(text);
  const flight = (n: string) => ({ flightNumber: found(n, { method: 'pattern' as const, source: source.name, page: null, span: null, validated: true }), passengers: [] });
  return withMarkupDetails(readerFor(source, 'pattern'), numbers.map(flight));
}

test("a markup flight printed in the subject and in its card takes the card's duration and aircraft", () => {
  const [out] = markupFlights('Your trip is confirmed: QK 318 Oslo – Rome\n\nOutbound · Mon 4 Oct 2027\n07:10 Oslo (OSL)\nQK 318\n✈ 1h 55m\nDirect · Airbus A321neo\n09:05 Rome (FCO)\n', ['QK318']);
  assert.equal(out!.durationMinutes?.value, 115);
  assert.equal(out!.aircraft?.value, 'Airbus A321neo');
});

test('cards of one flight that disagree on its duration give none', () => {
  const [out] = markupFlights('QK 318\n✈ 1h 55m\n\n\n\n\n\n\n\n\nSummary\nQK 318\nTotal 2h 40m incl. transfer\n', ['QK318']);
  assert.equal(out!.durationMinutes, undefined);
});

const pasted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test("a hotel's deposit is not the show's", async () => {
  const deal = (await pasted([
    'Hi Jan,', '', 'Show on 12 March 2027 at Kulturhaus Nord, Berlin. Fee: EUR 2,500 flat.',
    'Hotel: Hotel Adler, 3 double rooms, 12-13 March. The hotel asks a 100% deposit at booking, which we cover.', '', 'Thanks, Tess',
  ].join('\n'))).deal;
  assert.equal(deal.fee, 2500);
  assert.equal(deal.depositPercent, null);
});

test('"원" closes an amount but does not open one, and a counter after a number counts people', () => {
  assert.deepEqual(normaliseMoney('18,000,000원'), { amount: 18000000, currency: 'KRW' });
  assert.equal(normaliseMoney('관객 인원 300명 기준'), null);
  assert.equal(normaliseMoney('직원 4명'), null);
});

test("a contract's travel times being approximate does not defer its show times", async () => {
  const contract = await extractFile({ name: 'contract.txt', bytes: Buffer.from([
    'PERFORMANCE AGREEMENT', '', 'between Kulturhaus Nord GmbH (the Promoter) and Marrow Lanterns (the Artist).', '',
    '1. Engagement', 'Date: 12 March 2027', 'Venue: Kulturhaus Nord, Berlin', 'Doors: 20:00', 'Set time: 21:30', '',
    '2. Travel', 'The Artist travels by van. Travel times are approximate.', '',
  ].join('\n')) });
  const offer = extractPastedText('Hi,\n\nold offer for Marrow Lanterns, 12 March 2027, Kulturhaus Nord Berlin:\nDoors: 19:00\nSet time: 20:30\n\nBest, Jan');
  const { general } = (await understand([contract, offer])).extracted;
  assert.deepEqual([general.doorsTime, general.setTime], ['20:00', '21:30']);
});

test('a meal eaten on the road is no booking, but a dinner on a day spent on the road is', async () => {
  assert.deepEqual((await pasted('Hi,\npick-up 10:15 at the hotel, lunch on the road, load-in 14:00 at Kulturhaus Nord on 12 March 2027.\n')).food, []);
  const food = (await pasted('Hi Jan,\n\nShow on 12 March 2027 at Kulturhaus Nord, Berlin. Doors 20:00.\nDinner for 6 at 18:30 in the green room, as we will be on the road from 10:00 that day.\n\nThanks, Tess')).food;
  assert.deepEqual(food.map((f) => [f.name, f.time]), [['Dinner', '18:30']]);
});

test('a digit before a word opening with "h" is no length in hours', () => {
  const set = scheduleItems('19:00\tDoors\n21:30\t4 Hero\theadline\n', []).find((i) => i.start === '21:30');
  assert.equal(set?.lengthMinutes, undefined);
});

test("an invoice's bare \"Amount\" row is no fee", async () => {
  const deal = (await pasted('INVOICE 2027-114\nBackline Berlin GmbH\nRental of drum kit and 2 amps, 12 March 2027\nAmount 380,00 EUR\nDue within 14 days.\n')).deal;
  assert.equal(deal.fee, null);
});

test("notes spanning several days date no weekday heading", () => {
  const text = ['Tour notes – Marrow Lanterns – 10 to 16 March 2027', '', 'Wednesday', '10:00 van call', '20:30 show Hamburg', ''].join('\n');
  assert.ok(scheduleItems(text, []).every((i) => i.date === undefined));
});

test('a fee plus a tax percentage is no percentage deal', () => {
  assert.equal(dealTypeOf('Trygging: 450.000 kr. auk 11% VSK.'), 'guarantee');
  assert.equal(dealTypeOf('Garantie 2.000 EUR plus 19 % MwSt.'), 'guarantee');
  assert.equal(dealTypeOf('Trygging 1.450.000 kr. eða 70% af nettó miðasölu'), 'guarantee_vs_percentage');
});

test('a route written with a day between its city and time names both ends; one named end after the arrow is the destination', async () => {
  const both = (await pasted('Hi,\n\nFlights: KL855 Amsterdam 16 Sep 2027 20:40 -> Seoul Incheon 17 Sep 2027 15:05.\n')).flights;
  assert.deepEqual(both.map((f) => [f.flightNumber, f.fromAirport, f.toAirport, f.departureTime, f.arrivalTime]),
    [['KL855', 'AMS', 'ICN', '2027-09-16T20:40', '2027-09-17T15:05']]);
  const one = (await pasted('Hi,\n\nFlights: KL855 on 16 Sep 2027, 20:40 -> Seoul Incheon 15:05.\n')).flights;
  assert.deepEqual(one.map((f) => [f.fromAirport, f.toAirport]), [[null, 'ICN']]);
});
