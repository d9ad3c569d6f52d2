import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../src/understand/normalise/index.js';
import { labelKey } from '../../src/understand/text/lexicon.js';
import { placeOf } from '../../src/understand/sections/place.js';
import { RESTAURANT, VENUE_ROOM } from '../../src/understand/sections/food-words.js';
import { extract as contacts } from '../../src/understand/sections/contacts.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { peopleCounts } from '../../src/understand/sections/travel/phrases.js';
import { pasted } from './helpers.js';
import { run, show, values } from './sections/travel-fixtures.js';

const REF = new Date(Date.UTC(2028, 0, 10));

test('Greek dates: a genitive month, capitals without accents, a weekday before a day/month', () => {
  assert.equal(findDates('Παρασκευή 4 Φεβρουαρίου 2028', REF)[0]?.value, '2028-02-04');
  assert.equal(findDates('4 ΦΕΒΡΟΥΑΡΙΟΥ 2028', REF)[0]?.value, '2028-02-04');
  assert.equal(findDates('Σάβ. 5/2, από 15:00', REF)[0]?.value, '2028-02-05');
});

test('Greek labels of a day sheet read as their keys', () => {
  assert.deepEqual(['Διεύθυνση', 'Τηλ.', 'Όνομα', 'Σημείωση', 'ΗΜΕΡΟΜΗΝΙΑ', 'Ώρα'].map(labelKey), ['address', 'phone', 'name', 'notes', 'date', 'time']);
});

test('a Greek street with a five-digit postcode before a Greek city is in Greece', () => {
  assert.deepEqual(placeOf('Ερμού 42, 105 63 Αθήνα'), { city: 'Αθήνα', country: 'GR', cityIndex: 17 });
});

test('a taverna in Greek, a numbered dressing room and "άτομα" are read like their English words', () => {
  assert.ok(RESTAURANT.test('από Ψαροταβέρνα «Το Κύμα»'));
  assert.ok(RESTAURANT.test('Dinner at Café Lune'));
  assert.ok(VENUE_ROOM.test('Καμαρίνι 3'));
  assert.ok(VENUE_ROOM.test('Dressing room 2'));
  assert.equal(peopleCounts('6 άτομα')[0]?.value, 6);
});

test('a schedule row naming the taverna that serves dinner in a dressing room', () => {
  const text = [
    'Ώρα\tΤι / What\tΠού / Where\tΣημειώσεις / Notes',
    '19:00\tΔείπνο / Dinner\tΚαμαρίνι 3\tαπό Ταβέρνα «Η Αυλή», 6 άτομα',
    '21:00\tΣυναυλία / Show\tΚεντρική σκηνή\t',
  ].join('\n');
  const [meal] = run(food, pasted(text), show('2028-02-04')).map(values);
  assert.deepEqual([meal!.name, meal!.kind, meal!.address, meal!.guestCount, meal!.notes ?? null], ['Ταβέρνα «Η Αυλή»', 'catering', 'Καμαρίνι 3', 6, null]);
});

test('a contact sheet\'s role "Tour Manager (Band)" gives the role and, in brackets, the company', () => {
  const text = [
    'Name\tRole\tMobile\tEmail',
    'Mara Quill\tTour Manager (Glass Orchard)\t+44 7700 900 512\tmara@glassorchard.example.co.uk',
    'Teo Brandt\tMonitor engineer (FOH)\t+49 170 555 0192\tteo@example.de',
  ].join('\n');
  const people = run(contacts, pasted(text)).map(values);
  assert.deepEqual(people.map((p) => [p.name, p.role, p.company ?? null]), [
    ['Mara Quill', 'Tour Manager', 'Glass Orchard'],
    ['Teo Brandt', 'Monitor engineer (FOH)', null],
  ]);
});
