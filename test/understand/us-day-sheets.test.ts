/** US day sheets: "3:00p" short 12-hour times, a hanging contacts block, a venue block with a two-line address. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from '../../src/understand/normalise/time.js';
import { findShortMeridiem } from '../../src/understand/normalise/short-meridiem.js';
import { spokenAsDigits } from '../../src/understand/text/spoken.js';
import { extract as contacts } from '../../src/understand/sections/contacts.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';
import { pasted } from './helpers.js';
import { run, show, values } from './sections/travel-fixtures.js';

test('"3:00p" and "7:05a" are 12-hour times; "3:00pm" and "10:30" keep their ordinary reading', () => {
  assert.deepEqual(findShortMeridiem('Doors 6:30p, bus 9:05a, noon 12:00p, midnight 12:15a').map((m) => m.value), ['18:30', '09:05', '12:00', '00:15']);
  assert.deepEqual(findShortMeridiem('3:00pm 10:30 4:00 pax 2:15px'), []);
  assert.deepEqual(findTimes('Set 9:15p - 10:40p').map((t) => t.value), ['21:15', '22:40']);
  assert.deepEqual(findTimes('Lunch 1:00 pm, dinner 18:00').map((t) => t.value), ['13:00', '18:00']);
});

test('a plain-text sheet with short 12-hour times is read through a copy with 24-hour times', () => {
  const reading = spokenAsDigits(pasted('  4:30p  Line Check\n  8:10p  Headliner\n'));
  assert.ok(reading);
  assert.match(reading.source.text, /16:30\s+Line Check\n\s+20:10\s+Headliner/);
});

test('a hanging contacts block: role and name on one line, labelled phone and e-mail indented below', () => {
  const sheet = [
    'CONTACTS',
    'Site Lead         Dara Quill (Northgate Shows)',
    '                  C: (555) 201-4433',
    '                  E: dara@northgate.example.com',
    'Rigger            Tomas Bell',
    '                  C: (555) 201-9911',
    'Front Desk        (555) 201-0000 x4',
  ].join('\n');
  const got = run(contacts, pasted(sheet), show('2027-03-02', 'Springfield', 'US')).map((d) => values(d));
  const dara = got.find((c) => c.name === 'Dara Quill');
  assert.deepEqual(dara && { role: dara.role, company: dara.company, phone: dara.phone, email: dara.email },
    { role: 'Site Lead', company: 'Northgate Shows', phone: '+15552014433', email: 'dara@northgate.example.com' });
  const tomas = got.find((c) => c.name === 'Tomas Bell');
  assert.equal(tomas?.role, 'Rigger');
  assert.ok(!got.some((c) => /front desk/i.test(String(c.name))));
});

test('a VENUE block under a rule line with its street and "City, ST ZIP" on two lines', () => {
  const sheet = [
    'Fri Mar 5 2027',
    '',
    'VENUE',
    '--------------------',
    'The Copper Room',
    '77 W Elm Ave',
    'Springfield, IL 62701',
    'Main: (555) 300-1000',
    '',
    'SCHEDULE',
    '  18:30  Doors',
  ].join('\n');
  const got = values(run(general, pasted(sheet)).find((d) => d.venue)!);
  assert.equal(got.venue, 'The Copper Room');
  assert.equal(got.address, '77 W Elm Ave, Springfield, IL 62701');
  assert.equal(got.city, 'Springfield');
  assert.equal(got.country, 'US');
});

test('settling the night with the promoter is a meeting', () => {
  assert.equal(activityKind('Settlement'), 'meeting');
});

test('a date read with its time of day ends before the time, so the time is still read', async () => {
  const { findDates } = await import('../../src/understand/normalise/date.js');
  const [d] = findDates('Arrive: Wed Mar 3 2027 4:15 PM');
  assert.equal(d?.value, '2027-03-03');
  assert.equal('Arrive: Wed Mar 3 2027 4:15 PM'.slice(d!.index, d!.index + d!.length), 'Wed Mar 3 2027');
});

test('detail lines under time lines: the end of a range, a route, a short place, a note; a look-ahead is no item', async () => {
  const { scheduleOf } = await import('../../src/understand/sections/schedule.js');
  const sheet = [
    'Mon Mar 1 2027',
    '',
    '  11:00\tVan Call',
    '         Hotel -> Venue',
    '  12:00\tLoad In',
    '         Back door by the river, 2 hands',
    '  16:00\tSoundcheck - Band A',
    '         16:00 - 16:45',
    '  20:00\tBand A',
    '         20:00 - 21:10',
    '  23:00\tSettlement',
    '         Box office',
    '',
    'NEXT DAY: Tue Mar 2 2027 - Other Town',
    '  Load In 14:00 / Doors 19:00',
  ].join('\n');
  const items = scheduleOf(pasted(sheet));
  const by = (name: string) => items.find((i) => i.name.value === name);
  assert.deepEqual([by('Van Call')?.location?.value, by('Van Call')?.destination?.value], ['Hotel', 'Venue']);
  assert.equal(by('Load In')?.notes?.value, 'Back door by the river, 2 hands');
  assert.equal(by('Soundcheck - Band A')?.end?.value, '16:45');
  assert.equal(by('Soundcheck - Band A')?.location, undefined);
  assert.equal(by('Band A')?.end?.value, '21:10');
  assert.equal(by('Settlement')?.location?.value, 'Box office');
  assert.equal(by('Settlement')?.kind.value, 'meeting');
  assert.ok(!items.some((i) => i.start.value === '14:00' || i.start.value === '19:00'));
});

test('a slashed date is read month first when the weekday before it says so', async () => {
  const { findDates } = await import('../../src/understand/normalise/date.js');
  assert.equal(findDates('Show: Tuesday, 03/02/2027')[0]?.value, '2027-03-02');
  assert.equal(findDates('Show: Wednesday, 03/02/2027')[0]?.value, '2027-02-03');
  assert.equal(findDates('Show: 03/02/2027')[0]?.value, '2027-02-03');
  assert.equal(findDates('Show: Tue 03.02.2027')[0]?.value, '2027-02-03');
});

test('a slot\'s check is a soundcheck, not the slot\'s set', () => {
  assert.equal(activityKind('Support Check'), 'soundcheck');
  assert.equal(activityKind('Support Set'), 'set');
});

test('payment terms wrapped over the next lines are one value, up to the line that ends the sentence', async () => {
  const { extract: deal } = await import('../../src/understand/sections/deal.js');
  const offer = [
    'Guarantee:\t$2,000 flat',
    'Payment Terms:\thalf on signing by bank transfer and the rest',
    'in cash at settlement after the show.',
    'Currency:\tUSD',
  ].join('\n');
  const got = run(deal, pasted(offer)).map((d) => values(d)).find((d) => d.paymentTerms);
  assert.equal(got?.paymentTerms, 'half on signing by bank transfer and the rest in cash at settlement after the show.');
});
