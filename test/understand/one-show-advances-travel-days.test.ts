/**
 * Scoping a tour book to the show a pasted note names (sections/show-scope.ts) only
 * when the book has a tour's overview (dated shows in two or more cities, no time column), with rows
 * of one show on one day counted once, travel towards the show on the days before it kept, and a
 * stay over the year's end read across the new year.
 */
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { ExtractedSource } from '../../src/interfaces.js';
import { closeExtractor, extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { workbook } from './helpers.js';

after(closeExtractor);

async function read(book: ExtractedSource, note?: string) {
  return (await understand(note ? [book, extractPastedText(note)] : [book])).extracted;
}

test("a one-show advance's timed schedule is no tour overview: a pasted mail keeps its travel days", async () => {
  const advance = () => workbook('Quillfeather_Bologna_Advance.xlsx', [['Advance', [
    ['Date', 'Time', 'Item', 'Venue'],
    ['21/06', '08:35', 'Flight IB3104 Madrid → Bologna', 'Madrid Barajas Airport'],
    ['22/06', '21:00', 'Quillfeather', 'Teatro Ferrovia'],
    ['23/06', '12:50', 'Flight IB3107 Bologna → Madrid', 'Bologna Marconi Airport'],
  ]]]);
  const mail = 'Hi both, here is the advance for the Bologna show on 22 June – shout if anything is off. Marta';
  const withMail = await read(await advance(), mail);
  const alone = await read(await advance());
  assert.ok(alone.flights.length + alone.activities.length >= 3, JSON.stringify([alone.flights, alone.activities]));
  assert.deepEqual(withMail.flights.map((f) => f.flightNumber), alone.flights.map((f) => f.flightNumber));
  assert.deepEqual(withMail.activities.map((a) => [a.date, a.name]), alone.activities.map((a) => [a.date, a.name]));
});

test("a festival's days at one place, a stage a day, are no tour: the note's day keeps the others' travel", async () => {
  const festival = () => workbook('Heathergate_Festival_Artist_Pack.xlsx', [
    ['Days', [
      ['Date', 'City', 'Venue', 'Programme'],
      ['2029-08-09', 'Aarhus', 'Birch Stage', 'Opening night'],
      ['2029-08-10', 'Aarhus', 'Harbour Tent', 'Day two'],
      ['2029-08-11', 'Aarhus', 'Birch Stage', 'Closing night'],
    ]],
    ['Travel', [
      ['Date', 'Mode', 'Carrier', 'No.', 'From', 'Dep', 'To', 'Arr', 'Booking ref'],
      ['2029-08-09', 'Flight', 'SAS', 'SK1211', 'Oslo (OSL)', '10:20', 'Aarhus (AAR)', '11:25', 'TQ7M2K'],
      ['2029-08-11', 'Flight', 'SAS', 'SK1218', 'Aarhus (AAR)', '16:40', 'Oslo (OSL)', '17:45', 'TQ7M2K'],
    ]],
  ]);
  const note = 'Your set is on Friday 10 August in the Harbour Tent – see you there!';
  const withNote = await read(await festival(), note);
  assert.deepEqual(withNote.flights.map((f) => f.flightNumber).sort(), ['SK1211', 'SK1218']);
});

/** Three shows in three cities with a travel day before the middle one; `extra` rows join the overview. */
async function tourBook(extra: string[][] = []): Promise<ExtractedSource> {
  return workbook('Larkspur_Spring_Book.xlsx', [
    ['Overview', [
      ['Date', 'City', 'Venue', 'Address', 'Deal'],
      ['2029-04-10', 'Porto', 'Sala Ribeira', 'Rua da Alfândega 12, 4050-029 Porto', '€ 1.800 flat'],
      ['2029-04-11', 'Porto → Bilbao', 'TRAVEL DAY'],
      ['2029-04-12', 'Bilbao', 'Sala Itsaso', 'Muelle de Ripa 4, 48001 Bilbao', '€ 2.200 flat'],
      ...extra,
      ['2029-04-13', 'Pamplona', 'Auditorio Arga', 'Calle Estafeta 30, 31001 Pamplona', '€ 1.900 flat'],
    ]],
    ['Travel', [
      ['Date', 'Mode', 'Carrier', 'No.', 'From', 'Dep', 'To', 'Arr', 'Booking ref'],
      ['2029-04-11', 'Flight', 'TAP', 'TP1150', 'Porto (OPO)', '09:15', 'Bilbao (BIO)', '11:40', 'LK4R7Q'],
      ['2029-04-11', 'Van', 'Norte Rentals', '', 'Porto', '08:00', 'Vigo', '09:40', ''],
      ['2029-04-13', 'Train', 'Renfe', 'Alvia 4163', 'Bilbao-Abando', '10:05', 'Pamplona', '12:10', ''],
    ]],
    ['Hotels', [
      ['Night of', 'City', 'Hotel', 'Check-in', 'Check-out', 'Conf. no.'],
      ['2029-04-10', 'Porto', 'Hotel Cais Velho', '2029-04-10', '2029-04-11', 'CV-310'],
      ['2029-04-11', 'Bilbao', 'Hotel Ría Gris', '2029-04-11', '2029-04-13', 'RG-882'],
      ['2029-04-13', 'Pamplona', 'Hostal Txoko', '2029-04-13', '2029-04-14', 'TX-115'],
    ]],
  ]);
}

test('the flight towards the named show on the travel day before it is kept; other travel that day is not', async () => {
  const x = await read(await tourBook(), 'Please set up Bilbao only for now – Thu 12 April, Sala Itsaso.');
  assert.deepEqual(x.flights.map((f) => f.flightNumber), ['TP1150']);
  assert.deepEqual(x.hotels.map((h) => h.name), ['Hotel Ría Gris']);
  assert.ok(x.activities.every((a) => !/Vigo|Pamplona/.test(`${a.destination} ${a.name}`)), JSON.stringify(x.activities));
});

test("two overview rows of one show on one day are one show: the note still names it", async () => {
  const x = await read(
    await tourBook([['2029-04-12', 'Bilbao', 'Sala Itsaso', 'Muelle de Ripa 4, 48001 Bilbao', 'Late show, same deal']]),
    'Bilbao please – 12 April at Sala Itsaso, both sets.',
  );
  assert.deepEqual(x.hotels.map((h) => h.name), ['Hotel Ría Gris']);
  assert.deepEqual(x.flights.map((f) => f.flightNumber), ['TP1150']);
});

test("a stay from an earlier night that checks out in the new year covers a New Year's Eve show", async () => {
  const book = await workbook('Tallowmere_Winter_Book.xlsx', [
    ['Overview', [
      ['Date', 'City', 'Venue', 'Deal'],
      ['2029-12-29', 'Leipzig', 'Halle Kohlrabi', '€ 2.000 flat'],
      ['2029-12-31', 'Dresden', 'Kesselhaus Elbufer', '€ 4.500 flat'],
      ['2030-01-02', 'Prague', 'Klub Vltavín', '€ 2.300 flat'],
    ]],
    ['Hotels', [
      ['Night of', 'City', 'Hotel', 'Check-in', 'Check-out', 'Conf. no.'],
      ['2029-12-29', 'Leipzig', 'Hotel Auenwald', '2029-12-29', '2029-12-30', 'AW-17'],
      ['2029-12-30', 'Dresden', 'Hotel Neustadtbogen', '2029-12-30', '2030-01-02', 'NB-904'],
      ['2030-01-02', 'Prague', 'Penzion U Mlýna', '2030-01-02', '2030-01-03', 'UM-55'],
    ]],
  ]);
  const x = await read(book, 'Just Dresden for now: New Year\'s Eve, 31 December, Kesselhaus Elbufer.');
  assert.deepEqual(x.hotels.map((h) => h.name), ['Hotel Neustadtbogen']);
});
