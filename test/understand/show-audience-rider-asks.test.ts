import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pasted, context } from './helpers.js';
import { toEverybody } from '../../src/understand/sections/show-audience.js';
import { showSourcesOf } from '../../src/understand/sections/show-relevance.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';

const PRESS_RELEASE = [
  'PRESS RELEASE',
  'Embargoed until 09:00 on Monday 6 March 2028',
  'Larchfield Weekender announces its final acts',
  'Headliners Copper Wren and The Tidal Mothers play the Hill Stage at 21:00 on 14 and 15 July 2028.',
  'Gates open at 10:00. Weekend tickets £120 (+ booking fee).',
  'Partner hotel: The Drovers Rest offers 10% off stays, check-in from 15:00.',
  'Media contact: Nell Ormsby, 07700 900555, nell@pr.example',
  'ENDS',
  'Notes to editors',
  'Larchfield Weekender was founded in 2014.',
].join('\n');

test('a press release of a whole line-up is written to everybody and gives no show data', () => {
  const release = pasted(PRESS_RELEASE);
  assert.equal(toEverybody(release), true);
  assert.deepEqual(showSourcesOf([release]), []);
});

test('a press release prepared for the act, or a mail that only mentions one, is read', () => {
  assert.equal(toEverybody(pasted(`Prepared for: Copper Wren\n${PRESS_RELEASE}`)), false);
  assert.equal(toEverybody(pasted([
    'Hi Sam, the press release for the show is attached.',
    'Doors 19:00, curfew 23:00 on Friday 3 March 2028. Media contact at the venue is Jo.',
  ].join('\n'))), false);
  assert.equal(toEverybody(pasted([
    'Friday 3 March 2028 — Corn Hall',
    'Press release: sent to local papers',
    'Press contact: Jo Vane, 07700 900321',
    'Doors 19:00 · Curfew 23:00',
  ].join('\n'))), false);
});

const CIRCULAR = [
  'To: all promoters, hirers and visiting companies',
  'Dear colleagues,',
  'From 1 February 2028 until further notice the following applies to all events in the Corn Hall.',
  'Soundchecks not before 15:00. Music to end by 23:00. No loading after 23:30.',
  'Kind regards, Ada Pim, Venue Manager, 01632 960123',
].join('\n');

test('a venue circular to all hirers is written to everybody; an advance for one show is not', () => {
  assert.equal(toEverybody(pasted(CIRCULAR)), true);
  assert.equal(toEverybody(pasted([
    'À tous les organisateurs et artistes accueillis',
    'Chers collègues, à partir du 1er février 2028 et jusqu\'à nouvel ordre, la musique doit cesser à 23h00.',
  ].join('\n'))), true);
  assert.equal(toEverybody(pasted(`${CIRCULAR}\nYour set is 21:00–22:15 on 4 February.`)), false);
  assert.equal(toEverybody(pasted([
    'Dear colleagues,',
    'Soundcheck for the Corn Hall show on 4 February 2028 is at 16:00, doors 19:00.',
  ].join('\n'))), false);
});

const HOSPITALITY = [
  'Dressing room catering (on arrival, 16:00)',
  '- 12 bottles of water, fresh fruit',
  'Dinner',
  'A hot dinner for 6 people at 19:30 at the venue.',
  'Accommodation',
  'Hotel Marigold, 3 single rooms, check-in 12 March 2028, check-out 13 March 2028.',
].join('\n');

test('a rider\'s catering, dinner and rooms are asks: no meal and no stay', () => {
  const rider = pasted(['TECHNICAL AND HOSPITALITY RIDER', 'Backline: drum kit. Monitors: 4 wedges. Lighting: house rig.', HOSPITALITY].join('\n'));
  assert.deepEqual(food(context([rider])), []);
  assert.deepEqual(hotels(context([rider])), []);
  const note = pasted(['Hi Sam, all set for Friday.', HOSPITALITY].join('\n'));
  assert.ok(food(context([note])).length > 0);
});

test('a meal asked for in Spanish, French or German is no booking; one stated is', () => {
  for (const ask of [
    'Solicitamos una cena caliente para 6 personas a las 19:30.',
    'Nous demandons un repas chaud pour 6 personnes à 19:30.',
    'Wir benötigen ein warmes Abendessen für 6 Personen um 19:30.',
  ]) assert.deepEqual(food(context([pasted(ask)])), [], ask);
  assert.equal(food(context([pasted('La cena será a las 19:30 para 6 personas.')])).length, 1);
});
