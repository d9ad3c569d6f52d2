/**
 * A tour book of several shows with a pasted note naming one (sections/show-scope.ts).
 * What the chosen show's rows say beyond its schedule: the Overview row's Payment and "Tax / deal
 * notes" cells (deal-columns.ts), the travel sheet's own booking reference and "Pax" names for the
 * flight, its train and ride rows merged with the schedule's (travel/ride-twins.ts), the hospitality
 * row's place and dietary cells (meal-column.ts), and a hotel's breakfast note that is no meal.
 */
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { ExtractedSource } from '../../src/interfaces.js';
import { closeExtractor, extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { workbook } from './helpers.js';

after(closeExtractor);

const PARTY = 'Ada Quill, Ravi Osei, Nell Brandt';

async function tourBook(): Promise<ExtractedSource> {
  return workbook('MothLantern_Tour_Book.xlsx', [
    ['Overview', [
      ['MOTH LANTERN – Autumn run 2028'],
      ['Date', 'City', 'Country', 'Venue', 'Address', 'Deal', 'Payment', 'Tax / deal notes', 'Status'],
      ['2028-10-03', 'Utrecht', 'NL', 'Zaal Kievit', 'Kievitstraat 8, 3511 Utrecht', '€ 2.100 flat', 'Bank transfer, 21 days net', 'Dutch withholding 20% unless exempt', 'CONFIRMED'],
      ['2028-10-05', 'Leuven', 'BE', 'De Kapsalon', 'Naamsestraat 77, 3000 Leuven', '€ 2.700 flat', 'Paid in full 5 working days after the gig, on the agency invoice', 'Withholding 18% (BE), waiver form filed in September', 'CONFIRMED'],
      ['2028-10-06', 'Lille', 'FR', 'La Chaloupe', '3 rue Solférino, 59000 Lille', '€ 2.300 flat', '30% up front, rest in cash after the set', 'TVA on top', 'CONFIRMED'],
    ]],
    ['Schedule', [
      ['Date', 'Time', 'End', 'Item', 'Location', 'Notes'],
      ['2028-10-03', '16:00', '17:00', 'Soundcheck', 'Main room'],
      ['2028-10-05', '07:40', '', 'Checkout – taxi to Schiphol', 'Hotel Grachtzicht', 'Two minivans'],
      ['2028-10-05', '08:00', '', 'Gear van Utrecht → Leuven', 'Hotel Grachtzicht, Utrecht', 'Crew only'],
      ['2028-10-05', '10:10', '', 'KL1721 AMS → BRU', '', 'see Travel'],
      ['2028-10-05', '12:04', '12:29', 'IC 3318 Brussels Airport → Leuven', '', 'see Travel'],
      ['2028-10-05', '16:00', '17:00', 'Soundcheck', 'Great hall'],
      ['2028-10-05', '18:45', '', 'Dinner', 'Green room', 'see Hospitality'],
      ['2028-10-05', '21:00', '22:20', 'Moth Lantern', 'Great hall'],
      ['2028-10-06', '15:00', '', 'Load-in', 'La Chaloupe'],
    ]],
    ['Travel', [
      ['Date', 'Mode', 'Carrier', 'No.', 'From', 'Dep', 'To', 'Arr', 'Class', 'Booking ref', 'Pax', 'Notes'],
      ['2028-10-02', 'Flight', 'KLM', 'KL1002', 'London (LHR)', '09:00', 'Amsterdam (AMS)', '11:15', 'Economy', 'PX4Q7M', PARTY],
      ['2028-10-05', 'Taxi', 'Cabs Utrecht', '', 'Hotel Grachtzicht', '07:40', 'Schiphol Plaza', '', '', '', PARTY],
      ['2028-10-05', 'Van', 'Rolling Crates', '', 'Utrecht', '08:00', 'De Kapsalon, Leuven', '10:45', '', '', 'Tess Moor'],
      ['2028-10-05', 'Flight', 'KLM', 'KL1721', 'Amsterdam (AMS)', '10:10', 'Brussels (BRU)', '11:05', 'Economy', 'ZR8K2D', PARTY, '1 bag pp'],
      ['2028-10-05', 'Train', 'SNCB', 'IC 3318', 'Brussels Airport', '12:04', 'Leuven', '12:29', '2nd', '', PARTY, 'Airport fee included'],
      ['2028-10-06', 'Train', 'SNCB', 'IC 2511', 'Leuven', '10:00', 'Lille Flandres', '11:40', '2nd', '', PARTY],
    ]],
    ['Hotels', [
      ['Night of', 'City', 'Hotel', 'Address', 'Check-in', 'C/I time', 'Check-out', 'C/O time', 'Conf. no.', 'Notes'],
      ['2028-10-03', 'Utrecht', 'Hotel Grachtzicht', 'Oudegracht 200, 3511 Utrecht', '2028-10-03', '15:00', '2028-10-05', '07:00', 'GZ-118', 'Early check-out'],
      ['2028-10-05', 'Leuven', 'Hotel Dijlepark', 'Parkstraat 12, 3000 Leuven', '2028-10-05', '15:00', '2028-10-06', '11:00', 'DP-5521', 'Breakfast incl. 06:30–09:30'],
    ]],
    ['Hospitality', [
      ['Date', 'City', 'Dinner', 'Time', 'Where', 'Pax', 'Dietary', 'Room rider'],
      ['2028-10-03', 'Utrecht', 'Venue catering', '18:00', 'Backstage', '4', '1 vegan'],
      ['2028-10-05', 'Leuven', 'Het Zoete Bord (catering)', '18:45', 'Green room', '4', '1 vegan, 1 nut allergy', 'Standard, plus fruit and 8 towels'],
    ]],
  ]);
}

const NOTE = 'Hi – please set up LEUVEN only for now: Thu 5 Oct at De Kapsalon, plus the travel to Leuven on the day. Lille follows later.';

async function leuven() {
  return (await understand([await tourBook(), extractPastedText(NOTE)])).extracted;
}

test("the chosen show's Overview row gives the deal's payment terms and its tax notes", async () => {
  const { deal } = await leuven();
  assert.equal(deal.fee, 2700);
  assert.equal(deal.paymentTerms, 'Paid in full 5 working days after the gig, on the agency invoice');
  assert.equal(deal.notes, 'Withholding 18% (BE), waiver form filed in September');
});

test("the flight takes its own row's booking reference and the names of its Pax cell", async () => {
  const { flights } = await leuven();
  assert.deepEqual(flights.map((f) => f.flightNumber), ['KL1721']);
  assert.equal(flights[0]!.bookingReference, 'ZR8K2D');
  assert.deepEqual(flights[0]!.passengers.map((p) => p.name), ['Ada Quill', 'Ravi Osei', 'Nell Brandt']);
});

test('the train row is a transfer named as printed, and the schedule rides take their travel rows', async () => {
  const { activities } = await leuven();
  const train = activities.find((a) => a.name === 'IC 3318');
  assert.ok(train, 'the train is a transfer');
  assert.equal(train.kind, 'transfer');
  assert.equal(train.startTime, '12:04');
  assert.equal(train.endTime, '12:29');
  assert.equal(train.location, 'Brussels Airport');
  assert.equal(train.destination, 'Leuven');
  assert.equal(train.notes, 'Airport fee included');
  const cab = activities.find((a) => a.startTime === '07:40');
  assert.equal(cab?.name, 'Checkout – taxi to Schiphol');
  assert.equal(cab?.destination, 'Schiphol Plaza');
  assert.equal(cab?.notes, 'Two minivans');
  const van = activities.filter((a) => a.startTime === '08:00');
  assert.equal(van.length, 1);
  assert.equal(van[0]!.name, 'Gear van Utrecht → Leuven');
  assert.equal(van[0]!.location, 'Hotel Grachtzicht, Utrecht');
  assert.equal(van[0]!.destination, 'De Kapsalon, Leuven');
  assert.equal(van[0]!.endTime, '10:45');
});

test("the dinner is served where its Where cell says, with the Dietary cell as notes; the hotel's breakfast note is no meal", async () => {
  const { food } = await leuven();
  assert.equal(food.length, 1);
  assert.equal(food[0]!.time, '18:45');
  assert.equal(food[0]!.address, 'Green room');
  assert.equal(food[0]!.notes, '1 vegan, 1 nut allergy');
});

test("a curfew's place cell opening on its firmness is a remark, not a place", async () => {
  const sheet = await workbook('Kaia_Running_Order.xlsx', [['Running order', [
    ['Item', 'Time', 'Place'],
    ['Soundcheck', '16:30', 'Main hall'],
    ['Doors', '19:30'],
    ['Kaia Venter', '21:00 – 22:15', 'Main hall'],
    ['Curfew', '23:15', 'Strict – residential permit'],
  ]]]);
  const { activities } = (await understand([sheet])).extracted;
  const curfew = activities.find((a) => a.kind === 'curfew');
  assert.equal(curfew?.location, null);
  assert.equal(curfew?.notes, 'Strict – residential permit');
});
