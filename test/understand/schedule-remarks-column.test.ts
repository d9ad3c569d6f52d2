/**
 * A venue's day schedule "Time | What | Notes": the Notes column holds remarks on each item, never its
 * place (a "Details" column without a place column still reads as the place). Also a meal "cooked by"
 * a named kitchen. Invented fixtures.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATERER } from '../../src/understand/sections/food-words.js';
import { scheduleItems } from './helpers.js';

test('a "Notes" column is the items\' notes; a "Details" column is still their place', () => {
  const notes = scheduleItems(['Time\tWhat\tNotes', '13:00\tGet in\tGoods lift from the yard, max 2 m', '22:30\tCurfew\tstrictly enforced'].join('\n'), ['location', 'notes']);
  assert.deepEqual(notes.map((i) => [i.name, i.location ?? null, i.notes ?? null]), [
    ['Get in', null, 'Goods lift from the yard, max 2 m'],
    ['Curfew', null, 'strictly enforced'],
  ]);
  const details = scheduleItems(['Time\tWhat\tDetails', '13:00\tGet in\tLoading bay'].join('\n'), ['location', 'notes']);
  assert.deepEqual(details.map((i) => [i.name, i.location ?? null]), [['Get in', 'Loading bay']]);
});

test('"cooked by our kitchen partner X" names the caterer', () => {
  assert.equal(CATERER.exec('18:00 in the green room, cooked by our kitchen partner Salt & Ember.')?.[1], 'Salt & Ember');
  assert.equal(CATERER.exec('prepared by Fig Kitchen')?.[1], 'Fig Kitchen');
});
