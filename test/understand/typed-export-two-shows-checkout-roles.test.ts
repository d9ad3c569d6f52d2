/**
 * A tour app's itinerary export over a run of two shows: the first show is the import's, with the
 * travel before it and the way out of it (the check-out, the first leg on the next show's day); the
 * next show's rows give nothing. "Show" as every show-day row's type leaves the title to name the
 * moment; a "Check-out: Hotel X" row closes the stay its check-in row opened; a contact titled
 * "Role: Name" is that person in that role, the location column their company. A code alone in the
 * "Confirmation" column is the stay's or the meal's booking reference; "Catering – X bij Y" is served by "X bij Y".
 * A train's "Arr 13:50 · Coach 4" is its end and a note; "Breakfast incl. 07:00–10:00" keeps its hours; a
 * flight's "Pax: A, B · 1 bag each" ends its list at the dot.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_LIMITS } from '../../src/extract/limits.js';
import { readSource } from '../../src/extract/read.js';
import { understand } from '../../src/understand/index.js';

const RUN = [
  'Date,Time,Type,Title,Location,Notes,Confirmation',
  'Mon 10/05/2027,,Contact,Tour manager: Ruth Calder,The Paper Kites Club,+44 7700 900411 · ruth@papkites.example.co.uk,',
  'Mon 10/05/2027,11:05,Flight,KLM KL1002,London (LHR) → Amsterdam (AMS),"Dep 11:05 / Arr 13:20 · Pax: Ruth Calder, Owen Pike · 1 bag each",PNR X4TR2M',
  'Mon 10/05/2027,15:00,Hotel,Check-in: Hotel Grachtzicht,"Prinsengracht 101, 1015 DK Amsterdam",2 rooms · Breakfast incl. 07:00–10:00 · Reception +31 20 555 0101,HGZ-4471',
  'Tue 11/05/2027,,Contact,Production manager: Bas Vermeer,Tolhuistuin Zaal,+31 6 1234 5678 · bas@tolhuis.example.nl,',
  'Tue 11/05/2027,14:00,Show,Load-in,"Tolhuistuin Zaal, IJpromenade 2, 1031 KT Amsterdam",Side door,',
  'Tue 11/05/2027,17:00–17:45,Show,Soundcheck,Tolhuistuin Zaal,,',
  'Tue 11/05/2027,18:00,Meal,Catering – Keuken bij de Zaal,"Backstage, 1st floor",6 pax,KZ-2291',
  'Tue 11/05/2027,19:30,Show,Doors,Tolhuistuin Zaal,,',
  'Tue 11/05/2027,21:00–22:15,Show,The Paper Kites Club,Tolhuistuin Zaal,,',
  'Tue 11/05/2027,23:00,Show,Curfew,Tolhuistuin Zaal,,',
  'Wed 12/05/2027,,Contact,Promoter: Lotte Smit,Gent Live,+32 470 12 34 56 · lotte@gentlive.example.be,',
  'Wed 12/05/2027,10:00,Hotel,Check-out: Hotel Grachtzicht,"Prinsengracht 101, 1015 DK Amsterdam",,HGZ-4471',
  'Wed 12/05/2027,10:45,Train,IC 9231,Amsterdam Centraal → Gent-Sint-Pieters,Arr 13:50 · Coach 4,',
  'Wed 12/05/2027,14:10,Ground,Taxi to hotel,Gent-Sint-Pieters → Hotel Leie,,',
  'Wed 12/05/2027,15:00,Hotel,Check-in: Hotel Leie,"Korenlei 7, 9000 Gent",2 rooms,HL-208',
  'Wed 12/05/2027,18:00,Show,Soundcheck,Handelsbeurs,,',
  'Wed 12/05/2027,20:00,Show,Doors,Handelsbeurs,,',
  'Wed 12/05/2027,21:30–22:30,Show,The Paper Kites Club,Handelsbeurs,,',
  'Wed 12/05/2027,00:30,Show,Curfew,Handelsbeurs,,',
  'Thu 13/05/2027,12:10,Flight,Brussels Airlines SN2093,Brussels (BRU) → London (LHR),"Pax: Ruth Calder, Owen Pike",PNR Q8LLZ2',
].join('\r\n');

async function extracted() {
  const source = await readSource({ bytes: Buffer.from(RUN), name: 'tour-itinerary-export.csv', declaredType: null, origin: 'file', depth: 0 }, DEFAULT_LIMITS);
  return (await understand([source])).extracted;
}

test("two shows in one export: the first is the import's show, the second's rows and travel give nothing", async () => {
  const data = await extracted();
  assert.equal(data.general.date, '2027-05-11');
  assert.equal(data.general.doorsTime, '19:30');
  assert.equal(data.general.soundcheckTime, '17:00');
  assert.equal(data.general.curfewTime, '23:00');
  assert.deepEqual(data.flights.map((f) => f.flightNumber), ['KL1002']);
  assert.deepEqual(data.hotels.map((h) => h.name), ['Hotel Grachtzicht']);
  const names = data.activities.map((a) => a.name);
  // The way out of the first show stays: its first leg on the next show's day.
  assert.ok(names.includes('IC 9231'));
  assert.ok(!names.includes('Taxi to hotel'));
  assert.equal(data.activities.filter((a) => a.kind === 'doors').length, 1);
  assert.deepEqual(data.contacts.map((c) => c.name).sort(), ['Bas Vermeer', 'Ruth Calder']);
});

test('"Show" as the type of every show-day row: the title names the moment', async () => {
  const kinds = Object.fromEntries((await extracted()).activities.map((a) => [a.name, a.kind]));
  assert.deepEqual(
    [kinds['Load-in'], kinds['Soundcheck'], kinds['Doors'], kinds['The Paper Kites Club'], kinds['Curfew']],
    ['load_in', 'soundcheck', 'doors', 'set', 'curfew'],
  );
});

test("a check-out row closes the stay its check-in row opened", async () => {
  const [hotel] = (await extracted()).hotels;
  assert.deepEqual(
    [hotel!.checkInDate, hotel!.checkInTime, hotel!.checkOutDate, hotel!.checkOutTime],
    ['2027-05-10', '15:00', '2027-05-12', '10:00'],
  );
});

test('a contact titled "Role: Name" is the person in that role, the location column their company', async () => {
  const ruth = (await extracted()).contacts.find((c) => c.name === 'Ruth Calder');
  assert.deepEqual([ruth?.role, ruth?.company, ruth?.phone], ['Tour manager', 'The Paper Kites Club', '+447700900411']);
});

test('the confirmation column books the stay and the meal; a meal titled "Catering – X bij Y" is X bij Y\'s', async () => {
  const data = await extracted();
  assert.equal(data.hotels[0]!.bookingReference, 'HGZ-4471');
  assert.deepEqual(data.food.map((f) => [f.name, f.kind, f.guestCount, f.bookingReference]), [['Keuken bij de Zaal', 'catering', 6, 'KZ-2291']]);
});

test('a ride\'s "Arr 13:50 · Coach 4" is its end and its note; the breakfast remark keeps its hours past "incl."', async () => {
  const data = await extracted();
  const train = data.activities.find((a) => a.name === 'IC 9231');
  assert.deepEqual([train?.startTime, train?.endTime, train?.notes], ['10:45', '13:50', 'Coach 4']);
  assert.equal(data.hotels[0]!.notes, 'Breakfast incl. 07:00–10:00');
});

test('a flight row\'s "Pax: A, B · 1 bag each" lists A and B, the bag remark no passenger', async () => {
  assert.deepEqual((await extracted()).flights[0]!.passengers.map((p) => p.name), ['Ruth Calder', 'Owen Pike']);
});
