/**
 * GDS ticket receipts (per-airline locators, labelled four-digit times, seats printed in columns that
 * run on over the next line, the flight's own "DATE" label) and a hotel stay told twice (the hotel's
 * French confirmation with its letterhead, booking party and occupants; the hotel's word beats an
 * e-mail's on the stay, with a conflict).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource, Hotel } from '../../src/interfaces.js';
import { found, type Evidence } from '../../src/understand/found.js';
import { authorityOf, mergeList, sameHotel, type Conflict } from '../../src/understand/merge/index.js';
import { findDates } from '../../src/understand/normalise/index.js';
import { categorise } from '../../src/understand/sections/documents.js';
import { extract as flights } from '../../src/understand/sections/flights.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { addresses, roomTotal } from '../../src/understand/sections/travel/phrases.js';
import { pasted } from './helpers.js';
import { run, show, values } from './sections/travel-fixtures.js';

const asFile = (text: string, name: string, extra: Partial<ExtractedSource> = {}): ExtractedSource =>
  ({ ...pasted(text), name, origin: 'file', ...extra });

const RECEIPT = [
  '\tELECTRONIC TICKET',
  '\tPASSENGER ITINERARY RECEIPT',
  '',
  ' BOOKING REF: AMADEUS: 7HQ3MZ\tAIRLINE: AY/P4RW9K  SK/M8TTQ2',
  ' DATE OF ISSUE: 11JAN28\tISSUING OFFICE: POHJOLA MATKAT OY',
  '',
  ' PASSENGER\tTICKET NUMBER',
  ' VIRTA/AINO MS\tETKT 105 2400118801',
  ' LAAKSO/EERO MR\tETKT 105 2400118802',
  ' NIEMI/TUULI MS\tETKT 105 2400118803',
  ' -----------------------------------------',
  ' FLIGHT\tAY 1331\tFINNAIR\tDATE\t06FEB',
  ' FROM\tHELSINKI (HEL)\tTERMINAL 2\tDEP\t0745',
  ' TO\tSTOCKHOLM (ARN)\tTERMINAL 5\tARR\t0750',
  ' CABIN\tECONOMY\tBOOKING CLASS Q\tSTATUS OK',
  ' SEATS\tVIRTA/AINO 8A\tLAAKSO/EERO --\tNIEMI/TUULI 8C',
  ' -----------------------------------------',
  ' FLIGHT\tSK 1418\tSAS\tDATE\t09FEB',
  ' FROM\tSTOCKHOLM (ARN)\tTERMINAL 5\tDEP\t1810',
  ' TO\tCOPENHAGEN (CPH)\tTERMINAL 3\tARR\t1920',
  ' CABIN\tECONOMY\tBOOKING CLASS Q\tSTATUS OK',
  ' SEATS\tVIRTA/AINO 21D\tLAAKSO/EERO 21E',
  '         NIEMI/TUULI 22F',
  ' -----------------------------------------',
].join('\n');

const receipt = () => asFile(RECEIPT, 'Fwd ELECTRONIC TICKET RECEIPT.eml', {
  format: 'eml', metadata: { subject: 'Fwd: ELECTRONIC TICKET RECEIPT - 7HQ3MZ' },
});

test('a GDS receipt: each flight under its own airline\'s locator, with its labelled four-digit times', () => {
  const [out, back] = run(flights, receipt()).map(values);
  assert.deepEqual([out!['bookingReference'], out!['departureTime'], out!['arrivalTime']], ['P4RW9K', '2028-02-06T07:45', '2028-02-06T07:50']);
  assert.deepEqual([back!['bookingReference'], back!['departureTime'], back!['arrivalTime']], ['M8TTQ2', '2028-02-09T18:10', '2028-02-09T19:20']);
});

test('seats printed in columns go to the passenger named before each, over the indented line below; "--" is no seat', () => {
  const seats = run(flights, receipt()).map((f) => values(f)['passengers'] as { seat?: string }[]).map((ps) => ps.map((p) => p.seat ?? null));
  assert.deepEqual(seats, [['8A', null, '8C'], ['21D', '21E', '22F']]);
});

test('the date labelled on a flight\'s line is the flight\'s, not the show\'s; a forwarded receipt is a flight ticket', () => {
  assert.equal(run(general, receipt()).map(values)[0]?.['date'], undefined);
  assert.equal(categorise(receipt()), 'flight_ticket');
  const chat = asFile('Hi all,\nsee you there.', 'Fwd Lunch.eml', { format: 'eml', metadata: { subject: 'Fwd: lunch on Friday?' } });
  assert.equal(categorise(chat), 'other');
});

const CONFIRMATION = [
  'Hôtel des Tanneurs',
  '5 Quai Marcel Cachin, 38000 Grenoble · Tél. 04 76 55 12 90 · accueil@hoteltanneurs.example.fr',
  '',
  'CONFIRMATION DE RÉSERVATION',
  '',
  'N° de confirmation :\tTAN-40771',
  'Client :\tLes Éditions du Mail – dossier « Pale Harbour »',
  'Arrivée :\tmardi 7 mars 2028, à partir de 14h00',
  'Départ :\tjeudi 9 mars 2028, avant 10h30',
  'Durée du séjour :\t2 nuits',
  'Chambres :\t1 chambre double, 2 chambres twin (3 chambres)',
  'Occupants :\tM. Basile Roche, Mme Inès Vautrin, M. Hugo Lemaire',
  'Prestations :\tPetit-déjeuner inclus',
  'Tarif :\t98,00 € par chambre et par nuit',
].join('\n');

test('a French hotel confirmation: reference, letterhead phone, time after "à partir de", occupants (not the booking party), rooms in all, what is included', () => {
  const [hotel] = run(hotels, asFile(CONFIRMATION, 'Confirmation_TAN-40771.pdf', { format: 'pdf' })).map(values);
  assert.deepEqual(hotel && {
    ref: hotel['bookingReference'], phone: hotel['phone'], in: hotel['checkInTime'], out: hotel['checkOutTime'],
    guests: hotel['guests'], rooms: hotel['rooms'], notes: hotel['notes'],
  }, {
    ref: 'TAN-40771', phone: '+33476551290', in: '14:00', out: '10:30',
    guests: ['Basile Roche', 'Inès Vautrin', 'Hugo Lemaire'], rooms: 3, notes: 'Petit-déjeuner inclus',
  });
});

const ev = (source: string, method: Evidence['method'] = 'label'): Evidence => ({ method, source, page: null, span: [0, 1], validated: true });

test('the hotel\'s own confirmation wins on its stay in any order, and the disagreement is a conflict', () => {
  const fromHotel = { name: found('Hôtel des Tanneurs', ev('hotel.pdf')), checkInTime: found('14:00', ev('hotel.pdf')) };
  const fromMail = { name: found('Hôtel des Tanneurs', ev('mail.eml')), checkInTime: found('12:00', ev('mail.eml')) };
  const authority = authorityOf([asFile('', 'hotel.pdf'), asFile('', 'mail.eml')], (s) => s.name === 'hotel.pdf');
  for (const order of [[fromHotel, fromMail], [fromMail, fromHotel]]) {
    const conflicts: Conflict[] = [];
    const [merged] = mergeList<Hotel>(order, sameHotel, '', conflicts, undefined, authority);
    assert.equal(merged!.checkInTime!.value, '14:00');
    assert.deepEqual(conflicts.map((c) => c.field), ['[Hôtel des Tanneurs].checkInTime']);
  }
});

test('what was only inferred from the hotel\'s document carries no authority over what another states', () => {
  const authority = authorityOf([asFile('', 'hotel.pdf')], (s) => s.name === 'hotel.pdf');
  const inferred = found('Grenoble Est', ev('hotel.pdf', 'inferred'));
  assert.equal(authority('hotel.pdf', inferred), 0);
  assert.equal(authority('hotel.pdf', found('Grenoble Est', ev('hotel.pdf'))), 1);
  // So the two values are ranked by their scores alone, as if no document had authority.
  const drafts = () => [
    { name: found('Hôtel des Tanneurs', ev('hotel.pdf')), city: inferred },
    { name: found('Hôtel des Tanneurs', ev('contract.pdf')), city: found('Grenoble', ev('contract.pdf')) },
  ];
  const [withAuthority] = mergeList<Hotel>(drafts(), sameHotel, '', [], undefined, authority);
  const [without] = mergeList<Hotel>(drafts(), sameHotel, '', []);
  assert.equal(withAuthority!.city!.value, without!.city!.value);
});

test('dates with spaced parts ("7. 3. 2028") and UK postcodes of two letters ("LS2 7QA") are read whole', () => {
  assert.deepEqual(findDates('Anreise 7. 3. 2028').map((d) => d.value), ['2028-03-07']);
  assert.deepEqual(addresses('Hotel: 7 Fenwick Lane, Leeds LS2 7QA, United Kingdom').map((a) => a.value), ['7 Fenwick Lane, Leeds LS2 7QA, United Kingdom']);
});

test('a quoted hotel line wrapped after a comma and a reference label; check-out on a weekday after the show is the show\'s night', () => {
  const mail = [
    '>> Hotell: Hotell Granbacken, Kyrkogatan 9, 852 30 Sundsvall. 2 enkelrum,',
    '>> incheckning från 15.00, utcheckning söndag senast 11.00, bokningsnummer',
    '>> GB-44107.',
  ].join('\n');
  const [hotel] = run(hotels, asFile(mail, 'Re Schema.eml', { format: 'eml' }), show('2028-03-11', 'Sundsvall', 'SE')).map(values);
  assert.deepEqual(hotel && [hotel['checkInDate'], hotel['checkOutDate'], hotel['checkInTime'], hotel['checkOutTime'], hotel['rooms'], hotel['bookingReference']],
    ['2028-03-11', '2028-03-12', '15:00', '11:00', 2, 'GB-44107']);
});

test('a contract\'s hotel clause: the room count before the name is not part of it, compound room words count', () => {
  const clause = 'Der Veranstalter stellt 2 Einzelzimmer im Hotel Seeblick, Uferweg 5, 6003 Luzern; Anreise 9.3.2028, Abreise 10.3.2028.';
  const [hotel] = run(hotels, asFile(clause, 'Vertrag.docx', { format: 'docx' })).map(values);
  assert.deepEqual(hotel && [hotel['name'], hotel['address'], hotel['rooms'], hotel['checkInDate']], ['Hotel Seeblick', 'Uferweg 5, 6003 Luzern', 2, '2028-03-09']);
});

test('a day sheet\'s hotel block: its own address after the name, a date after "check-out" is not the check-in', () => {
  const sheet = [
    'Venue: The Tin Whistle, 8 Canal Row, Galway', '', 'HOTEL', '',
    'The Corrib Quay Hotel, 21 Dock Road, Galway', '', 'Check-in 14:00 - Check-out Sun 12 Mar 11:00', '', '4 rooms - Conf. CQH-7731',
  ].join('\n');
  const [hotel] = run(hotels, asFile(sheet, 'daysheet.pdf', { format: 'pdf' }), show('2028-03-11', 'Galway', 'IE')).map(values);
  assert.deepEqual(hotel && [hotel['address'], hotel['checkInDate'], hotel['checkOutDate'], hotel['rooms']], ['21 Dock Road, Galway', '2028-03-11', '2028-03-12', 4]);
});

test('nights counted back from the check-out; six-digit postcodes', () => {
  const row = 'Hotel Arcada, Str. Morii 7, 300125 Timisoara, Romania\t3 rooms, 2 nights, check-out Sat 18/03 10:00';
  const [hotel] = run(hotels, asFile(row, 'plan.txt'), show('2028-03-17')).map(values);
  assert.deepEqual(hotel && [hotel['checkInDate'], hotel['checkOutDate']], ['2028-03-16', '2028-03-18']);
  // The street keeps its word ("Str." is "Strada"), as golds write Romanian addresses.
  assert.deepEqual(addresses('Str. Morii 7, 300125 Timisoara').map((a) => a.value), ['Str. Morii 7, 300125 Timisoara']);
});

test('a flight\'s cities are as written ("Cork T1 (ORK)" is Cork); bare airport codes give none', () => {
  const text = 'Your flights\nEI 712  Cork T1 (ORK) 08:10  ->  London (LHR) 09:25\nEI 3251  LHR 18:40 -> AMS 21:00';
  const legs = run(flights, asFile(text, 'itinerary.txt')).map(values).map((f) => [f['fromCity'], f['toCity']]);
  assert.deepEqual(legs, [['Cork', 'London'], [undefined, undefined]]);
});

test('a lodging named without a lodging word signs its own confirmation: the name above its address, written twice', () => {
  const mail = [
    'From: Mlyn Apartments 4 <desk@mlyn4.example.pl>', '',
    'thank you for your reservation at Mlyn Apartments 4.', '',
    'Arrival\t: 12.02.2028, check-in from 14:00', 'Departure\t: 13.02.2028, check-out until 11:00',
    'Rooms\t: 2 (Twin)', 'Guests\t: Ada Quill, Rory Vane', '',
    'Mlyn Apartments 4', 'ul. Dluga 4, 31-147 Kraków, Polska', 'tel. +48 12 400 11 22',
  ].join('\n');
  const [hotel] = run(hotels, asFile(mail, 'Booking.eml', { format: 'eml' })).map(values);
  assert.deepEqual(hotel && [hotel['name'], hotel['phone'], hotel['rooms']], ['Mlyn Apartments 4', '+48124001122', 2]);
});

test('a chat\'s stay "del viernes 15 al domingo 17" with its "confirmación" number', () => {
  const chat = '[08/03/28, 10:02:11] Lucía: Hotel Jacarandas, 3 habitaciones del viernes 10 al domingo 12, confirmación HJ-4410. Check in desde las 14:00';
  const [hotel] = run(hotels, pasted(chat)).map(values);
  assert.deepEqual(hotel && [hotel['checkInDate'], hotel['checkOutDate'], hotel['bookingReference']], ['2028-03-10', '2028-03-12', 'HJ-4410']);
});

test('rooms listed by type add up, unrelated counts do not; the weekday may follow the check-out time', () => {
  assert.deepEqual(['2 dobbeltrom + 1 enkeltrom', '1 double room, 2 twins', '3 rooms booked; if you need 1 room more tell me']
    .map((t) => roomTotal(t)?.value), [3, 3, 3]);
  const mail = 'Re: Q4\n3 TWINS AT HARBOUR MILL LODGE, REF HML20871. CHECK IN FROM 2PM FRIDAY, CHECK OUT 11AM SATURDAY.';
  const [hotel] = run(hotels, asFile(mail, 'Re Advance.eml', { format: 'eml' }), show('2028-03-10')).map(values);
  assert.deepEqual(hotel && [hotel['rooms'], hotel['checkInDate'], hotel['checkOutDate'], hotel['checkOutTime']], [3, '2028-03-10', '2028-03-11', '11:00']);
});
