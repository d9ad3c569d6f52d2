import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { labelKey, labelKeyByPrefix } from '../../src/understand/text/lexicon.js';
import { latinHalf } from '../../src/understand/text/bilingual-value.js';
import { segmentsIn } from '../../src/understand/sections/travel/segments.js';
import { passengerList } from '../../src/understand/sections/travel/passenger-list.js';
import { lodgingNames, peopleCounts, bookingReferences } from '../../src/understand/sections/travel/phrases.js';
import { isProvisional } from '../../src/understand/merge/provisional.js';
import { looksLikePersonName } from '../../src/understand/sections/people.js';
import { wordRoute } from '../../src/understand/sections/schedule-columns.js';
import { fixOcrGlyphs } from '../../src/extract/ocr-glyphs.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { extract as deal } from '../../src/understand/sections/deal.js';
import { extract as contacts } from '../../src/understand/sections/contacts.js';
import { pasted } from './helpers.js';
import { run, show, values } from './sections/travel-fixtures.js';

const file = (text: string, name: string) => ({ ...pasted(text), name, origin: 'file' as const });

const BOOKING = [
  'Your booking is confirmed!',
  'Confirmation code: QW7RTD',
  '',
  'OUTBOUND FLIGHT',
  'Fri, 12 Nov 2027  ·  W6 2201',
  'Bristol (BRS)  07:10  →  Katowice (KTW)  10:45',
  '',
  'RETURN FLIGHT',
  'Sun, 14 Nov 2027  ·  W6 2202',
  'Katowice (KTW)  11:30  →  Bristol (BRS)  13:05',
  '',
  'PASSENGERS',
  'Ms Ada Lind          BASIC · 1 x 20 kg checked bag · seat: random at check-in',
  'Mr Bo Ekholm-Vance   BASIC · seat: random at check-in',
  '',
  'Total paid: GBP 301.20',
].join('\n');

test('a low-cost booking: the flight number after the date and a separator, passengers listed under a heading', async () => {
  const segments = segmentsIn(BOOKING, null);
  assert.deepEqual(segments.map((s) => [s.flightNumber.value, s.date?.value, s.from?.value, s.to?.value, s.departure?.value, s.arrival?.value]), [
    ['W62201', '2027-11-12', 'BRS', 'KTW', '07:10', '10:45'],
    ['W62202', '2027-11-14', 'KTW', 'BRS', '11:30', '13:05'],
  ]);
  assert.deepEqual(passengerList(BOOKING).map((p) => p.name?.value), ['Ada Lind', 'Bo Ekholm-Vance']);
  const { extracted } = await understand([pasted(BOOKING)]);
  assert.equal(extracted.flights.length, 2);
  assert.deepEqual(extracted.flights[1]!.passengers.map((p) => p.name), ['Ada Lind', 'Bo Ekholm-Vance']);
  assert.equal(extracted.flights[0]!.bookingReference, 'QW7RTD');
});

test('an offer\'s flight line: "(arr. 10:20)" is the landing, a year and the next flight\'s number are no times', () => {
  const [s] = segmentsIn('Flights\tBand books own: W6 2201 BRS–KTW Fri 12 Nov 2027 (arr. 10:45), back W6 2202 Sun 14 Nov\n', null);
  assert.equal(s?.arrival?.value, '10:45');
  assert.equal(s?.departure, undefined);
});

test('a contract\'s numbered sub-clause labels without a trailing dot ("3.1 Fee:") read as their keys', () => {
  assert.equal(labelKey('3.1 Fee'), 'fee');
  assert.equal(labelKey('3.2 Payment'), 'payment_terms');
  assert.equal(labelKey('4.2 Catering'), 'catering');
  assert.equal(labelKey('3 Fee'), null);
});

test('a bilingual label with a price half ("Cena / Rate") is no meal', () => {
  assert.equal(labelKey('Cena / Rate'), null);
  assert.equal(labelKeyByPrefix('Cena / Rate'), null);
  assert.equal(labelKey('Cena'), 'meal');
});

test('a clause number is no first word of a lodging\'s name', () => {
  assert.deepEqual(lodgingNames('4.1 Hotel: two (2) rooms at Harbour Light Hotel, Main St 4').map((h) => h.value), ['Harbour Light Hotel']);
});

