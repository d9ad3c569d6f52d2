/**
 * Narrowed readings, each a wrong value or a lost item they made on
 * ordinary text: a place's "number" is no person's; a venue's name under the paper's title is no
 * subtitle; a person named again by first name keeps their full name; a hedge in another clause leaves
 * the item; a sentence with a comma and a time is no chat head; a slash's rendering does not run on into
 * the next note; a US house number is no postcode; "x 3 courses" counts no guests; a Markdown cell's line
 * break; star ratings written as figures.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { markdownToText } from '../../src/extract/formats/markdown.js';
import { understand } from '../../src/understand/index.js';
import { findLabelled } from '../../src/understand/text/index.js';
import { commaStampChat } from '../../src/understand/text/chat-comma-stamps.js';
import { countryOfPostcodeByEmails } from '../../src/understand/sections/general-city-country.js';
import { isRatingLine } from '../../src/understand/sections/travel/stay-rating-line.js';
import { scheduleItems } from './helpers.js';

test('a place\'s number written with a possessive makes no contact of the place', async () => {
  const text = 'Hi all,\nThe Venue\'s number is 020 7946 0018 and Hotel\'s phone: +44 20 7946 0999.\nSam\'s mob is 07700 900123.\nCheers, Kim\n';
  const { extracted } = await understand([extractPastedText(text)]);
  const names = extracted.contacts.map((c) => c.name);
  assert.ok(!names.includes('The Venue') && !names.includes('Hotel'), names.join(', '));
  assert.ok(names.includes('Sam'));
});

test('a venue\'s name under the paper\'s title in capitals is no subtitle', async () => {
  const { extracted } = await understand([extractPastedText('DAY SHEET\nThe Jazz Cellar\n12 Mill Lane, Leeds LS2 7QT\nLoad-in\t14:00\nDoors\t19:00\n')]);
  assert.notEqual(extracted.general.venue, 'Day Sheet');
});

test('a person named again by first name after their full name keeps the full name', async () => {
  const text = 'Hi! For anything on the day talk to Ana Ruiz, or ring our tour manager Ana on +34 612 345 678.\n';
  const { extracted } = await understand([extractPastedText(text)]);
  const ana = extracted.contacts.find((c) => c.phone === '+34612345678');
  assert.equal(ana?.name, 'Ana Ruiz');
});

test('a hedge in an earlier clause leaves the item stated', () => {
  const items = scheduleItems('Friday 12 March 2027\nParking might be tight, load-in at 14:00 via the back door.\n', []);
  assert.deepEqual(items.map((i) => [i['kind'], i['start']]), [['load_in', '14:00']]);
});

test('schedule lines "Bus leaves, 09:00" are no chat heads', () => {
  const text = 'Bus leaves, 09:00\nfrom the hotel lobby\nBus arrives, 13:00\nat the venue dock\nBus leaves, 23:30\nback to the hotel\n';
  assert.equal(commaStampChat(text), null);
});

test('a rendering after the slash does not run on into the indented note below', () => {
  const labelled = findLabelled(extractPastedText('部屋 / Rooms:\tシングル×2 / 2 singles\n\tParking available nearby\n'));
  assert.equal(labelled.find((l) => l.label.includes('Rooms'))?.value, '2 singles');
  // A rendering cut before its first word goes on below.
  const cut = findLabelled(extractPastedText('備考 / Notes:\t手数料10%を差し引きます / 10%\n\tagency commission deducted\n'));
  assert.equal(cut.find((l) => l.label.includes('Notes'))?.value, '10% agency commission deducted');
});

test('a US house number opening the address is no postcode', () => {
  const source = extractPastedText('Contact: ana@agentur.example.de\nStudio: 12000 Ventura Blvd, Studio City\n');
  assert.equal(countryOfPostcodeByEmails(source, '12000 Ventura Blvd, Studio City'), null);
  assert.equal(countryOfPostcodeByEmails(source, 'Gartenweg 3, 79098 Kleinstadt'), 'DE');
});

test('"per person x 3 courses" counts no guests', async () => {
  const text = 'Friday 12 March 2027\nDinner: 19:00 at Bistro Nord, Hafenstraße 2, 20457 Hamburg, set menu EUR 35 per person x 3 courses\n';
  const { extracted } = await understand([extractPastedText(text)]);
  assert.ok(extracted.food.length > 0);
  assert.ok(extracted.food.every((f) => f.guestCount !== 3));
});

test('a Markdown table cell\'s line break and inline tags show as its words', () => {
  const { tables } = markdownToText('| Time | Item |\n| --- | --- |\n| 14:00 | Load in<br>rear <b>dock</b> |\n');
  assert.deepEqual(tables[0]!.rows[1], ['14:00', 'Load in rear dock']);
});

test('star ratings written with figures are rating lines', () => {
  for (const line of ['4* Hotel', '4-star hotel', '★★★★☆ Hotel']) assert.ok(isRatingLine(line), line);
  assert.ok(!isRatingLine('Park Hotel'));
});
