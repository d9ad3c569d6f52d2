/** A Dutch venue's advance sheet: a "Tijd / Wat / Opmerking" day plan, a hotel's phone labelled after the hotel word, a meal's provider row. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';
import { run, show } from './sections/travel-fixtures.js';
import { scheduleItems } from './helpers.js';

const PLAN = [
  'Dagplanning',
  'Tijd\tWat\tOpmerking',
  '13.00 uur\tLaden\tachterdeur, max. 2 busjes',
  '16.00 – 17.00 uur\tSoundcheck De Klokkenluiders',
  '18.30 uur\tDiner\tzie Catering',
  '20.00 uur\tDeuren open',
  '20.30 – 21.00 uur\tSupport: Merel Tuinstra',
  '21.30 – 23.00 uur\tDe Klokkenluiders',
  '23.30 uur\tCurfew\tgeluid uit',
].join('\n');

test('a day plan headed "Wat" is a schedule table; its "Opmerking" cells are notes, not places', () => {
  const items = scheduleItems(PLAN, ['end', 'notes', 'location', 'support']);
  assert.deepEqual(items, [
    { name: 'Laden', kind: 'load_in', start: '13:00', notes: 'achterdeur, max. 2 busjes' },
    { name: 'Soundcheck De Klokkenluiders', kind: 'soundcheck', start: '16:00', end: '17:00' },
    { name: 'Deuren open', kind: 'doors', start: '20:00' },
    // A support slot's cell names the act after its label.
    { name: 'Merel Tuinstra', kind: 'set', start: '20:30', end: '21:00', support: true },
    { name: 'De Klokkenluiders', kind: 'set', start: '21:30', end: '23:00' },
    { name: 'Curfew', kind: 'curfew', start: '23:30', notes: 'geluid uit' },
  ]);
});

test('the Dutch words for dinner and breakfast name meals, no items of the day', () => {
  assert.equal(activityKind('Diner'), null);
  assert.equal(activityKind('Ontbijt'), null);
  assert.equal(activityKind('Deuren open'), 'doors');
});

test('"Telefoon hotel": a detail label with the hotel word after it is the hotel\'s', () => {
  const text = [
    'Hotel\tHotel Het Anker',
    'Adres\tKaaistraat 3, 1011 AB Amsterdam',
    'Aankomst\tvrijdag 4 juni 2027, inchecken vanaf 14.00 uur',
    'Vertrek\tzaterdag 5 juni 2027, uitchecken vóór 11.00 uur',
    'Telefoon hotel\t020 123 45 67',
  ].join('\n');
  const [hotel] = run(hotels, extractPastedText(text), show('2027-06-04', 'Amsterdam', 'NL'));
  assert.equal(hotel!.phone?.value, '+31201234567');
});

test('a "Verzorgd door" / "Provided by" row under a meal names its provider', () => {
  const text = [
    'Catering',
    'Diner\twarme maaltijd voor 6 personen om 18.30 uur in de kleedkamer',
    'Verzorgd door\tKeuken Zuid',
    'Dieetwensen\tgraag doorgeven',
  ].join('\n');
  const [meal] = run(food, extractPastedText(text), show('2027-06-04', 'Amsterdam', 'NL'));
  assert.deepEqual(
    { name: meal!.name?.value, kind: meal!.kind?.value, time: meal!.time?.value, guests: meal!.guestCount?.value },
    { name: 'Keuken Zuid', kind: 'catering', time: '18:30', guests: 6 },
  );
});
