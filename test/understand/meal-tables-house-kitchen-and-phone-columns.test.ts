/**
 * Meal tables in German and Swedish day sheets: "Mahlzeit | Uhrzeit | Ort | Anbieter | Pers. | Bemerkung"
 * is a meal table (its place column "Ort" is where, not a town; times carry "Uhr"); the house's own kitchen
 * in the provider column names no provider, so the meal keeps its own name; a provider cell's bracketed
 * remark and phone after a middle dot are no part of its name. A Swedish table's "Telefon" column is the
 * restaurant's number, and a catering room with its floor after a comma is where the meal is served. A buyout
 * offered on request instead of a meal is an alternative, no meal.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { workbook } from './helpers.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('a German meal table: the house kitchen keeps the meal\'s name, a delivering provider names the meal with its phone', async () => {
  const x = await extracted([
    'Tagesablauf', '',
    'Künstler\tThe Pale Finches',
    'Datum\tSamstag, 9. Oktober 2027',
    'Adresse\tHafenweg 12, 28217 Bremen', '',
    '3. Verpflegung', '',
    'Mahlzeit\tUhrzeit\tOrt\tAnbieter\tPers.\tBemerkung',
    'Mittagessen\t12:30 Uhr\tCatering-Raum (EG)\tHausküche\t7\tEintopf und Brot',
    'Abendessen\t18:30 Uhr\tBackstage\tKombüse Nord (Lieferung) · Tel. 0421 3345 6610\t8\t1× vegan',
  ].join('\n'));
  const lunch = x.food.find((f) => f.time === '12:30');
  assert.equal(lunch?.name, 'Mittagessen', JSON.stringify(x.food));
  assert.equal(lunch?.address, 'Catering-Raum (EG)');
  assert.equal(lunch?.guestCount, 7);
  assert.equal(lunch?.notes, 'Eintopf und Brot');
  const dinner = x.food.find((f) => f.time === '18:30');
  assert.equal(dinner?.name, 'Kombüse Nord', JSON.stringify(x.food));
  assert.equal(dinner?.phone, '+4942133456610');
  assert.equal(dinner?.guestCount, 8);
});

test('a Swedish meal sheet: the catering room with its floor is where, the phone column is the restaurant\'s', async () => {
  const source = await workbook('dagsplan.xlsx', [
    ['Dag', [
      ['Datum', '2027-09-03'],
      ['Lokal', 'Verket'],
      ['Adress', 'Sandgrundsgatan 7, 652 20 Karlstad'],
    ]],
    ['Mat', [
      ['MAT – fre 3 sep 2027'],
      ['Måltid', 'Tid', 'Plats', 'Adress', 'Antal', 'Telefon', 'Kommentar'],
      ['Lunch', '12:00', 'Cateringrummet, plan 3', '', '9', '', 'Soppa, 1 vegan'],
      ['Middag', '17:30', 'Restaurang Ankaret', 'Kajgatan 4, 652 24 Karlstad', '9', '054-18 22 90', 'Bokat i bandets namn'],
    ]],
  ]);
  const x = (await understand([source])).extracted;
  const lunch = x.food.find((f) => f.time === '12:00');
  assert.equal(lunch?.name, 'Lunch', JSON.stringify(x.food));
  assert.equal(lunch?.address, 'Cateringrummet, plan 3');
  const dinner = x.food.find((f) => f.time === '17:30');
  assert.equal(dinner?.phone, '+4654182290', JSON.stringify(x.food));
});

test('a buyout offered on request in place of the booked dinner is no meal of its own', async () => {
  const x = await extracted([
    'Catering', '',
    'Abendessen: 19:00 Uhr, warmes Buffet im Backstage für 6 Personen',
    'Buyout: Statt Abendessen kann auf Wunsch ein Buyout von 18,00 € pro Person gezahlt werden.',
  ].join('\n'));
  assert.equal(x.food.length, 1, JSON.stringify(x.food));
  assert.equal(x.food[0]?.time, '19:00');
});
