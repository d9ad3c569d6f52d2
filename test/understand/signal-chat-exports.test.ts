import { test } from 'node:test';
import assert from 'node:assert/strict';
import { read } from '../../src/understand/text/read.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { addresses, roomTotal } from '../../src/understand/sections/travel/phrases.js';
import { pasted, scheduleItems } from './helpers.js';
import { contactRows, run, show, values } from './sections/travel-fixtures.js';

// An invented Signal group export: ISO-dated "[YYYY-MM-DD HH:MM] Name: " prefixes.
const CHAT = [
  'Signal · Gruppe „Nordlicht Ensemble × Halle 7"',
  '',
  '[2028-03-06 09:10] Jana Kurz: Hallo! Jana hier, Künstlerbetreuung vom Kulturbüro Weser. Ich bin am Samstag eure Ansprechpartnerin im Lagerhaus 4 (Dockstraße 12, 28195 Bremen).',
  '[2028-03-06 09:12] Jana Kurz: Zeiten für Samstag, 11.03.:',
  'Get-in 13:00',
  'Soundcheck Nordlicht 15:00–16:00',
  'Einlass 19:00',
  'Nordlicht 20:45 (75 min)',
  'Curfew 22:30 (Anwohner)',
  '[2028-03-06 09:14] Jana Kurz: Hotel: Hotel Alter Hafen, 3 EZ + 1 DZ, zwei Nächte.',
  '[2028-03-06 09:20] Du: Danke!',
  '[2028-03-07 10:00] Jana Kurz: Meine Handynummer fürs Wochenende: 0171 2345678, Mail: jana.kurz@kulturbuero.example.de',
  '[2028-03-07 10:05] Piet Vos: mine is +31 6 12 34 56 78, I\'m doing production on this run',
  '[2028-03-09 17:00] Jana Kurz: Planänderung: das Alter Hafen hat storniert.',
  'Neu: Hotel Wallanlage, Am Wall 20, 28195 Bremen, Tel. 0421 55 66 77',
  'Gleiche Zimmer (3 EZ + 1 DZ), Check-in Freitag ab 15 Uhr, Check-out Sonntag bis 11 Uhr.',
  'Buchungsnr. WA-55-1234. Frühstück ist inklusive.',
  '[2028-03-09 17:05] Du: Alles klar.',
].join('\n');

test('a Signal export\'s ISO-dated prefixes are chat turns; the first one dates the chat', () => {
  const r = read(pasted(CHAT));
  assert.equal(r.turns.length, 8);
  assert.equal(r.turns[0]!.sender, 'Jana Kurz');
  assert.equal(r.referenceDate?.toISOString().slice(0, 10), '2028-03-06');
  assert.ok(!r.lines.some((l) => l.text.includes('[2028-')));
});

test('a venue named after "im" may end in a number when its address follows in brackets', () => {
  const [draft] = run(general, pasted(CHAT));
  assert.equal(draft?.venue?.value, 'Lagerhaus 4');
  assert.equal(draft?.address?.value, 'Dockstraße 12, 28195 Bremen');
  assert.equal(draft?.date?.value, '2028-03-11');
});

test('a check naming its act makes that one-word name alone with a time the act\'s set', () => {
  const items = scheduleItems(CHAT, ['end', 'notes', 'length']);
  assert.deepEqual(items.find((i) => i.kind === 'soundcheck'), { name: 'Soundcheck Nordlicht', kind: 'soundcheck', start: '15:00', end: '16:00' });
  assert.deepEqual(items.find((i) => i.kind === 'set'), { name: 'Nordlicht', kind: 'set', start: '20:45', length: 75 });
  // A curfew's reason in brackets is its note, capitalised or not.
  assert.equal(items.find((i) => i.kind === 'curfew')?.notes, 'Anwohner');
  // A colon after the label keeps the check's name to the label.
  assert.equal(scheduleItems('Soundcheck: Nordlicht 15:00\nDoors: 19:00', [])[0]?.name, 'Soundcheck');
  // A lone capitalised word with a time is no item unless a check names it.
  assert.ok(!scheduleItems('Hallo\nArrival 14:00\nDoors 19:00', []).some((i) => i.name === 'Arrival'));
});

test('a chat message cancelling the hotel and naming a new one replaces it; what follows is the new one\'s', () => {
  const found = run(hotels, pasted(CHAT), show('2028-03-11', 'Bremen', 'DE')).map(values);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.name, 'Hotel Wallanlage');
  assert.equal(found[0]!.address, 'Am Wall 20, 28195 Bremen');
  assert.equal(found[0]!.rooms, 4);
  assert.equal(found[0]!.bookingReference, 'WA-55-1234');
  assert.equal(found[0]!.checkInDate, '2028-03-10');
  assert.equal(found[0]!.checkOutDate, '2028-03-12');
});

test('an address ends before a phone label; German room abbreviations count; a phone\'s digits count no rooms', () => {
  assert.equal(addresses('Hotel X, Am Wall 20, 28195 Bremen, Tel. 0421 55 66 77')[0]?.value, 'Am Wall 20, 28195 Bremen');
  assert.equal(roomTotal('3 EZ + 1 DZ')?.value, 4);
  assert.equal(roomTotal('Tel. 0421 55 66 20 Gleiche Zimmer'), undefined);
});

test('chat writers giving their own numbers: "mine is", "meine Handynummer fürs Wochenende:", "X hier, Rolle vom Firma"', () => {
  const rows = contactRows(CHAT, 'DE');
  assert.deepEqual(rows.find((r) => r[0] === 'Jana Kurz'), ['Jana Kurz', 'Künstlerbetreuung', 'Kulturbüro Weser', '+491712345678', 'jana.kurz@kulturbuero.example.de']);
  assert.deepEqual(rows.find((r) => r[0] === 'Piet Vos'), ['Piet Vos', 'production', null, '+31612345678', null]);
});
