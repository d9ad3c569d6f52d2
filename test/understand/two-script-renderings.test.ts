/**
 * A two-script advance sheet (labels "住所 / Address"): a value in the other script gives way to its
 * Latin rendering after a slash or on the indented line below; a timetable's remarks column
 * (備考) holds notes, rendered too; Japanese "2027年6月3日" dates; a romanised Japanese address ends
 * "Tokyo 100-0001"; a contact's line left with only "TEL E-mail" names no company, and an
 * interpreter is a role.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { findLabelled } from '../../src/understand/text/index.js';
import { findDates } from '../../src/understand/normalise/date.js';
import { placeOf } from '../../src/understand/sections/place.js';
import { scheduleItems } from './helpers.js';

test('a value in the other script under a two-script label gives way to its Latin rendering on the indented line below', () => {
  const labelled = findLabelled(extractPastedText('住所 / Address\t〒100-0001 東京都千代田区丸の内9-9 サンプルビル4F\n\t4F Sample Bldg., 9-9 Marunouchi, Chiyoda-ku, Tokyo 100-0001\n支払 / Payment\t公演後に銀行振込\n\tBank transfer after the show\n'));
  assert.equal(labelled.find((l) => l.key === 'address')?.value, '4F Sample Bldg., 9-9 Marunouchi, Chiyoda-ku, Tokyo 100-0001');
  assert.equal(labelled.find((l) => l.key === 'payment_terms')?.value, 'Bank transfer after the show');
});

test('a rendering after a slash is the value, a slash inside brackets is a remark', () => {
  const labelled = findLabelled(extractPastedText('部屋 / Rooms\tシングル×2(計2室)/ 2 singles (2 rooms)\n出演料 / Fee\t¥300,000(税別 / excl. tax)\n'));
  assert.equal(labelled.find((l) => l.key === 'rooms')?.value, '2 singles (2 rooms)');
  assert.equal(labelled.find((l) => l.key === 'fee')?.value, '¥300,000(税別 / excl. tax)');
  // A plain Latin value keeps the line below to itself.
  const latin = findLabelled(extractPastedText('会場 / Venue\tClub Sample\n\tback entrance on the side street\n'));
  assert.equal(latin.find((l) => l.key === 'venue')?.value, 'Club Sample');
});

test('a date written with year, month and day characters', () => {
  assert.equal(findDates('2027年6月3日(木) 15:00〜')[0]?.value, '2027-06-03');
  assert.equal(findDates('2027년 6월 3일')[0]?.value, '2027-06-03');
});

test('a romanised Japanese address ends with the city and its postcode', () => {
  const place = placeOf('9-9 Marunouchi, Chiyoda-ku, Tokyo 100-0001');
  assert.equal(place.city, 'Tokyo');
  assert.equal(place.country, 'JP');
});

test('a timetable cell under a remarks header is a note, in its Latin rendering', () => {
  const items = scheduleItems('時間\t項目\t備考\n13:00\t搬入 / Load-in\t正面入口・台車あり\n\t\tMain entrance, trolleys on site\n19:00\t開場 / Doors\n', ['notes', 'location']);
  const loadIn = items.find((i) => i.kind === 'load_in');
  assert.equal(loadIn?.notes, 'Main entrance, trolleys on site');
  assert.equal(loadIn?.location, undefined);
});

test('a contact line left with only its phone and e-mail labels names no company; an interpreter is a role', async () => {
  const text = 'CONTACTS\nPromoter\tAnna Berg\n\tTEL 0170 1234567 E-mail anna@example.de\nInterpreter\tKarl Weiss\n\tTEL 0171 7654321 E-mail karl@example.de\n';
  const { extracted } = await understand([extractPastedText(text)]);
  const karl = extracted.contacts.find((c) => c.name === 'Karl Weiss');
  assert.equal(karl?.role, 'Interpreter');
  assert.equal(karl?.company, null);
});

test('a role written in capitals in brackets after a name is no pair of line labels', async () => {
  const text = 'Who is your contact on the day?\nMia Holt (TM), +49 170 1234567, mia@band.example\n';
  const { extracted } = await understand([extractPastedText(text)]);
  assert.equal(extracted.contacts.find((c) => c.name === 'Mia Holt')?.role, 'TM');
});
