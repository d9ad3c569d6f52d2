/**
 * A travel agency's invoice whose line items are the bookings (flights with a "Passengers:" list run
 * on after the airline's reference, a hotel line with its French address, "conf. no.", a remark
 * after a middle dot and a "Rooming:" list), a mobile boarding pass printed around its bar code, a
 * rail ticket's reservation row under its train, and the smaller rules they needed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extract as activities } from '../../src/understand/sections/activities.js';
import { extract as deal } from '../../src/understand/sections/deal.js';
import { categorise } from '../../src/understand/sections/documents.js';
import { extract as flights } from '../../src/understand/sections/flights.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { groupParty } from '../../src/understand/sections/general-act.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { coachItem } from '../../src/understand/sections/travel/rail.js';
import { findLabelled, linesOf } from '../../src/understand/text/index.js';
import { runningLines } from '../../src/understand/text/page-furniture.js';
import { pasted } from './helpers.js';
import { contactRows, run, values } from './sections/travel-fixtures.js';

const asFile = (text: string, name: string, extra: Partial<ExtractedSource> = {}): ExtractedSource =>
  ({ ...pasted(text), name, origin: 'file', format: 'pdf', ...extra });

const INVOICE = [
  'INVOICE',
  'Invoice no.: KV-2027-031',
  'Payment due: 20/09/2027',
  'Group: The Paper Lanterns (band) – 2 pax',
  '',
  '#\tDescription\tQty\tUnit €\tAmount €\tVAT',
  '1\tFlight XY 123 – Example Air · Mon 4 Oct 2027 · Dublin (DUB) 09:10 → Paris (CDG) 12:20 · Economy · airline booking ref. Q7PZ2K Passengers: Ann Lee, Bo Ekström · seats not reserved\t2\t150,00\t300,00\tmargin',
  '2\tFlight XY 124 – Example Air · Wed 6 Oct 2027 · Paris (CDG) 18:00 → Dublin (DUB) 18:40 · Economy · airline booking ref. Q7PZ2K Passengers: Ann Lee, Bo Ekström\t2\t140,00\t280,00\tmargin',
  '3\tHotel – Hôtel du Parc, 8 rue d\'Alsace, 75010 Paris, France · check-in Mon 4 Oct 2027, check-out Wed 6 Oct 2027 · 1 room · hotel conf. no. HP-40213 · Breakfast included. Rooming: Ann Lee / Bo Ekström (twin). Twin 2 nights x 140,00\t1\t280,00\t280,00\tmargin',
].join('\n');

test('a label run on after a sentence or a code is the known words before its colon', () => {
  const labelled = findLabelled(pasted('Twin room · Breakfast included. Rooming: Ann Lee / Bo Ek\nEconomy · ref. Q7PZ2K Passengers: Ann Lee, Bo Ek'));
  assert.deepEqual(labelled.map((l) => [l.key, l.label]), [['guests', 'Rooming'], ['passenger', 'Passengers']]);
});

test('an agency invoice: each flight line lists its passengers once, a remark after them names nobody', () => {
  const found = run(flights, asFile(INVOICE, 'invoice.pdf')).map(values);
  assert.deepEqual(found.map((f) => [f['flightNumber'], f['bookingReference'], (f['passengers'] as Record<string, unknown>[]).map((p) => p['name'])]), [
    ['XY123', 'Q7PZ2K', ['Ann Lee', 'Bo Ekström']],
    ['XY124', 'Q7PZ2K', ['Ann Lee', 'Bo Ekström']],
  ]);
});

test('an agency invoice: the hotel line gives its French address, conf. no., dotted remark and rooming list', () => {
  const [hotel] = run(hotels, asFile(INVOICE, 'invoice.pdf')).map(values);
  assert.deepEqual(
    [hotel!['name'], hotel!['address'], hotel!['city'], hotel!['bookingReference'], hotel!['notes'], hotel!['guests']],
    ['Hôtel du Parc', '8 rue d\'Alsace, 75010 Paris, France', 'Paris', 'HP-40213', 'Breakfast included', ['Ann Lee', 'Bo Ekström']],
  );
});

test('an agency invoice booking flights bills the trip: its payment due date is no deal', () => {
  const source = asFile(INVOICE, 'invoice.pdf');
  assert.equal(categorise(source), 'invoice');
  assert.deepEqual(run(deal, source), []);
});

test('a group labelled with its act bracket ("(band)") is the artist', () => {
  assert.equal(groupParty(pasted(INVOICE))?.value, 'The Paper Lanterns');
  assert.equal(groupParty(pasted('Group: Smith wedding party – 40 pax')), undefined);
});

test('office hours and a structured payment communication are no company or phone', () => {
  assert.deepEqual(contactRows('Questions? Ana Ruiz, travel consultant – direct +32 9 123 45 67, ana.ruiz@kestrel-trips.example.be (Mon–Fri\n09:00–17:30).'), [
    ['Ana Ruiz', 'travel consultant', null, '+3291234567', 'ana.ruiz@kestrel-trips.example.be'],
  ]);
  assert.deepEqual(contactRows('Please pay to Kestrel Trips · structured communication +++090/9337/55493+++.'), []);
});

test('a running footer repeats on every page: it is the paper\'s, not a page\'s', () => {
  const text = 'Kind regards,\nAna Ruiz\nKestrel Trips BV · Mill Lane 4, 9000 Gent · Office +32 9 123 45 00\nPage two\nKestrel Trips BV · Mill Lane 4, 9000 Gent · Office +32 9 123 45 00';
  const second = text.indexOf('Page two');
  const lines = linesOf({ text, pages: [{ number: 1, text: '', offset: 0 }, { number: 2, text: '', offset: second }] });
  assert.deepEqual([...runningLines(lines)], ['Kestrel Trips BV · Mill Lane 4, 9000 Gent · Office +32 9 123 45 00']);
});

const PASS = [
  'DUB\t→\tCDG',
  '\tXY 123',
  'Dublin\tParis',
  '',
  'PASSENGER',
  'LEE/ANN MS',
  '',
  'FLIGHT\tDATE\tCABIN',
  'XY 123\tMon, 4 Oct 2027\tEconomy',
  '',
  'DEPARTURE\tARRIVAL\tTERMINAL',
  '09:10\t12:20\t2',
  '',
  'BOOKING REFERENCE\tE-TICKET',
  'Q7PZ2K\t123 4567890123',
  '',
  'M1LEE/ANN\tEQ7PZ2K DUBCDGXY 0123 277Y012A0007 100',
].join('\n');

test('a boarding pass\'s bar code is completed by the pass printed around it', () => {
  const [pass] = run(flights, asFile(PASS, 'boarding-pass.pdf')).map(values);
  assert.deepEqual(
    [pass!['flightNumber'], pass!['date'], pass!['fromCity'], pass!['toCity'], pass!['departureTime'], pass!['arrivalTime'], pass!['travelClass']],
    ['XY123', '2027-10-04', 'Dublin', 'Paris', '2027-10-04T09:10', '2027-10-04T12:20', 'Economy'],
  );
  assert.deepEqual(pass!['passengers'], [{ name: 'Ann Lee', seat: '12A', ticketNumber: '1234567890123' }]);
});

const RAIL_TICKET = [
  'E-TICKET',
  'Booking code: K4RT9Z',
  '',
  'YOUR JOURNEYS',
  'Journey\tDate\tTrain\tFrom\tDep.\tTo\tArr.\tClass',
  'Outbound\tFri 8 Oct 2027\tNordlink 512\tHamburg Hbf\t09:02\tKøbenhavn H\t13:40\t2nd',
  '\t\tReservation: Coach 5 · seats 21, 22 · Coach 6 · seats 3 Direct · 4 h 38 min',
  'Return\tSun 10 Oct 2027\tNordlink 519\tKøbenhavn H\t15:20\tHamburg Hbf\t20:01\t2nd',
  '\t\tReservation: Coach 3 · seats 40, 41, 42 Direct · 4 h 41 min',
  '',
  'Good to know',
  '• 1st class: light meal served at your seat on departures between 06:00 and 10:30.',
].join('\n');

test('a rail ticket: the reservation row under a train is its note, up to its last seat', () => {
  const trips = run(activities, asFile(RAIL_TICKET, 'ticket.pdf')).map(values);
  assert.deepEqual(trips.map((t) => [t['name'], t['startTime'], t['notes']]), [
    ['Nordlink 512', '09:02', 'Coach 5 · seats 21, 22 · Coach 6 · seats 3'],
    ['Nordlink 519', '15:20', 'Coach 3 · seats 40, 41, 42'],
  ]);
  assert.equal(coachItem('Coach 5 Seats 12A, 12B', 0)?.value, 'Coach 5 Seats 12A, 12B');
});

test('a carrier\'s ticket is no itinerary, and its meal served aboard books nothing', () => {
  const source = asFile(RAIL_TICKET, 'ticket.pdf');
  assert.equal(categorise(source), 'other');
  assert.deepEqual(run(food, source), []);
});

test('a guest list ends with its sentence, not at a title\'s full stop', () => {
  const text = 'Hotel: Hotel Nordlicht\nCheck-in: 4 Oct 2027\nCheck-out: 6 Oct 2027\nGuests: Sig. Ann Lee, Bo Ekström. Breakfast included in the rate.';
  const [hotel] = run(hotels, asFile(text, 'booking.pdf')).map(values);
  assert.deepEqual(hotel!['guests'], ['Ann Lee', 'Bo Ekström']);
});
