/** Croatian advance threads: month and weekday names, labels, Gmail attributions; requests asked as questions; labelled rides with their day. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../src/understand/normalise/index.js';
import { labelKey, linesOf } from '../../src/understand/text/index.js';
import { isAttribution } from '../../src/understand/text/email.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';
import { extractFile } from '../../src/extract/index.js';
import { scheduleOf } from '../../src/understand/sections/schedule.js';
import { scheduleItems } from './helpers.js';

const ref = new Date('2029-05-02T10:00:00Z');

test('Croatian months: genitives read, "listopad" is October beside a Croatian weekday or letter, else the Polish November', () => {
  assert.equal(findDates('Četvrtak, 17. svibnja 2029.', ref)[0]?.value, '2029-05-17');
  // 2029-10-13 is a Saturday ("subota").
  assert.equal(findDates('Subota, 13. listopada 2029.', ref)[0]?.value, '2029-10-13');
  assert.equal(findDates('koncert 13. listopada 2029. u Puli, ulaz sa strane Žnjana', ref)[0]?.value, '2029-10-13');
  assert.equal(findDates('koncert 13 listopada 2029, wejście od podwórza', ref)[0]?.value, '2029-11-13');
});

test('Croatian weekdays date a dotted day and month: "srijeda 9.5."', () => {
  assert.equal(findDates('srijeda 9.5. navečer', ref)[0]?.value, '2029-05-09');
});

test('Croatian labels and schedule words', () => {
  assert.equal(labelKey('Plaćanje'), 'payment_terms');
  assert.equal(labelKey('Broj rezervacije'), 'booking_reference');
  assert.equal(labelKey('SMJEŠTAJ / HOTEL'), 'hotel');
  assert.equal(activityKind('Tonska proba'), 'soundcheck');
  assert.equal(activityKind('Otvaranje vrata'), 'doors');
  assert.equal(activityKind('Kraj programa'), 'curfew');
  // A meal in the running order belongs to food; a truck is no lunch.
  assert.equal(activityKind('Večera za bend'), null);
  assert.equal(activityKind('Truck arrives'), 'other');
});

test('a Croatian or Slovenian Gmail attribution line opens a quoted message', () => {
  const lines = linesOf({ text: 'sri, 2. svi 2029. u 14:05 Marko Horvat <marko@example.hr> napisao je:\n> Bok\nned, 6. maj 2029 ob 9:12 Ana <ana@example.si> je napisala:', pages: [] } as never);
  assert.equal(isAttribution(lines[0]!), true);
  assert.equal(isAttribution(lines[2]!), true);
  assert.equal(isAttribution(lines[1]!), false);
});

test('a time the writer asks for is no item; a tag question after a statement still states it', () => {
  const items = scheduleItems('Hi Ana,\nthanks for the sheet, looks good. Could we soundcheck at 15:30 instead of 16:00? The van is small.\n\nLoad-in 14:00', []);
  assert.deepEqual(items.map((i) => i.start), ['14:00']);
  const stated = scheduleItems('Hi all,\nthe soundcheck is at 17:00, ok?\nSee you then', []);
  assert.deepEqual(stated.map((i) => [i.kind, i.start]), [['soundcheck', '17:00']]);
});

const eml = (text: string) => extractFile({ bytes: Buffer.from(text, 'utf8'), name: 'ride.eml' });

test('a labelled ride with its day before the time: dated by that day, routed by its arrow', async () => {
  const source = await eml([
    'From: Ana <ana@example.hr>', 'To: Tom <tom@example.com>', 'Subject: Re: advance', 'Date: Wed, 2 May 2029 10:00:00 +0200',
    'Content-Type: text/plain; charset=utf-8', '',
    'Hi Tom,', '', 'Pick-up: Fri 4.5. at 11:20, Central Station -> Hotel Gradina', 'Load-in 15:00', '', 'Ana', '',
  ].join('\r\n'));
  const ride = scheduleOf(source).find((i) => i.kind.value === 'transfer');
  assert.deepEqual(
    [ride?.name.value, ride?.start.value, ride?.date?.value, ride?.location?.value, ride?.destination?.value],
    ['Pick-up', '11:20', '2029-05-04', 'Central Station', 'Hotel Gradina'],
  );
});
