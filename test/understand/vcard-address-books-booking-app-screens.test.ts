import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeExtractor, extractFile, extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import type { ExtractedSource } from '../../src/interfaces.js';

after(closeExtractor);

test('an address book export: its people are contacts, a firm\'s card is none, the file a contact sheet', async () => {
  const vcf = [
    'BEGIN:VCARD', 'VERSION:3.0', 'FN:Greta Aalto', 'N:Aalto;Greta;;;', 'TEL;TYPE=WORK:09 555 0100', 'TEL;TYPE=CELL:040 555 0190',
    'EMAIL;TYPE=WORK:greta@lumihall.example.fi', 'ORG:Lumi Hall;Production', 'TITLE:Stage Manager', 'END:VCARD',
    'BEGIN:VCARD', 'VERSION:3.0', 'FN:Eino Salo', 'N:Salo;Eino;;;', 'item1.TEL:+358 40 555 0222', 'item1.X-ABLabel:Runner', 'TITLE:Runner', 'END:VCARD',
    'BEGIN:VCARD', 'VERSION:3.0', 'FN:Hotel Satama Helsinki', 'N:;;;;', 'EMAIL;TYPE=WORK:satamahelsinki@satamahotels.example.fi',
    'TEL;TYPE=WORK:+358 9 555 0300', 'ORG:Hotel Satama Helsinki', 'END:VCARD', '',
  ].join('\r\n');
  const source = await extractFile({ bytes: Buffer.from(vcf), name: 'day contacts.vcf' });
  const { extracted } = await understand([source]);
  assert.deepEqual(extracted.contacts.map((c) => [c.name, c.role, c.company, c.phone, c.email]), [
    ['Greta Aalto', 'Stage Manager', 'Lumi Hall', '+358405550190', 'greta@lumihall.example.fi'],
    ['Eino Salo', 'Runner', null, '+358405550222', null],
  ]);
  assert.deepEqual(extracted.documents.map((d) => [d.mimeType, d.category]), [['text/vcard', 'contact_sheet']]);
});

/** Pasted text read as a phone screenshot's OCR. */
function screenshot(text: string): ExtractedSource {
  return { ...extractPastedText(text), name: 'IMG_0412.PNG', origin: 'file', format: 'png', mimeType: 'image/png', ocr: { used: true, meanConfidence: 88 } };
}

const APP_SCREEN = [
  '9:41 «all LTE @',
  '< Trips Reservation',
  '® Confirmed Booked on 2 Sep 2027',
  'Hotel Vieux Quai',
  '*x*xx Hotel - 9.1 Superb (812 reviews)',
  '8 Rue du Port, 13002 Marseille, France',
  '+33 4 91 55 20 10',
  '3 nights',
  'Check-in Check-out',
  'Thu 9 Sep 2027 Sun 12 Sep 2027',
  'from 14:00 until 12:00',
  'Rooms & guests 2 rooms - 3 adults',
  'Room 1 - Deluxe Twin Room',
  'Mira Okonkwo, Jonas Feld',
  'Breakfast included - 2 single beds',
  'Room 2 - Standard Double Room',
  'Pia Santoro Breakfast included',
  'Booking details',
  'Confirmation number 5521 904 377',
  'PIN code 2290',
].join('\n');

test('a booking app\'s screen: dates side by side under their labels, the grouped number, address, phone and guests', async () => {
  const { extracted } = await understand([screenshot(APP_SCREEN)]);
  const [hotel] = extracted.hotels;
  assert.ok(hotel);
  assert.deepEqual(
    [hotel.checkInDate, hotel.checkInTime, hotel.checkOutDate, hotel.checkOutTime],
    ['2027-09-09', '14:00', '2027-09-12', '12:00'],
  );
  assert.equal(hotel.bookingReference, '5521904377');
  assert.equal(hotel.address, '8 Rue du Port, 13002 Marseille, France');
  assert.equal(hotel.phone, '+33491552010');
  assert.deepEqual(hotel.guests, ['Mira Okonkwo', 'Jonas Feld', 'Pia Santoro']);
  // The board printed under the rooms is the stay's note; the beds after it are not.
  assert.equal(hotel.notes, 'Breakfast included');
  // The booking's status line is no person, and the status bar's clock no activity.
  assert.deepEqual(extracted.contacts, []);
  assert.deepEqual(extracted.activities, []);
});
