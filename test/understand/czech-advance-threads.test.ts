/** Czech promoter threads: month genitives and spaced year-less dates, Czech deal, stay, meal and role words, a venue block and signature quoted twice. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFile, extractPastedText } from '../../src/extract/index.js';
import { findDates } from '../../src/understand/normalise/index.js';
import { looseDates } from '../../src/understand/sections/travel/phrases.js';
import { extract as deal } from '../../src/understand/sections/deal.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { extract as contacts } from '../../src/understand/sections/contacts.js';
import { run, show } from './sections/travel-fixtures.js';
import { scheduleItems } from './helpers.js';

const ref = new Date('2028-09-20T10:00:00Z');

test('Czech months in the genitive a day\'s date writes: "v pátek 6. října 2028"', () => {
  assert.equal(findDates('koncert v pátek 6. října 2028 v Brně', ref)[0]?.value, '2028-10-06');
  assert.equal(findDates('15. listopadu 2028', ref)[0]?.value, '2028-11-15');
  assert.equal(findDates('2. ledna 2029', ref)[0]?.value, '2029-01-02');
});

test('a spaced day and month with their closing dots is a year-less date: "6. 10. → 7. 10."', () => {
  assert.deepEqual(looseDates('2 pokoje, 6. 10. → 7. 10. (1 noc)', ref).map((d) => d.value), ['2028-10-06', '2028-10-07']);
  // A time keeps its reading: no closing dot.
  assert.deepEqual(looseDates('sraz v 6.10 u klubu', ref).map((d) => d.value), []);
});

const thread = (body: string[], subject = 'Re: Brno 6.10. – advance') => extractFile({
  name: 'advance.eml',
  bytes: Buffer.from([
    'From: Jana Nováková <jana@klubvlak.example.cz>', 'To: Sam Reed <sam@band.example.co.uk>', `Subject: ${subject}`,
    'Date: Wed, 20 Sep 2028 09:00:00 +0200', 'Content-Type: text/plain; charset=utf-8', '', ...body, '',
  ].join('\r\n'), 'utf8'),
});

test('a year-less date in the subject counts for the show\'s day', async () => {
  const source = await thread(['Ahoj Sam,', '', 'we play Vienna on Friday, then drive over.', 'Posílám advance ke koncertu 6. října 2028.', 'Doors: 19:30', '', 'Jana']);
  const [draft] = run(general, source);
  assert.equal(draft!.date?.value, '2028-10-06');
});

test('a venue block and a signature in a message quoted twice are read behind their quote markers', async () => {
  const source = await thread([
    'Díky!', '', 'On Tue, 19 Sep 2028 at 10:00, Sam Reed <sam@band.example.co.uk> wrote:', '> Thanks Jana', '>',
    '> Dne po 18. 9. 2028 v 11:05 odesílatel Jana Nováková <jana@klubvlak.example.cz> napsal:', '> > Ahoj,', '> >',
    '> > MÍSTO / VENUE', '> > Klub Vlak', '> > Nádražní 4, 602 00 Brno', '> >', '> > Doors: 19:30', '> >', '> > Díky', '> >', '> > --', '> > Jana Nováková',
    '> > Produkce & booking | Klub Vlak', '> > +420 731 222 333 | jana@klubvlak.example.cz',
  ]);
  const [draft] = run(general, source);
  assert.equal(draft!.venue?.value, 'Klub Vlak');
  const people = run(contacts, source).map((c) => c.name?.value);
  assert.ok(people.includes('Jana Nováková'));
  assert.ok(!people.includes('Klub Vlak'));
});

test('Czech deal, stay and meal words: a fixed fee, "Rezervace č.", breakfast, a table for five on a square', async () => {
  const source = await thread([
    'HONORÁŘ / FEE', '1 800 EUR, fixní honorář (bez DPH).', '',
    'HOTEL', 'Hotel Na Hradbách, Údolní 5, 602 00 Brno', '2 pokoje, 6. 10. → 7. 10. (1 noc), check-in od 14:00.', 'Rezervace č. NH-2231. Snídaně v ceně.', '',
    'VEČEŘE / DINNER', 'v 19:00, Restaurace U Lípy, Horní náměstí 3 (2 min pěšky), stůl pro 5.',
  ]);
  const [money] = run(deal, source);
  assert.equal(money!.dealType?.value, 'flat');
  const [hotel] = run(hotels, source, show('2028-10-06', 'Brno', 'CZ'));
  assert.deepEqual(
    { in: hotel!.checkInDate?.value, out: hotel!.checkOutDate?.value, ref: hotel!.bookingReference?.value, notes: hotel!.notes?.value },
    { in: '2028-10-06', out: '2028-10-07', ref: 'NH-2231', notes: 'Snídaně v ceně' },
  );
  const [meal] = run(food, source, show('2028-10-06', 'Brno', 'CZ'));
  assert.deepEqual({ address: meal!.address?.value, guests: meal!.guestCount?.value }, { address: 'Horní náměstí 3', guests: 5 });
});

test('"od 18:00 do 18:45" is a range; "(místo 16:00)" names the replaced time, no note', () => {
  const items = scheduleItems('Get-in: 17:00 (místo 16:00)\nZvuková zkouška / soundcheck: od 18:00 do 18:45', ['end', 'notes']);
  assert.deepEqual(items, [
    { name: 'Get-in', kind: 'load_in', start: '17:00' },
    { name: 'Zvuková zkouška / soundcheck', kind: 'soundcheck', start: '18:00', end: '18:45' },
  ]);
});

test('a "Zvukař" label is the person\'s role', () => {
  const [person] = run(contacts, extractPastedText('Zvukař: Petr Dvořák, +420 604 111 222'));
  assert.equal(person!.role?.value, 'Zvukař');
});
