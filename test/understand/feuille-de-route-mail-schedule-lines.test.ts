/**
 * A promoter's day sheet written as mail lines: the support's check named with its slot and act
 * ("Balances 1re partie (X) 17h45-18h15") and kept apart from the band's own check, a place said after an
 * item's time ("18h30 en loge (15 min)", "im Pressezelt (direkt nach dem Auftritt)") without its remark,
 * and the hotel's French booking number ("résa n° …") and national phone after its address line's dash.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

const MAIL = [
  'Bonjour Camille,',
  '',
  'Voici la feuille de route pour la date des Lucioles Rouges à Nantes, vendredi 9 octobre 2026.',
  '',
  'LIEU',
  'Le Hangar Bleu',
  '4 rue des Forges, 44000 Nantes',
  '',
  'FEUILLE DE ROUTE – vendredi 9 octobre',
  'Get-in 13h',
  'Balances 16h00-17h00',
  'Balances 1re partie (Nora Vey) 17h15-17h45',
  'Interview Radio Loire 18h15 en loge (20 min)',
  'Ouverture des portes 19h30',
  'Couvre-feu 23h30',
  '',
  'HÉBERGEMENT',
  'Hôtel du Port Vieux',
  '9 quai Turenne, 44000 Nantes – 02 40 11 22 33',
  '2 chambres, nuit du 9 au 10 octobre, résa n° 55107 au nom de l\'organisateur',
  'Check-in à partir de 15h, départ 11h au plus tard.',
].join('\n');

test('the support\'s check keeps its slot and act in its name; the band\'s own check stays the soundcheck', async () => {
  const { extracted } = await understand([pasted(MAIL)]);
  const checks = extracted.activities.filter((a) => a.kind === 'soundcheck').map((a) => [a.name, a.startTime, a.endTime]);
  assert.deepEqual(checks, [['Balances', '16:00', '17:00'], ['Balances 1re partie (Nora Vey)', '17:15', '17:45']]);
  assert.equal(extracted.general.soundcheckTime, '16:00');
});

test('a place said after an item\'s time, a length in brackets after it', async () => {
  const { extracted } = await understand([pasted(MAIL)]);
  const interview = extracted.activities.find((a) => a.kind === 'interview');
  assert.equal(interview?.startTime, '18:15');
  assert.equal(interview?.location, 'loge');
});

test('a French "résa n°" is the booking number; a national phone after the address line\'s dash is the hotel\'s', async () => {
  const { extracted } = await understand([pasted(MAIL)]);
  const hotel = extracted.hotels[0];
  assert.equal(hotel?.bookingReference, '55107');
  assert.equal(hotel?.phone, '+33240112233');
});

test('a lower-case remark in brackets after a labelled item\'s place is no part of the place', async () => {
  const text = [
    'Tagesablauf Freitag, 14.08.2026',
    'Soundcheck: 16:00–16:30',
    '',
    'Presse',
    'Interview Radio Heide: 20:10–20:25 Uhr im Medienzelt (gleich nach dem Konzert).',
  ].join('\n');
  const { extracted } = await understand([pasted(text)]);
  const interview = extracted.activities.find((a) => a.kind === 'interview');
  assert.equal(interview?.location, 'Medienzelt');
});

test('a meal line in a day\'s list takes its own line\'s time, not the list\'s first', async () => {
  const text = [
    'RUNNING ORDER – Friday 9 October 2026',
    'Load-in 13:00',
    'Soundcheck 16:00-17:00',
    'hot dinner 18:30',
    'Doors 19:30',
  ].join('\n');
  const { extracted } = await understand([pasted(text)]);
  assert.deepEqual(extracted.food.map((f) => [f.name, f.time]), [['Hot dinner', '18:30']]);
});

test('the support\'s check named by its slot and act is the same check as one named by the act', async () => {
  const sheet = [
    'Feuille de route – vendredi 9 octobre 2026',
    'Balances 16h00-17h00',
    'Balances 1re partie (Nora Vey) 17h15-17h45',
  ].join('\n');
  const notes = ['Friday 9 October 2026', '16:00  soundcheck', '17:15  Nora Vey line check'].join('\n');
  const { extracted } = await understand([pasted(sheet), pasted(notes)]);
  const checks = extracted.activities.filter((a) => a.kind === 'soundcheck' && a.startTime === '17:15');
  assert.equal(checks.length, 1);
});

test('a support slot\'s act in brackets before its time is no place of the slot', async () => {
  const text = ['Sat 16 May 2026', 'Doors 19:30', 'Support (Ana Bel, solo) 20:15 - 20:45', 'Headline 21:00 - 22:30'].join('\n');
  const { extracted } = await understand([pasted(text)]);
  const support = extracted.activities.find((a) => a.startTime === '20:15');
  assert.equal(support?.location ?? null, null);
});
