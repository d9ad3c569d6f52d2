/**
 * A Myanmar promoter's advance in English mixed with Burmese. Dates and clocks are written in
 * Burmese digits, the clock as a part of the day before the hour ("ညနေ ၆ နာရီခွဲ"), the date year first
 * ("၂၀၂၈ ခုနှစ်၊ မတ်လ ၁၄ ရက်"); the fee in kyat lakhs; the show block sits under a two-script heading between
 * rule marks, its address written in Burmese and again in Latin letters in brackets. Also: an airline locator
 * written "XX / ABC123", and a ticket's seat list run onto its segment's line.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { latinDigits } from '../../src/understand/text/native-digits.js';
import { normaliseMoney } from '../../src/understand/normalise/money.js';
import { airlineLocators } from '../../src/understand/sections/travel/phrases.js';
import { segmentSeats } from '../../src/understand/sections/travel/passengers.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;
const squeezed = (text: string) => text.replace(/[ \u200B]+/g, ' ').trim();

test('a Burmese part of the day before the hour gives the 24-hour time, a range taking one word for both ends', () => {
  assert.equal(squeezed(latinDigits('မနက် ၉ နာရီ')), '09:00');
  assert.equal(squeezed(latinDigits('နေ့လည် ၁၂ နာရီ ၁၀ မိနစ်')), '12:10');
  assert.equal(squeezed(latinDigits('နေ့လည် ၂ နာရီခွဲ')), '14:30');
  assert.equal(squeezed(latinDigits('ညနေ ၆ နာရီ ၂၀ မိနစ် – ၇ နာရီခွဲ')), '18:20 - 19:30');
  assert.equal(squeezed(latinDigits('ည ၁၁ နာရီ')), '23:00');
  // An hour without a part of the day is no clock of the schedule.
  assert.equal(squeezed(latinDigits('lands ၃ နာရီ ၁၀ မိနစ်')), 'lands 3 နာရီ 10 မိနစ်');
  const text = 'ည ၉ နာရီခွဲ\tencore';
  assert.equal(latinDigits(text).length, text.length);
});

test('a Burmese Gregorian date reads in English, year first or day first', () => {
  assert.equal(squeezed(latinDigits('၂၀၂၈ ခုနှစ်၊ မတ်လ ၁၄ ရက်၊ အင်္ဂါနေ့')), 'Tue 14 Mar 2028');
  assert.equal(squeezed(latinDigits('Re: tour – ၁၄ မတ်')), 'Re: tour – 14 Mar');
});

test('kyat written in Burmese, with its lakh before or after the amount', () => {
  assert.deepEqual(normaliseMoney('ကျပ်သိန်း 120'), { amount: 12_000_000, currency: 'MMK' });
  assert.deepEqual(normaliseMoney('80 သိန်း ကျပ်'), { amount: 8_000_000, currency: 'MMK' });
  assert.deepEqual(normaliseMoney('ကျပ် 250,000'), { amount: 250_000, currency: 'MMK' });
});

test('an airline locator spaced around its slash is read on a reference line', () => {
  const found = airlineLocators('Airline booking reference (PNR):\tQR / ZX82LM\n');
  assert.equal(found.get('QR')?.value, 'ZX82LM');
});

test("a ticket's seat list run onto its segment's line gives each passenger's seat", () => {
  const block = 'Arrive Duration 02H10 Equipment BOEING 737 Seats: OKAFOR/ADA MS 7C DIALLO/SEKOU MR 7D\tLAGOS (LOS)';
  const seats = segmentSeats(block, 0, ['Ada Okafor', 'Sekou Diallo']);
  assert.deepEqual(seats.map((s) => s?.value), ['7C', '7D']);
});

test('a two-script show block gives the event, venue and address from its Latin lines', async () => {
  const data = await extractedShow();
  assert.equal(data.general.eventName, 'Mandalay Night Sessions');
  assert.equal(data.general.venue, 'Golden Hall');
  assert.equal(data.general.address, 'No. 48, 26th Street, Chanayethazan Township, Mandalay');
  assert.equal(data.general.city, 'Mandalay');
  assert.equal(data.general.date, '2028-03-14');
  assert.equal(data.general.doorsTime, '18:30');
  assert.equal(data.general.curfewTime, '22:00');
  assert.equal(data.deal.fee, 12_000_000);
  assert.equal(data.deal.currency, 'MMK');
});

async function extractedShow() {
  return extracted([
    'Hello Sam,',
    '',
    'Here is the plan for Tuesday.',
    '',
    '──── ပွဲ / THE SHOW ────',
    'Paper Kites Collective — "Mandalay Night Sessions"',
    '၂၀၂၈ ခုနှစ်၊ မတ်လ ၁၄ ရက်၊ အင်္ဂါနေ့ (Tuesday 14 March 2028)',
    'Golden Hall',
    'အမှတ် ၄၈၊ ၂၆ လမ်း၊ ချမ်းအေးသာစံမြို့နယ်၊ မန္တလေး',
    '(No. 48, 26th Street, Chanayethazan Township, Mandalay)',
    '',
    '== SCHEDULE ==',
    '  ညနေ ၄ နာရီ\t—\tPaper Kites Collective soundcheck',
    '  ညနေ ၆ နာရီခွဲ\t—\tDoors',
    '  ည ၈ နာရီ – ၉ နာရီ ၁၅ မိနစ်\t—\tPaper Kites Collective',
    '  ည ၁၀ နာရီ\t—\tCurfew',
    '',
    'Fee: ကျပ်သိန်း ၁၂၀, flat, net.',
    '',
    'Thanks,',
    'Min Thu',
  ].join('\n'));
}
