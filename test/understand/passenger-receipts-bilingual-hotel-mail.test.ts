/**
 * An airline's PDF of receipts, one per passenger (each repeating the booking, its own passenger and
 * ticket, the whole itinerary with that passenger's seats, a codeshare's "Operated by" line between a
 * number and its route, German weekday abbreviations "Mi." before dates), and a hotel's own booking
 * e-mail in two languages (Finnish inflected hotel name, bilingual group label and booker heading,
 * a person's signature above the hotel's "--" footer, breakfast hours in the hotel's notes).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extract as flights } from '../../src/understand/sections/flights.js';
import { extract as deal } from '../../src/understand/sections/deal.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';
import { lodgingNames } from '../../src/understand/sections/travel/phrases.js';
import { segmentsIn } from '../../src/understand/sections/travel/segments.js';
import { categorise } from '../../src/understand/sections/documents.js';
import { pasted } from './helpers.js';
import { contactRows, run, values } from './sections/travel-fixtures.js';

const asFile = (text: string, name: string, format: ExtractedSource['format'] = 'txt'): ExtractedSource =>
  ({ ...pasted(text), name, origin: 'file', format });

/** One receipt page of an invented two-passenger booking: the passenger's name, ticket and seats. */
function receipt(passenger: string, ticket: string, seats: [string, string]): string {
  return [
    'Passenger Receipt / Passagierbeleg',
    'Booking code / Buchungscode\tR4TW8K\tDate of issue / Ausstellungsdatum\t03MAR2028',
    `Passenger / Passagier\t${passenger}\tIssued by / Ausgestellt von\tXY INTERNET`,
    `Ticket number / Ticketnummer\t${ticket}\tIATA / Agent\t123 45678 9 / WEBXY`,
    '',
    'Outbound / Hinflug',
    '',
    'LX 1821\tWed/Mi. 12.04.2028\tStatus: OK',
    'Operated by / Durchgeführt von: Helvetic Airways as 2L 1821',
    '07:40\tZurich (ZRH)\t09:05\tCopenhagen (CPH)',
    'Duration / Flugdauer: 1h 25min Aircraft / Flugzeug: Embraer 190 Class / Klasse: Economy Classic',
    `Fare basis / Tarif: SNC Baggage / Freigepäck: 1PC\tSeat / Sitz: ${seats[0]}`,
    'Return / Rückflug',
    '',
    'LX 1830\tSat/Sa. 15.04.2028\tStatus: OK',
    '19:10\tCopenhagen (CPH)\t21:00\tZurich (ZRH)',
    'Duration / Flugdauer: 1h 50min Aircraft / Flugzeug: Airbus A220 Class / Klasse: Economy Classic',
    `Fare basis / Tarif: SNC Baggage / Freigepäck: 1PC\tSeat / Sitz: ${seats[1]}`,
    '',
    'Changes: rebooking possible for a fee of EUR 80 plus any fare difference.',
    'This receipt is not a boarding pass.',
    '',
  ].join('\n');
}

const RECEIPTS = asFile(
  receipt('HALVORSEN/MARIT MS', '724 2200118801', ['14A', '22C']) + receipt('BRUNNER/LUKAS MR', '724 2200118802', ['14B', '--']),
  'Passenger_Receipt_R4TW8K.pdf', 'pdf',
);

test('a receipt per passenger: each flight once, its passengers merged from the receipts with their own seats', () => {
  const drafts = run(flights, RECEIPTS).map(values);
  const byFlight = new Map<string, Record<string, unknown>[]>();
  for (const d of drafts) byFlight.set(d['flightNumber'] as string, [...(byFlight.get(d['flightNumber'] as string) ?? []), d]);
  assert.deepEqual([...byFlight.keys()], ['LX1821', 'LX1830']);
  const out = byFlight.get('LX1821')![0]!;
  assert.equal(out['date'], '2028-04-12');
  assert.equal(out['fromAirport'], 'ZRH');
  assert.equal(out['toCity'], 'Copenhagen');
  assert.equal(out['departureTime'], '2028-04-12T07:40');
  assert.equal(out['durationMinutes'], 85);
  const passengers = (flight: string) => byFlight.get(flight)!.flatMap((d) => d['passengers'] as object[]);
  assert.deepEqual(passengers('LX1821'), [
    { name: 'Marit Halvorsen', ticketNumber: '7242200118801', seat: '14A' },
    { name: 'Lukas Brunner', ticketNumber: '7242200118802', seat: '14B' },
  ]);
  // "Sa. 15.04.2028": the weekday's dot ends no sentence, so the return keeps its own date; "--" is no seat.
  assert.equal(byFlight.get('LX1830')![0]!['date'], '2028-04-15');
  assert.deepEqual(passengers('LX1830'), [
    { name: 'Marit Halvorsen', ticketNumber: '7242200118801', seat: '22C' },
    { name: 'Lukas Brunner', ticketNumber: '7242200118802' },
  ]);
});

