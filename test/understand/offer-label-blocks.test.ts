/** A booking agency's offer laid out as label rows: people and their Phone/E-mail rows, the night's times, hospitality. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract as food } from '../../src/understand/sections/food.js';
import { isJobTitle } from '../../src/understand/sections/people.js';
import { pasted, scheduleItems } from './helpers.js';
import { contactRows, run, show } from './sections/travel-fixtures.js';

const OFFER = [
  'PURCHASER',
  '',
  'Company:\tBlue Heron Presents LLC, 40 Pine Avenue, Tulsa, OK 74103',
  '',
  'Buyer:\tNora Blake, Talent Buyer',
  '',
  'Phone:\t(918) 555-0142 (cell)',
  '',
  'Email:\tnora@blueheronpresents.example.com',
  '',
  'Settlement:\tNora Blake or her designee',
  '',
  'PRODUCTION',
  '',
  'Production Contact:\tEli Stroud, Production Manager, The Cedar Hall',
  '',
  'Phone:\t(918) 555-0177',
  '',
  'Email:\teli@cedarhall.example.com',
  '',
  'AGENT',
  '',
  'Agent:\tRuth Okafor, Northgate Artists',
  'Phone:\t(615) 555-0109 direct',
  'Email:\truth@northgateartists.example.com',
].join('\n');

test('a person\'s row takes the Phone and Email rows under it, a blank line apart or not', () => {
  const rows = contactRows(OFFER, 'US');
  const nora = rows.find((r) => r[0] === 'Nora Blake');
  assert.deepEqual(nora?.slice(1), ['Talent Buyer', 'Blue Heron Presents LLC', '+19185550142', 'nora@blueheronpresents.example.com']);
  const eli = rows.find((r) => r[0] === 'Eli Stroud');
  assert.deepEqual(eli?.slice(1), ['Production Manager', 'The Cedar Hall', '+19185550177', 'eli@cedarhall.example.com']);
  const ruth = rows.find((r) => r[0] === 'Ruth Okafor');
  assert.deepEqual(ruth?.slice(1), ['Agent', 'Northgate Artists', '+16155550109', 'ruth@northgateartists.example.com']);
});

test('rows under a person stop at any other label, and one of each kind is taken', () => {
  const rows = contactRows([
    'Promoter:\tLeo Grant',
    '',
    'Box Office:\t(405) 555-0100',
    '',
    'Phone:\t(405) 555-0199',
  ].join('\n'), 'US');
  assert.equal(rows.some((r) => r[0] === 'Leo Grant'), false);
  const twice = contactRows('Tour manager:\tIda Vance\nEmail:\tida@vance.example.com\nEmail:\toffice@vance.example.com\n', 'US');
  assert.deepEqual(twice.find((r) => r[0] === 'Ida Vance')?.slice(1), ['Tour manager', null, null, 'ida@vance.example.com']);
});

test('a job title after the name is the person\'s own; a firm\'s name is not a title', () => {
  assert.equal(isJobTitle('Talent Buyer'), true);
  assert.equal(isJobTitle('Production Manager'), true);
  assert.equal(isJobTitle('Northgate Artists'), false);
  assert.equal(isJobTitle('Nordic Booking'), false);
  assert.equal(isJobTitle('Harbour Agent Group LLC'), false);
  const rows = contactRows('Promoter: Tess Lund, Marketing Director, tess@lundlive.example.com\n', 'US');
  assert.equal(rows.find((r) => r[0] === 'Tess Lund')?.[1], 'Marketing Director');
});

test('a curfew\'s bracket is its note when it gives a reason, not when it only says how firm the time is', () => {
  const items = (line: string) => scheduleItems(`Doors: 7:00 PM\n${line}\n`, ['notes']).find((i) => i['kind'] === 'curfew');
  assert.equal(items('Curfew: 11:00 PM (hard, county noise rule)')?.['notes'], 'hard, county noise rule');
  assert.equal(items('Curfew: 23:00 (hall cleared by 23:30)')?.['notes'], 'hall cleared by 23:30');
  assert.equal(items('Curfew: 23:00 (strict)')?.['notes'], undefined);
  assert.equal(items('Curfew: 23:00 (orario tassativo della sala)')?.['notes'], undefined);
});

test('hospitality "per rider" or left to the buyer\'s option books no meal', () => {
  const meals = (text: string) => run(food, pasted(text), show('2027-05-14'));
  assert.deepEqual(meals('Hospitality:\tPer Artist rider. Hot meal for 6 or $15 per person buyout.\n'), []);
  assert.deepEqual(meals('Catering:\tHot meal for 6 or $15 per person buyout, at Purchaser\'s option.\n'), []);
  assert.equal(meals('Catering:\tGreen Fork Kitchen, hot meal for 6 at 18:00\n').length, 1);
});
