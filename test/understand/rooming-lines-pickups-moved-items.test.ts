/**
 * Narrowed readings, each reproduced here first: a contact's
 * company that is really a page footer, a sum, a phone label or a town's postcode line; rooming lines
 * after a column gap and inside an itinerary's hotel line; and narrowed readings — a
 * moved item is no moved show, a state code no country, a schedule no coach ticket, accented names in a
 * passenger count, figures inside a company's name, first names as labels, an English "drop-off", a
 * sentence after a reference.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { isCompanyName } from '../../src/understand/sections/contact-company-sense.js';

test("a page footer, a sum, a phone label or a town's postcode line is no contact's company", () => {
  for (const text of ['Page 2', 'Seite 3 von 4', 'Sayfa 1', 'Guarantee of EUR 2', 'Fee € 450', "Driver's mobile", 'Mobil *', 'Leeds LS1 4DL']) {
    assert.equal(isCompanyName(text), false, text);
  }
  for (const text of ['Kesselhaus GmbH', 'Studio 54 Events Ltd', 'T-Mobile Arena', 'Page Six Productions', 'North Sound AB', '3FM Live', 'Tele2 Arena']) {
    assert.equal(isCompanyName(text), true, text);
  }
});

const stay = async (text: string) => (await understand([extractPastedText(text)])).extracted.hotels;

test("a day sheet's rooming lines give the stay's guests: \"Rm 2  Ann Lee / Bo Ek\" after a column gap", async () => {
  const [hotel] = await stay([
    'HOTEL', 'The Larchmont Inn', '22 Elm Row, Albany, NY 12207',
    'Check In:  Tue Mar 9 2027 3:00p', 'Check Out: Wed Mar 10 2027 11:00a', 'Rooms: 2',
    '  Rm 1  Tomas Reyes', '  Rm 2  Ivy Chen / Omar Haddad', '',
  ].join('\n'));
  assert.deepEqual(hotel?.guests, ['Tomas Reyes', 'Ivy Chen', 'Omar Haddad']);
});

test('an itinerary\'s hotel line counting its rooms names who sleeps where: "3 rooms: twin A / B · single C"', async () => {
  const [hotel] = await stay([
    'Hotel Nordlys, Storgata 8, 0155 Oslo · conf. no. NL-55120 · 2 rooms: twin Petra Lind / Jon Aas · single Una Berg · check-in Tue 9 Mar 2027, check-out Wed 10 Mar 2027',
  ].join('\n'));
  assert.deepEqual(hotel?.guests, ['Petra Lind', 'Jon Aas', 'Una Berg']);
});

const rides = async (text: string) => (await understand([extractPastedText(text)])).extracted.activities.filter((a) => a.kind === 'transfer');

test('a meeting or a wait is a pick-up when the driver then drives them on; a vehicle leaving a place for another is a ride', async () => {
  const out = await rides([
    'Show is Friday 5 March 2027 at Fabrikken, Aarhus.', '',
    'Jonas, our runner, will be at the airport with the van, so instead of two runs he will collect all of you together: meet him at 10:20 at the arrivals hall, exit B, and he will drive you straight to Hotel Kanalen.', '',
    'Our runner will wait at the stage door at 23:45 and take you to the night train.', '',
    'Saturday: the bus leaves the hotel at 09:30 for Aalborg.', '',
    'Meet me at 15:00 at the box office to sort the guest list.', '',
  ].join('\n'));
  assert.deepEqual(out.map((a) => [a.startTime, a.location, a.destination]), [
    ['10:20', 'arrivals hall, exit B', 'Hotel Kanalen'],
    ['23:45', 'stage door', 'night train'],
    ['09:30', 'hotel', 'Aalborg'],
  ]);
});

const read = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('a reply moving one item ("soundcheck moved to 17:30") keeps the quoted run of show; only a moved show drops it', async () => {
  const x = await read([
    'Hi Tom,', '', 'Small change: soundcheck moved to 17:30, doors 19:30 instead.', '', 'Best,', 'Anna', '',
    'On Mon, 2 Mar 2026 at 10:12, Tom Berg <tom@example.com> wrote:',
    '> Hi Anna, here is the day for Saturday 14 March 2026 at Paradiso:', '> Load in: 15:00', '> Soundcheck: 17:00',
    '> Doors: 19:00', '> Set time: 21:00', '> Curfew: 23:00', '> Thanks, Tom',
  ].join('\n'));
  assert.equal(x.general.curfewTime, '23:00');
  assert.ok(x.activities.some((a) => a.kind === 'load_in' && a.startTime === '15:00'));
});

test('"City: Los Angeles, CA" keeps the state with the city and names no country', async () => {
  const x = await read('Artist: The Paper Lanterns\nVenue: The Echo Room\nCity: Los Angeles, CA\nDate: 14 March 2026\n');
  assert.notEqual(x.general.country, 'CA');
});

test('a schedule under a tram line to the venue is no coach ticket', async () => {
  const x = await read('Day sheet - Saturday 14 March 2026\nParking at gate B, public transport: tram Line 4 to the venue\n14:00\tLoad in\n16:00\tSoundcheck\n19:00\tDoors\n');
  assert.ok(!x.activities.some((a) => a.kind === 'transfer'));
  assert.ok(x.activities.some((a) => a.kind === 'soundcheck' && a.startTime === '16:00'));
});

test('counted passengers split on "and"/"et" as words, not inside an accented name', async () => {
  const x = await read('Flight AF1234 Paris CDG - Amsterdam AMS\n14 March 2026, dep 10:05 arr 11:25\nBooking ref: X7K9PQ\n2 pax: Renée Dubois, Marc Petit\n');
  assert.deepEqual(x.flights[0]?.passengers.map((p) => p.name), ['Renée Dubois', 'Marc Petit']);
});

test('a company with a currency-like word and a figure in its name is a company; a sum ending the value is not', () => {
  assert.equal(isCompanyName('TOP 40 Events'), true);
  assert.equal(isCompanyName('ALL 4 Music'), true);
  assert.equal(isCompanyName('Fee of EUR 1.500,00'), false);
});

test('common first names are no labels: "Linn:" and "Markus:" in a contacts list give no city or note', async () => {
  const x = await read('The Paper Lanterns - Debaser Strand, Stockholm\nFriday 13 March 2026\n\nLoad in: 15:00\nDoors: 19:00\n\nContacts on the day\nMarkus: +46 70 123 45 67\nLinn: +46 70 765 43 21');
  assert.ok(!x.general.city?.includes('+46'));
});

test('"Merch drop-off" in an English schedule is no ride', async () => {
  const x = await read('Paradiso Amsterdam - Saturday 14 March 2026\n\n15:00 Load in\n16:30 Merch drop-off at the box office\n17:00 Soundcheck\n');
  assert.equal(x.activities.find((a) => a.startTime === '16:30')?.kind, 'other');
});

test('a confirmation number followed by a sentence about cancelled rooms stays the booking reference', async () => {
  const x = await read('Dear Ms Berg,\n\nThank you for booking with Hotel Nesplein, Nes 49, 1012 KD Amsterdam. We are pleased to confirm 2 double rooms from 14 March 2026 to 15 March 2026. Your confirmation number is HV48213. Cancelled rooms are charged in full after 12 March.\n\nKind regards,\nFront Office\n');
  assert.equal(x.hotels[0]?.bookingReference, 'HV48213');
});
