/** Pasted web mail threads, day-sheet blocks, Norwegian contract labels — on invented text. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { read } from '../../src/understand/text/read.js';
import { blankWebmailChrome } from '../../src/understand/text/webmail-chrome.js';
import { vouchedPhone } from '../../src/understand/sections/phone-vouched.js';
import { roomTotal } from '../../src/understand/sections/travel/phrases.js';
import { readStay } from '../../src/understand/sections/travel/stay.js';
import { labelKey } from '../../src/understand/text/lexicon.js';
import { extract as deal } from '../../src/understand/sections/deal.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { pasted } from './helpers.js';
import { contactRows, run, show } from './sections/travel-fixtures.js';

const THREAD = [
  'Re: Show at the Boiler Room, Fri 8 Oct',
  'Inbox',
  '',
  'Mara Finch <mara@example.org>',
  'Tue, 5 Oct, 10:12 (3 days ago)',
  'to me, Joel',
  '',
  'Hi Kit, all fine for Friday.',
  '',
  'On Mon, 4 Oct 2032 at 09:00, Kit Lamb <kit@example.com> wrote:',
  '> Hi Mara, what time is load in?',
].join('\n');

test('a pasted thread without a year on its newest message takes its dates from the quoted attributions', () => {
  const r = read(pasted(THREAD));
  assert.equal(r.referenceDate?.toISOString().slice(0, 10), '2032-10-04');
});

test('web mail chrome (mailbox label, age line, recipients) is blanked, offsets kept', () => {
  const out = blankWebmailChrome(THREAD);
  assert.equal(out.length, THREAD.length);
  assert.doesNotMatch(out, /Inbox|days ago|to me, Joel/);
  assert.match(out, /Mara Finch <mara@example.org>/);
  // Without the age line this is no web mail page: nothing is blanked.
  const plain = 'Inbox\nto me, Joel\nHello';
  assert.equal(blankWebmailChrome(plain), plain);
});

test('a possible phone is vouched for by a phone label or the international form, not alone', () => {
  assert.equal(vouchedPhone('Promoter\nm: ', '07700 900123', 'GB'), true);
  assert.equal(vouchedPhone('Tour Manager\n', '+44 7700 900123', null), true);
  assert.equal(vouchedPhone('Ref ', '07700 900123', 'GB'), false);
});

test('headless tab-separated contact rows: name, role, phone, e-mail (a dash for none)', () => {
  const rows = contactRows([
    'KONTAKTE',
    '',
    'Lena Roth\tRégisseuse plateau\t06 12 34 56 78\tlena@example.fr',
    'Hugo Blanc\tDirecteur technique\t06 98 76 54 32\t—',
  ].join('\n'), 'FR');
  assert.deepEqual(rows, [
    ['Lena Roth', 'Régisseuse plateau', null, '+33612345678', 'lena@example.fr'],
    ['Hugo Blanc', 'Directeur technique', null, '+33698765432', null],
  ]);
});

test('a room total with its breakdown in brackets is the total', () => {
  assert.equal(roomTotal('4 chambres (3 doubles + 1 single)')?.value, 4);
  assert.equal(roomTotal('2 double rooms, 1 single room')?.value, 3);
});

test('"natt til søndag" names the night by the morning it ends in', () => {
  const hits = readStay({ text: 'Vi dekker 2 rom på Hotell Fjord, natt til søndag 14. mars 2032.', start: 0 }, null, null);
  assert.equal(hits.checkInDate?.value, '2032-03-13');
  assert.equal(hits.checkOutDate?.value, '2032-03-14');
});

test('Norwegian contract labels', () => {
  assert.equal(labelKey('Lydprøve'), 'soundcheck');
  assert.equal(labelKey('Slutt senest'), 'curfew');
  assert.equal(labelKey('Spilletid'), 'set_length');
  assert.equal(labelKey('Funksjon'), 'role');
  assert.equal(labelKey('Andre vilkår'), 'notes');
  assert.equal(labelKey('Plateau'), 'stage');
});

test('a fee under its heading, the amount opening the next line', () => {
  const [d] = run(deal, pasted('Hola,\n\nHONORARIOS\n1.800 € + IVA (caché fijo).\n'));
  assert.equal(d?.fee?.value, 1800);
  assert.equal(d?.currency?.value, 'EUR');
  assert.equal(d?.dealType?.value, 'flat');
});

test('"au restaurant X … tél. …" names the restaurant and its phone; "levert av X" the caterer', () => {
  const [d] = run(food, pasted('REPAS\n\nDîner à 19h30 au restaurant Le Vieux Port, 8 rue de la Gare, Nantes — tél. 02 40 11 22 33\n5 personnes.\n'), show('2032-05-07', 'Nantes', 'FR'));
  assert.equal(d?.name?.value, 'Le Vieux Port');
  assert.equal(d?.kind?.value, 'restaurant');
  assert.equal(d?.phone?.value, '+33240112233');
  assert.equal(d?.guestCount?.value, 5);
  const [c] = run(food, pasted('Arrangøren sørger for varm middag til 4 personer kl. 18.00, levert av Kafé Brygga.\n'), show('2032-05-07'));
  assert.equal(c?.name?.value, 'Kafé Brygga');
});

test('a venue label value without its city and bracketed remark', async () => {
  const { venueNameOf } = await import('../../src/understand/sections/venue-value.js');
  assert.equal(venueNameOf('Halle Nord, Hamburg (900 cap)'), 'Halle Nord');
  assert.equal(venueNameOf('Halle Nord, Hintergasse'), 'Halle Nord, Hintergasse');
});

test('a signature above a legal notice the server appended after "--"', () => {
  const r = read({ ...pasted([
    'Hi Jo,', '', 'See you Friday.', '', 'Best,', '', 'Ana Ruiz', 'Production', '+34 611 000 111',
    'line', 'line', 'line', 'line', 'line', 'line', 'line', '',
    '--', 'Disclaimer: this message is confidential.', 'More words.',
  ].join('\n')), format: 'eml' });
  const sig = r.messages[0]!.signatureStart;
  assert.equal(r.source.text.slice(sig!, sig! + 8), 'Ana Ruiz');
});

test('a diet aside after the head count is the meal\'s notes', () => {
  const [d] = run(food, pasted('CENA\nCena a las 20:00 h en el camerino, para 5 personas (2 veganos).\n'), show('2032-05-07', 'Burgos', 'ES'));
  assert.equal(d?.guestCount?.value, 5);
  assert.equal(d?.notes?.value, '2 veganos');
});

test('a day sheet\'s hotel block is its stay', async () => {
  const { extract: hotels } = await import('../../src/understand/sections/hotels.js');
  const sheet = {
    ...pasted([
      'ROAD SHEET\tv3 — 02/05/2032',
      'Band X — Friday 7 May 2032',
      '',
      'SCHEDULE',
      '16:00\tSoundcheck',
      '',
      'HOTEL',
      '',
      'Hotel Rivage, 4 Harbour Road, Cork — tel. 021 555 0100',
      '2 rooms — night of 7 to 8 May 2032',
      'Check-in from 15:00. Breakfast included.',
    ].join('\n')),
    origin: 'file' as const, format: 'pdf' as const,
  };
  const [h] = run(hotels, sheet, show('2032-05-07', 'Cork', 'IE'));
  assert.equal(h?.checkInDate?.value, '2032-05-07');
  assert.equal(h?.checkInTime?.value, '15:00');
});