test('people counts restated in brackets; German "Res.-Nr."', () => {
  assert.equal(peopleCounts('hot dinner for four (4) persons at 18:00')[0]?.value, 4);
  assert.equal(bookingReferences('Res.-Nr. AB-27-1188 - inkl. Frühstück')[0]?.value, 'AB-27-1188');
});

test('a signed contract\'s fee stands over the offer "subject to contract"; a conflict is still reported', async () => {
  const offer = file([
    'OFFER (subject to contract)',
    'Artist\tThe Tidelines',
    'Date\tFriday 12 November 2027',
    'Fee\tEUR 2,000 guarantee vs 70% of net, whichever is greater',
  ].join('\n'), 'offer.txt');
  const contract = file([
    'PERFORMANCE AGREEMENT',
    'Artist\tThe Tidelines',
    'Date of performance\tFriday, 12 November 2027',
    '',
    '3.1 Fee: the Promoter shall pay a guaranteed fee of EUR 2,400 versus 70 % of net box office receipts, whichever is greater.',
    '3.2 Payment: 50 % deposit within 14 days of signature; balance in cash on the night.',
    '',
    'For the Promoter: /s/ Ann Example – 01.10.2027',
  ].join('\n'), 'contract.txt');
  assert.ok(isProvisional(offer) && !isProvisional(contract));
  for (const sources of [[offer, contract], [contract, offer]]) {
    const { extracted } = await understand(sources);
    assert.equal(extracted.deal.fee, 2400);
    assert.equal(extracted.deal.paymentTerms, '50 % deposit within 14 days of signature; balance in cash on the night.');
    assert.ok(extracted.warnings.some((w) => w.code === 'conflict' && w.message.startsWith('deal.fee')));
  }
});

const HOTEL_MAIL = [
  'From: Hotel Lipa <rezerwacje@lipa.example.pl>',
  'Subject: Potwierdzenie rezerwacji / Booking confirmation LP-4471',
  'Date: Tue, 21 Sep 2027 10:42:17 +0200',
  '',
  'Numer rezerwacji / Booking no.:  LP-4471',
  'Przyjazd / Arrival:      12.11.2027',
  'Wyjazd / Departure:      13.11.2027',
  'Pokoje / Rooms:          2 x Single',
  'Goście / Guests:         Ada Lind',
  '                         Bo Ekholm',
  'Wyżywienie / Board:      Śniadanie w cenie / Breakfast included',
  'Płatność / Payment:      faktura VAT / invoice to the promoter',
  'Cena / Rate:             2 x 380,00 PLN',
  '',
  'Z poważaniem / Kind regards',
  'Zespół Rezerwacji / Reservations Team',
  '',
  'Hotel Lipa',
  'ul. Długa 4, 80-831 Gdańsk, Polska',
  'tel. +48 58 320 11 22',
  'rezerwacje@lipa.example.pl',
].join('\n');

test('a bilingual hotel confirmation: guests one a line in the value\'s column, the board\'s English half, a team signature', async () => {
  const source = { ...pasted(HOTEL_MAIL), name: 'confirmation.eml', origin: 'file' as const };
  const [h] = run(hotels, source, show('2027-11-12', 'Gdańsk', 'PL')).map(values);
  assert.deepEqual(h?.guests, ['Ada Lind', 'Bo Ekholm']);
  assert.equal(h?.notes, 'Breakfast included');
  assert.equal(run(food, source, show('2027-11-12')).length, 0);
  assert.equal(run(deal, source).length, 0);
  assert.equal(run(contacts, source).length, 0);
  assert.ok(!looksLikePersonName('Zespół Rezerwacji'));
  const { extracted } = await understand([source]);
  assert.equal(extracted.hotels[0]?.phone, '+48583201122');
  assert.equal(extracted.hotels[0]?.email, 'rezerwacje@lipa.example.pl');
});

test('the English half of a bilingual value, only when the label halves tell which it is', () => {
  assert.deepEqual(latinHalf('Wyżywienie / Board', 'Śniadanie w cenie / Breakfast included'), { value: 'Breakfast included', offset: 20 });
  assert.equal(latinHalf('Board', 'Śniadanie w cenie / Breakfast included'), null);
  assert.equal(latinHalf('Colazione / Board', 'Inclusa / Included'), null);
});