test('a codeshare note between the booked number and its route: the route is still read', () => {
  const [s] = segmentsIn('XY 4410\tFri/Fr. 02.06.2028\nOperated by Partner Air as PA 310\n08:15\tVienna (VIE)\t09:40\tZurich (ZRH)\n', null);
  assert.equal(s!.flightNumber.value, 'XY4410');
  assert.equal(s!.from?.value, 'VIE');
  assert.equal(s!.to?.value, 'ZRH');
  assert.equal(s!.departure?.value, '08:15');
});

test("an airline's ticket states the airline's fees, not a show's deal", () => {
  assert.equal(categorise(RECEIPTS), 'flight_ticket');
  assert.deepEqual(run(deal, RECEIPTS), []);
});

test('a city written short of its airport city\'s full name, with the code in brackets, is a flight\'s, not an item of the day', () => {
  assert.equal(activityKind('Frankfurt (FRA)'), null);
  assert.equal(activityKind('Load-in at the Frankfurt hall'), 'load_in');
});

test('a booking-code label is no role: the rows under it name no contact', () => {
  const text = [
    'Booking code / Buchungscode\tR4TW8K',
    'Passenger / Passagier\tHALVORSEN/MARIT MS\tIssued by / Ausgestellt von\tXY INTERNET',
    'Ticket number / Ticketnummer\t724 2200118801\tIATA / Agent\t123 45678 9 / WEBXY',
  ].join('\n');
  assert.deepEqual(contactRows(text), []);
});

const HOTEL_MAIL = [
  'From: Hotelli Kuunsilta – Varaukset <varaukset@kuunsilta.example.fi>',
  'To: Oona Virtanen <oona@pohjoisvalo.example.fi>',
  'Subject: Varausvahvistus / Booking confirmation KS-2805-11',
  '',
  'Hei Oona,',
  '',
  'tervetuloa Hotelli Kuunsiltaan! Vahvistamme varauksen.',
  '',
  'Varausnumero / Booking no.:\tKS-2805-11',
  'Ryhmä / Group:\tSavuranta – Kevätkiertue 2028',
  'Saapuminen / Arrival:\tperjantai 5.5.2028, klo 15.00 alkaen',
  'Lähtö / Departure:\tlauantai 6.5.2028, klo 12.00 mennessä',
  'Huoneita / Rooms:\t2',
  '',
  '----------------------------------------',
  'VARAAJA / BOOKER',
  '----------------------------------------',
  'Oona Virtanen, Pohjoisvalo Oy',
  'oona@pohjoisvalo.example.fi, +358 40 555 0101',
  '',
  'HYVÄ TIETÄÄ / GOOD TO KNOW',
  '- Aamiainen tarjoillaan ravintolassa ma–pe klo 6.45–10.00.',
  '',
  'Ystävällisin terveisin / Kind regards',
  '',
  'Eero Lahtinen',
  'Ryhmämyynti / Group sales',
  'Hotelli Kuunsilta',
  'puh. 044 555 0202',
  'eero.lahtinen@kuunsilta.example.fi',
  '',
  '--',
  'Hotelli Kuunsilta',
  'Rantatie 7, 33100 Tampere, Finland',
  'Puh. / Tel. +358 3 555 0300',
  'vastaanotto@kuunsilta.example.fi',
].join('\n');

test('an inflected lodging name takes the base form the text also writes', () => {
  assert.deepEqual(lodgingNames('tervetuloa Hotelli Kuunsiltaan!\n\nHotelli Kuunsilta\nRantatie 7').map((n) => n.value), ['Hotelli Kuunsilta', 'Hotelli Kuunsilta']);
  // A longer word is another name, not an ending: "Hotel Parkside" stays.
  assert.deepEqual(lodgingNames('Hotel Parkside\nHotel Park').map((n) => n.value), ['Hotel Parkside', 'Hotel Park']);
});

test("a hotel's own mail: its name in base form, its phone and e-mail from its footer, not the signer's", () => {
  const [h] = run(hotels, asFile(HOTEL_MAIL, 'varaus.eml', 'eml')).map(values);
  assert.equal(h!['name'], 'Hotelli Kuunsilta');
  assert.equal(h!['phone'], '+35835550300');
  assert.equal(h!['email'], 'vastaanotto@kuunsilta.example.fi');
});

test('the signer above the footer is the contact with a bilingual role; the booker under a bilingual heading is not', () => {
  assert.deepEqual(contactRows(HOTEL_MAIL), [
    ['Eero Lahtinen', 'Ryhmämyynti / Group sales', 'Hotelli Kuunsilta', '+358445550202', 'eero.lahtinen@kuunsilta.example.fi'],
  ]);
});

test("a hotel's breakfast hours in Finnish are no meal booked", () => {
  assert.deepEqual(run(food, asFile(HOTEL_MAIL, 'varaus.eml', 'eml')), []);
});

test('a bilingual group label names the act on its tour', () => {
  const [g] = run(general, asFile(HOTEL_MAIL, 'varaus.eml', 'eml'));
  assert.equal(g!.artist?.value, 'Savuranta');
});
