import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Contact, Technical } from '../../src/interfaces.js';
import type { Draft } from '../../src/understand/found.js';
import { extract as contacts } from '../../src/understand/sections/contacts.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { extract as technical } from '../../src/understand/sections/technical.js';
import { questionAnswers } from '../../src/understand/text/index.js';
import { read } from '../../src/understand/text/read.js';
import { context, pasted } from './helpers.js';

const values = <T>(d: Draft<T> | undefined) =>
  Object.fromEntries(Object.entries(d ?? {}).map(([k, v]) => [k, (v as { value: unknown }).value]));

const FORM = [
  'Advance sheet – Tanzhaus Grünau',
  'Dinner: 18:30 in the backstage lounge',
  '',
  '1. Load-in time?',
  '13:00',
  '',
  '2. How many meals? / Wie viele Essen?',
  '5',
  '',
  '3. Diets / Allergien?',
  '2 vegetarian',
  '',
  '4. Own monitor desk / own IEM?',
  'Yes: Behringer X32 rack, 3 x Sennheiser G4',
  '',
  '5. Backline needed?',
  'Just a drum riser, everything else we bring',
  '',
  '6. Own lighting tech?',
  '',
  '7. Sound engineer contact?',
  'Mira Olsen (FOH), mira@loudfolk.example.no',
].join('\n');

test('questionnaire: each answered question is a labelled value; an unanswered one gives nothing', () => {
  const qa = questionAnswers(pasted(FORM), read(pasted(FORM)).lines);
  assert.deepEqual(qa.map((l) => [l.label, l.value]), [
    ['Load-in time', '13:00'], ['How many meals / Wie viele Essen', '5'], ['Diets / Allergien', '2 vegetarian'],
    ['Own monitor desk / own IEM', 'Yes: Behringer X32 rack, 3 x Sennheiser G4'],
    ['Backline needed', 'Just a drum riser, everything else we bring'],
    ['Sound engineer contact', 'Mira Olsen (FOH), mira@loudfolk.example.no'],
  ]);
  assert.deepEqual(questionAnswers(pasted('Can you confirm?\nYes, all good.'), read(pasted('Can you confirm?\nYes, all good.')).lines), []);
});

test('questionnaire: own gear is equipment, backline its own; a person question is no gear', () => {
  const [draft] = technical(context([pasted(FORM)]));
  assert.deepEqual(values<Technical>(draft), {
    equipment: 'Behringer X32 rack, 3 x Sennheiser G4', backline: 'Just a drum riser, everything else we bring',
  });
});

test("questionnaire: the meal count and diets answers describe the document's one meal", () => {
  const [meal] = food(context([pasted(FORM)], {}));
  assert.equal(meal!.guestCount!.value, 5);
  assert.equal(meal!.notes!.value, '2 vegetarian');
  assert.equal(meal!.address!.value, 'backstage lounge');
});

test('contacts: a taxi firm is no person; "House sound" is a role label', () => {
  const sheet = 'House sound:   Petra Lindqvist – 0701 234 567 – petra@kulturbolaget.example.se\nTaxi:          Taxi Kalmar 0480 12 12 12 (card accepted)';
  assert.deepEqual(contacts(context([pasted(sheet)])).map((d) => values<Contact>(d)), [
    { name: 'Petra Lindqvist', role: 'House sound', phone: '+46701234567', email: 'petra@kulturbolaget.example.se' },
  ]);
});
