/**
 * A whole tour book (an overview row per show, the schedule, travel, hotels and
 * contacts of every day) attached with a pasted note naming the one show to set up. Only that show's
 * rows are read (sections/show-scope.ts); without a note the book is read as before.
 */
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { ExtractedSource } from '../../src/interfaces.js';
import { closeExtractor, extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { workbook } from './helpers.js';

after(closeExtractor);

function tourBook(): Promise<ExtractedSource> {
  return workbook('GreyKestrel_SaltRoad_Book.xlsx', [
    ['Overview', [
      ['GREY KESTREL – Salt Road Tour 2028'],
      ['Date', 'City', 'Venue', 'Address', 'Deal'],
      ['2028-03-14', 'Lyon', 'Le Quai Bleu', '9 rue Marius Berliet, 69008 Lyon', '€ 1.900 flat'],
      ['2028-03-15', 'Turin', 'Sala Ponte', 'Via Nizza 41, 10125 Torino', '€ 2.100 flat'],
      ['2028-03-16', 'Milan', 'Circolo Arcobaleno', 'Via Tortona 7, 20144 Milano', '€ 2.600 flat'],
    ]],
    ['Schedule', [
      ['Date', 'Time', 'Item', 'Location'],
      ['2028-03-14', '17:00', 'Soundcheck', 'Main room'],
      ['2028-03-14', '21:00', 'Grey Kestrel', 'Main room'],
      ['2028-03-15', '10:30', 'Van Lyon → Turin', 'Hotel Presqu\'île'],
      ['2028-03-15', '16:30', 'Soundcheck', 'Sala grande'],
      ['2028-03-15', '21:30', 'Grey Kestrel', 'Sala grande'],
      ['2028-03-16', '17:30', 'Soundcheck', 'Palco'],
      ['2028-03-16', '22:00', 'Grey Kestrel', 'Palco'],
    ]],
    ['Hotels', [
      ['Night of', 'City', 'Hotel', 'Address', 'Check-in', 'Check-out', 'Conf. no.'],
      ['2028-03-13', 'Lyon', 'Hotel Presqu\'île', '3 quai Perrache, 69002 Lyon', '2028-03-13', '2028-03-15', 'PQ-4410'],
      ['2028-03-15', 'Turin', 'Albergo Dora', 'Corso Regio Parco 12, 10153 Torino', '2028-03-15', '2028-03-16', 'AD-7731'],
      ['2028-03-16', 'Milan', 'Hotel Navigli Sud', 'Ripa di Porta Ticinese 55, 20143 Milano', '2028-03-16', '2028-03-17', 'NS-2208'],
    ]],
    ['Contacts', [
      ['Date / show', 'Name', 'Role', 'Company', 'Mobile'],
      ['all', 'Ines Marlowe', 'Tour manager', 'Grey Kestrel', '+44 7700 900612'],
      ['14/03 Lyon', 'Bastien Roux', 'Promoter', 'Quai Bleu Prod', '+33 6 12 34 56 78'],
      ['15/03 Turin', 'Chiara Valli', 'Promoter', 'Ponte Live srl', '+39 347 555 0192'],
      ['16/03 Milan', 'Davide Greco', 'Production', 'Circolo Arcobaleno', '+39 333 555 0471'],
    ]],
  ]);
}

const NOTE = 'Could you set up Turin only for now? Wed 15 March at Sala Ponte. Milan comes later as its own import.';

test('a pasted note naming one show of a tour book keeps only that show', async () => {
  const x = (await understand([await tourBook(), extractPastedText(NOTE)])).extracted;
  assert.equal(x.general.date, '2028-03-15');
  assert.equal(x.general.setTime, '21:30');
  assert.equal(x.deal.fee, 2100);
  // The overview's one remaining row is the show's venue, as its cells write it (general-venue-row.ts).
  assert.equal(x.general.venue, 'Sala Ponte');
  assert.equal(x.general.city, 'Turin');
  assert.equal(x.general.address, 'Via Nizza 41, 10125 Torino');
  // The hotel of the show's night; the Lyon stay ends that morning and Milan's starts the next day.
  assert.deepEqual(x.hotels.map((h) => h.name), ['Albergo Dora']);
  // The travel of the show's day stays, the other days' items go.
  assert.ok(x.activities.every((a) => a.date === '2028-03-15'), JSON.stringify(x.activities.map((a) => [a.date, a.name])));
  assert.ok(x.activities.some((a) => a.kind === 'transfer' && a.startTime === '10:30'));
  // The touring party speaks for every show; of the local contacts only the show's own.
  assert.deepEqual(x.contacts.map((c) => c.name).sort(), ['Chiara Valli', 'Ines Marlowe']);
  // A note naming two shows alike, or no note, leaves the book whole.
  const tie = (await understand([await tourBook(), extractPastedText('Lyon and Milan are both confirmed now.')])).extracted;
  assert.equal(tie.hotels.length, 3);
  const none = (await understand([await tourBook()])).extracted;
  assert.equal(none.hotels.length, 3);
});

test('a stay booked from an earlier night that covers the show night is that show\'s hotel', async () => {
  const x = (await understand([await tourBook(), extractPastedText('Only the Lyon date please – 14/03, Le Quai Bleu.')])).extracted;
  assert.equal(x.general.date, '2028-03-14');
  assert.deepEqual(x.hotels.map((h) => h.name), ['Hotel Presqu\'île']);
  assert.deepEqual(x.contacts.map((c) => c.name).sort(), ['Bastien Roux', 'Ines Marlowe']);
});
