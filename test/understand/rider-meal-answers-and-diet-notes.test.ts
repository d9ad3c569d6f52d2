/**
 * Meals written in prose. A rider's promoter answer box books the meal; a diet bracket
 * after the caterer is the notes; a meal line listing its place in comma parts (Urdu "،" too) gives the
 * place, its address and the notes after the head count; a room before a postposition ("گرین روم میں",
 * "green room eke") is where the meal is served; a ride's arrow to dinner is no meal; a Khmer-labelled
 * breakfast "Included" is the stay's board.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const food = async (text: string) => (await understand([extractPastedText(text)])).extracted.food;

test("a rider's promoter answer box books the meal it names", async () => {
  const meals = await food([
    'THE HOLLOW PINES',
    'Catering rider, spring 2028',
    'Venue: please fill in each PROMOTER RESPONSE field and send the rider back two weeks ahead.',
    '',
    '4. CATERING',
    'Six of us need a cooked meal at least 90 minutes before we play. One of us is vegan.',
    'PROMOTER RESPONSE: Dinner from Saltmarsh Kitchen at 17:30 in dressing room 2, tapas for',
    'everyone, 6 pax.',
    '',
    '5. HOTEL',
    'Two twin rooms near the venue.',
  ].join('\n'));
  assert.equal(meals.length, 1, JSON.stringify(meals));
  assert.equal(meals[0]!.name, 'Saltmarsh Kitchen');
  assert.equal(meals[0]!.kind, 'catering');
  assert.equal(meals[0]!.address, 'dressing room 2');
  assert.equal(meals[0]!.time, '17:30');
  assert.equal(meals[0]!.guestCount, 6);
});

test('a diet bracket after the caterer is the meal\'s notes', async () => {
  const meals = await food('Show on 4 May 2028.\n\nSupper in the green room at 19:00 for 5 people, provided by Copper Pot Kitchen (1 vegan).\n');
  assert.equal(meals.length, 1, JSON.stringify(meals));
  assert.equal(meals[0]!.name, 'Copper Pot Kitchen');
  assert.equal(meals[0]!.notes, '1 vegan');
});

test('an Urdu meal line lists its place, address, count and notes; a room before "میں" is where', async () => {
  const meals = await food([
    'تاریخ: ہفتہ ۱۲ مارچ ۲۰۲۸',
    '',
    '■ کھانا',
    '- جمعہ ۱۱ مارچ رات ۹ بجے: ڈنر، Blue Courtyard، مال روڈ، گلبرگ – ۶ افراد (ڈرائیور بھی)',
    '- ہفتہ ۱۲ مارچ شام ۷ بجے: ڈریسنگ روم میں کیٹرنگ، Saffron Pot Catering – ۵ افراد، ۱ ویگن',
  ].join('\n'));
  const courtyard = meals.find((m) => m.name === 'Blue Courtyard');
  const pot = meals.find((m) => m.name === 'Saffron Pot Catering');
  assert.ok(courtyard && pot, JSON.stringify(meals));
  assert.equal(courtyard.kind, 'restaurant');
  assert.equal(courtyard.address, 'مال روڈ، گلبرگ');
  assert.equal(courtyard.guestCount, 6);
  assert.equal(courtyard.notes, 'ڈرائیور بھی');
  assert.equal(pot.kind, 'catering');
  assert.equal(pot.address, 'ڈریسنگ روم');
  assert.equal(pot.guestCount, 5);
});

test('a Singlish chat: the listed restaurant, its streets and "N denekuta"; a ride to dinner is no meal', async () => {
  const meals = await food([
    '03/03/2028, 09:00 - Kasun Crew: Transport eka 👇',
    'Sikurada 18.15 lobby → dinner',
    '03/03/2028, 09:05 - Kasun Crew: Dinner eka Sikurada raa 7ta, Rice Barn Kitchen, Canal Road, Negombo – 6 denekuta, table eka reserve kala.',
    '03/03/2028, 09:07 - Kasun Crew: Gig day lunch eka 1.30 green room eke 👍',
  ].join('\n'));
  assert.ok(!meals.some((m) => m.time === '18:15'), JSON.stringify(meals));
  const barn = meals.find((m) => m.name === 'Rice Barn Kitchen');
  assert.ok(barn, JSON.stringify(meals));
  assert.equal(barn.address, 'Canal Road, Negombo');
  assert.equal(barn.guestCount, 6);
  const lunch = meals.find((m) => m.name === 'Lunch');
  assert.equal(lunch?.address, 'green room');
});

test('a Khmer-labelled breakfast "Included" row is the stay\'s board, no meal', async () => {
  const meals = await food([
    'RIVERSIDE INN – BOOKING CONFIRMATION',
    'Confirmation No.\tRI-4471',
    'ថ្ងៃមកដល់ / Arrival\tFriday, 10 March 2028',
    'អាហារពេលព្រឹក / Breakfast\tរួមបញ្ចូល (ម៉ោង ០៧:០០) · Included, 07:00 – 10:30, Garden Café (first floor)',
  ].join('\n'));
  assert.deepEqual(meals, []);
});
