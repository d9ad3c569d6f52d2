/**
 * An Austrian or German advance mail: a clock in words in a mail that also has an HTML part ("Einlass um halb
 * neun"), a rooming list by German room types ("DZ 1: … / …", "EZ: …"), a buyout labelled before its meal
 * ("Buyout Mittagessen:"), an offer of a meal or its buyout that is no booking yet, an assent that names no
 * caterer ("Catering: passt"), and the Austrian "Jause".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

const mail = (lines: string[], html = false) => {
  const source = pasted(lines.join('\n'));
  return html ? { ...source, html: `<p>${lines.join('<br>')}</p>` } : source;
};

test('a clock in words is read in a mail that also has an HTML part', async () => {
  const lines = ['Servus Jonas,', '', 'Soundcheck 17:00, Einlass um halb neun, Konzert 21:30.', '', 'lg Theresa'];
  const { extracted } = await understand([mail(lines, true)]);
  assert.equal(extracted.general.doorsTime, '20:30');
});

test('a rooming list by German room types gives every guest of the stay', async () => {
  const lines = [
    'Hallo Theresa,',
    '',
    'Hotel: wir haben euch im Hotel Lindenhof, Kirchgasse 3, 5020 Salzburg reserviert, 2 DZ + 1 EZ, Anreise 06.03.,',
    'Abreise 07.03.2027. Check-in ab 15 Uhr.',
    '',
    'Zimmeraufteilung:',
    '  DZ 1: Lena Brandt / Tobias Kern',
    '  DZ 2: Mira Vogt / Paul Eder',
    '  EZ: Jonas Aigner',
    '',
    'Doors 20:00',
  ];
  const { extracted } = await understand([mail(lines)]);
  assert.deepEqual(extracted.hotels[0]?.guests, ['Lena Brandt', 'Tobias Kern', 'Mira Vogt', 'Paul Eder', 'Jonas Aigner']);
});

test('a buyout labelled before its meal is that meal\'s buyout', async () => {
  const lines = ['Hallo,', '', 'Doors 20:00', 'Buyout Mittagessen: 18,– € p.P. x 5, bar am Abend', '', 'lg Theresa'];
  const { extracted } = await understand([mail(lines)]);
  assert.deepEqual(extracted.food.map((f) => [f.name, f.kind]), [['Buyout Mittagessen', 'buyout']]);
});

test('an offer of a hot meal or its buyout books no catering', async () => {
  const lines = [
    'Hallo,',
    '',
    'Doors 20:00',
    'Catering: warmes Essen um 19:00 im Backstage oder Buyout mit 18 € pro Person, wie ihr wollt.',
    '',
    'lg Theresa',
  ];
  const { extracted } = await understand([mail(lines)]);
  assert.deepEqual(extracted.food, []);
});

test('an assent under the catering label names no caterer', async () => {
  const { extracted } = await understand([mail(['Hallo,', '', 'Doors 20:00', 'Catering: passt, danke.', '', 'lg Jonas'])]);
  assert.deepEqual(extracted.food, []);
});

test('an Austrian "Jause" in the backstage is catering', async () => {
  const lines = ['Hallo,', '', 'Doors 20:00', 'Die Jause steht ab 16:00 Uhr im Backstage bereit.', '', 'lg Theresa'];
  const { extracted } = await understand([mail(lines)]);
  assert.deepEqual(extracted.food.map((f) => [f.kind, f.time, f.address]), [['catering', '16:00', 'Backstage']]);
});