test('a catering label over the meal itself names it; the count restated in brackets', () => {
  const source = pasted('4.2 Catering: hot dinner for four (4) persons at 18:30 in the backstage room, cooked by the venue kitchen.\n');
  const [meal] = run(food, source, show('2027-11-12')).map(values);
  assert.equal(meal?.name, 'Catering');
  assert.equal(meal?.guestCount, 4);
  assert.equal(meal?.time, '18:30');
  assert.equal(meal?.address, 'backstage room');
  const [offer] = run(food, pasted('OFFER\nArtist\tThe Tidelines\nDoors\t19:30\nCatering\thot dinner for 4 + dressing-room rider\nGround\tairport pick-up on arrival\n'), show('2027-11-12')).map(values);
  assert.deepEqual([offer?.name, offer?.guestCount], ['Catering', 4]);
});

test('a pick-up clause says its route in words; a list of dotted days is no time', async () => {
  assert.deepEqual(wordRoute(' from KTW arrivals to Hotel Lipa (the band lands at 10:45). Return transfer later.'), {
    from: { value: 'KTW arrivals', index: 6 }, to: { value: 'Hotel Lipa', index: 22 },
  });
  const { extracted } = await understand([pasted([
    'Date: Friday 12 November 2027',
    'Doors: 19:30',
    '4.3 Airport pick-up: 10:45 from KTW arrivals to Hotel Lipa (the band lands at 10:30).',
    'Also on this run: 10.11 Berlin (hold) · 11.11 Poznań (confirmed)',
  ].join('\n'))]);
  const pickup = extracted.activities.find((a) => a.kind === 'transfer');
  assert.equal(pickup?.location, 'KTW arrivals');
  assert.equal(pickup?.destination, 'Hotel Lipa');
  assert.ok(!extracted.activities.some((a) => a.startTime === '10:11' || a.startTime === '11:11'));
});

test('a faxed advance read by OCR: specks around cells, a tilde for a dash, "2.DZ", German "Sie"', async () => {
  assert.equal(fixOcrGlyphs('Kölner StraBe 12, LindenstraRe 5, Strafe'), 'Kölner Straße 12, Lindenstraße 5, Strafe');
  const { extracted } = await understand([file([
    'Betreff: ADVANCE ~ Die Kraniche - Göttingen',
    'Datum:\tDonnerstag, 18.11.2027',
    'Soundcheck\t16:30 -\'17:30',
    'Curfew\t23:00:\t(Saal leer 23:30) ’ .',
    'HOTEL',
    'Hotel Auenblick, Am Ufer 5, 37073 Göttingen',
    '2.DZ + 1 EZ, Anreise 18.11., Abreise 19.11.2027',
    'Res.-Nr. FB-27-1001',
    'ANSPRECHPARTNER',
    '6 Veranstalter:\tTobias Beispiel\t©0170 1234567 .',
    'Mail: t.beispiel@nordkonzert.example.de :',
    'Haustechnik: . © Mehmet Yilmaz 016091234560',
    'Falls Sie dieses Fax irrtümlich erhalten haben, benachrichtigen Sie Lins bitte unter 0551 1234500.',
  ].join('\n'), 'fax.txt')]);
  assert.equal(extracted.general.artist, 'Die Kraniche');
  assert.equal(extracted.activities.find((a) => a.kind === 'soundcheck')?.endTime, '17:30');
  assert.equal(extracted.activities.find((a) => a.kind === 'curfew')?.notes, 'Saal leer 23:30');
  assert.equal(extracted.hotels[0]?.rooms, 3);
  assert.equal(extracted.hotels[0]?.bookingReference, 'FB-27-1001');
  assert.deepEqual(extracted.contacts.map((c) => [c.name, c.role, c.phone, c.email]), [
    ['Tobias Beispiel', 'Veranstalter', '+491701234567', 't.beispiel@nordkonzert.example.de'],
    ['Mehmet Yilmaz', 'Haustechnik', '+4916091234560', null],
  ]);
});
