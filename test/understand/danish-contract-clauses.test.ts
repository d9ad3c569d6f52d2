/** A Danish performance contract: month names, the deposit, other terms and contact titles, a prose hotel clause on one line, a meal row pointing to its clause. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { findDates } from '../../src/understand/normalise/index.js';
import { extract as deal } from '../../src/understand/sections/deal.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { extract as contacts } from '../../src/understand/sections/contacts.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';
import { run, show } from './sections/travel-fixtures.js';
import { scheduleItems } from './helpers.js';

const ref = new Date('2028-01-10T10:00:00Z');
/** A contract typed in a word processor: each paragraph one line, read as a file (not as pasted correspondence). */
const contract = (lines: string[]) => ({ ...extractPastedText(lines.join('\n\n')), name: 'kontrakt.docx', origin: 'file' as const });

test('Danish and Norwegian month names: "marts", "desember"; short forms that are words stay words', () => {
  assert.equal(findDates('lørdag den 4. marts 2028', ref)[0]?.value, '2028-03-04');
  assert.equal(findDates('fredag 15. desember 2028', ref)[0]?.value, '2028-12-15');
  assert.deepEqual(findDates('nous avons 3 des chambres', ref), []);
});

test('"Depositum på 30 %" in the payment line is the deposit; "Øvrige aftaler" are the deal\'s other terms', () => {
  const [terms] = run(deal, contract([
    '§ 4 Honorar og betaling',
    'Honorar: DKK 25.000,00 ekskl. moms (fast honorar)',
    'Betaling: Depositum på 30 % af honoraret betales senest den 1. februar 2028; restbeløbet efter koncerten.',
    '§ 8 Øvrige aftaler',
    'Øvrige aftaler: Arrangøren stiller 8 gæstelistepladser til rådighed.',
  ]));
  assert.deepEqual(
    { deposit: terms!.depositPercent?.value, notes: terms!.notes?.value },
    { deposit: 30, notes: 'Arrangøren stiller 8 gæstelistepladser til rådighed.' },
  );
});

test('a hotel clause written as one paragraph line gives the stay its reference and its remark', () => {
  const [hotel] = run(hotels, contract([
    '§ 5 Hotel',
    'Arrangøren booker og betaler 3 enkeltværelser på Hotel Nordstjernen, Havnegade 8, 8000 Aarhus, fra lørdag den 4. marts til søndag den 5. marts 2028 (1 nat). Check-in fra kl. 15.00, check-out senest kl. 11.00. Bookingnr. NS-4410. Morgenmad er inkluderet.',
  ]), show('2028-03-04', 'Aarhus', 'DK'));
  assert.deepEqual(
    { rooms: hotel!.rooms?.value, ref: hotel!.bookingReference?.value, notes: hotel!.notes?.value },
    { rooms: 3, ref: 'NS-4410', notes: 'Morgenmad er inkluderet' },
  );
});

test('a stay\'s remark in a run-on clause keeps its short form: "inkl. frokost", "inkl. Frühstück"', () => {
  for (const [clause, notes] of [['inkl. frokost', 'inkl. frokost'], ['inkl. Frühstück; Anreise 3.3.2028', 'inkl. Frühstück']] as const) {
    const [hotel] = run(hotels, contract([
      `Arrangøren dekker 2 dobbeltrom på Hotell Fjordlys, Strandkaien 4, 4005 Stavanger, natt til søndag 5. mars 2028, ${clause}. Innsjekk fra kl. 15.00, utsjekk innen kl. 12.00.`,
    ]), show('2028-03-04', 'Stavanger', 'NO'));
    assert.equal(hotel!.notes?.value, notes);
  }
});

test('a meal delivered by a named kitchen ("leveret af") is named after it; its schedule row pointing to the clause is no second meal', () => {
  const source = contract([
    'kl. 18.00\tAftensmad\tse § 6',
    'kl. 19.30\tDørene åbner',
    '§ 6 Forplejning',
    'Arrangøren sørger for varm aftensmad til 5 personer kl. 18.00, leveret af Restaurant Havblik og serveret i backstage.',
  ]);
  const meals = run(food, source, show('2028-03-04', 'Aarhus', 'DK'));
  assert.deepEqual(meals.map((m) => [m.name?.value, m.address?.value, m.guestCount?.value]), [['Restaurant Havblik', 'backstage', 5]]);
  assert.equal(activityKind('Aftensmad'), null);
});

test('a details column that only states the set\'s length gives its length, no note', () => {
  const items = scheduleItems('kl. 19.45\tDørene åbner\nkl. 21.00\tKoncertstart\tspilletid 90 min.', ['notes', 'length']);
  assert.deepEqual(items[1], { name: 'Koncertstart', kind: 'set', start: '21:00', length: 90 });
});

test('a Scandinavian production title labels the person\'s role', () => {
  const [person] = run(contacts, extractPastedText('Produktionschef: Mette Holm, Spillestedet ApS, mobil +45 28 41 96 07, mette@spillested.example.dk'));
  assert.equal(person!.role?.value, 'Produktionschef');
});
