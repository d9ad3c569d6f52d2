/**
 * Mends made beside the nineteenth round, each reproduced here first: a contact's company that is
 * really a page footer, a sum, a phone label or a town's postcode line; rooming lines after a column
 * gap and inside an itinerary's hotel line.
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
