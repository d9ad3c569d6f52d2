/** German Outlook reply-all threads, phone chats with "Yesterday"/"Today" stamps, festival mails with one block per act. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pasted, scheduleItems } from './helpers.js';
import { understand } from '../../src/understand/index.js';
import { read } from '../../src/understand/text/read.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';
import { dayPart } from '../../src/understand/sections/schedule-day-values.js';
import { placeOf } from '../../src/understand/sections/place.js';

const THREAD = [
  'Hallo Pia, hallo Ben,',
  '',
  'Essen: ist auf 9 Personen hochgesetzt, die Zeit bleibt um 18:00 Uhr.',
  '',
  'Get-in: früher geht leider nicht. Bleibt also bei ab 15 Uhr.',
  '',
  'Hotel: Das Hotel Seeblick hat uns gestern alle Zimmer storniert. Wir haben euch stattdessen im',
  'Hotel Lindenhof, Gartenweg 4, 28195 Bremen, Tel. 0421 5550123',
  'gebucht: 3 DZ + 1 EZ, Check-in ab 15 Uhr, Check-out Sonntag, 15.05. bis 11 Uhr. Buchungsnr. LH-4411.',
  '',
  'Viele Grüße',
  'Rita',
  '',
  'Rita Sommer',
  'Produktion',
  'Weserklang Konzerte GmbH',
  'Tel. +49 421 5550100 · Mobil +49 160 5551234',
  'rita.sommer@weserklang.example.de',
  '',
  '________________________________',
  'Von: Rita Sommer <rita.sommer@weserklang.example.de>',
  'Gesendet: Montag, 2. Mai 2033 10:14',
  'An: Pia Roth <pia@example.de>',
  'Cc: Ben Falk <ben@agentur.example.de>; Uwe Hahn <uwe@halle.example.de>',
  'Betreff: Advance Sturmflug – Bremen, 14.05.2033',
  '',
  'Hallo Pia,',
  '',
  'hier die Eckdaten für Samstag, 14.05.2033 – Sturmflug in der Halle Ost, Hafenstraße 8, 28217 Bremen.',
  '',
  'Get-in: ab 15 Uhr (Laderampe im Hof, Zufahrt über die Nordstraße)',
  'Soundcheck Sturmflug: 16:30 – 17:30 Uhr',
  'Sturmflug: um 21:00 Uhr, Spielzeit 90 Minuten',
  '',
  'Catering: Abendessen um 18:00 Uhr im Backstage, gekocht vom Team Linde, geplant für 7 Personen.',
  '',
  'Hotel: Hotel Seeblick, Seeweg 2, 28195 Bremen – 2 DZ + 1 EZ, Check-out Sonntag, 15.05. bis 11 Uhr.',
  '',
  'Viele Grüße',
  'Rita',
].join('\n');

test('a German Outlook thread: the act, venue, day, hotel change, caterer and signer as the newest message leaves them', async () => {
  const { extracted } = await understand([pasted(THREAD)]);
  const g = extracted.general;
  // An act's name ending in "-flug" is no flight; the check-out's "15.05." is not the show's day.
  assert.deepEqual([g.artist, g.venue, g.address, g.date, g.setTime, g.setLengthMinutes, g.soundcheckTime],
    ['Sturmflug', 'Halle Ost', 'Hafenstraße 8, 28217 Bremen', '2033-05-14', '21:00', 90, '16:30']);
  // The cancelled hotel is gone: only the one booked instead.
  assert.deepEqual(extracted.hotels.map((h) => [h.name, h.rooms, h.bookingReference]), [['Hotel Lindenhof', 4, 'LH-4411']]);
  // "gekocht vom Team Linde" names the caterer; the newer message's head count replaces the older one.
  assert.deepEqual(extracted.food.map((f) => [f.name, f.guestCount, f.time]), [['Team Linde', 9, '18:00']]);
  const getIn = extracted.activities.find((a) => a.kind === 'load_in');
  // Restated at the same time, the get-in keeps the older message's remark (capitalised, as German writes nouns).
  assert.equal(getIn?.notes, 'Laderampe im Hof, Zufahrt über die Nordstraße');
  // ", Spielzeit 90 Minuten" is the set's length, no place.
  assert.equal(extracted.activities.find((a) => a.kind === 'set')?.location, null);
  // The signer is reached on her mobile, not the office line; the "An:"/"Cc:" lines give nobody's details.
  const rita = extracted.contacts.find((c) => c.name === 'Rita Sommer');
  assert.deepEqual([rita?.phone, rita?.company], ['+491605551234', 'Weserklang Konzerte GmbH']);
  assert.ok(!extracted.contacts.some((c) => c.name === 'Ben Falk' || c.name === 'Uwe Hahn'));
});

test('an Outlook header block is dated by its "Gesendet:" line, not by a date in its subject', () => {
  const older = read(pasted(THREAD)).messages.find((m) => m.depth === 1);
  assert.equal(older?.date?.toISOString().slice(0, 10), '2033-05-02');
});

test('"Tourmanager", "Agentin": German job titles written as one word are roles', async () => {
  const text = [
    'Hallo, anbei die Daten.', '', 'Viele Grüße', '', 'Tina Berg | Agentin', 'Nordlicht Booking GmbH', 'tina@nordlicht.example.de',
  ].join('\n');
  const { extracted } = await understand([pasted(text)]);
  assert.deepEqual(extracted.contacts.map((c) => [c.name, c.role, c.company]), [['Tina Berg', 'Agentin', 'Nordlicht Booking GmbH']]);
});

test('only a travel compound is a flight: "Rückflug" is, an act named "Kiebitzflug" is not', () => {
  assert.equal(activityKind('Rückflug'), null);
  assert.equal(activityKind('Kiebitzflug'), 'other');
});

const SMS = [
  'Lou - Harbour Events (runner)',
  '+44 7700 900123',
  'Text message',
  '',
  'Mon, 3 May 10:00',
  'Lou: Hi, I\'m your runner on your Velvet Owls show at The Boatshed, Unit 2 Canal Wharf, Leeds LS1 4BR, Saturday 08/05/2027.',
  'Me: Great, thanks',
  'Lou: Day sheet: doors 19:00, you\'re on 20:45',
  'Delivered',
  '',
  'Yesterday 20:10',
  'Me: Arrived, all good',
  'Lou: Saturday I\'ll collect you from the hotel 13:40 and run you to the venue for load in',
  '',
  'Today 09:00',
  'Lou: Change: I\'ll pick you up at the hotel 14:40 instead of 13:40',
  'Me: Ok',
  'Read 09:05',
].join('\n');

test('a phone chat\'s "Yesterday" and "Today" stamps follow its last dated one; receipts are no items', () => {
  const r = read(pasted(SMS));
  assert.deepEqual(r.turns.map((t) => t.date?.toISOString().slice(0, 10)),
    ['2027-05-03', '2027-05-03', '2027-05-03', '2027-05-04', '2027-05-04', '2027-05-05', '2027-05-05']);
  assert.ok(!r.lines.some((l) => /^(?:Delivered|Read 09:05)$/.test(l.text.trim())));
});

test('a runner names the act and venue; a pick-up moved "instead of" its old time keeps the old one\'s destination', async () => {
  const { extracted } = await understand([pasted(SMS)]);
  const g = extracted.general;
  assert.deepEqual([g.artist, g.venue, g.address, g.city], ['Velvet Owls', 'The Boatshed', 'Unit 2 Canal Wharf, Leeds LS1 4BR', 'Leeds']);
  assert.deepEqual(extracted.activities.filter((a) => a.kind === 'transfer').map((a) => [a.startTime, a.location, a.destination]),
    [['14:40', 'hotel', 'venue']]);
});

test('a festival\'s per-day rows give the act\'s day: with dates, or several days sharing a time', () => {
  const saturday = '2027-07-03';
  const gates = 'Friday 2 July 15:00 · Saturday 3 July 12:00 · Sunday 4 July 12:00';
  assert.equal(gates.slice(dayPart(gates, saturday)!.time, dayPart(gates, saturday)!.time + 5), '12:00');
  const music = 'Friday and Saturday 23:30 · Sunday 22:30';
  assert.equal(music.slice(dayPart(music, saturday)!.time, dayPart(music, saturday)!.time + 5), '23:30');
  const items = scheduleItems(['Day: Saturday 3 July 2027', `Gates open: ${gates}`, `Music ends (noise permit): ${music}`].join('\n'), ['date']);
  assert.deepEqual(items, [
    { name: 'Gates open', kind: 'doors', start: '12:00', date: saturday },
    { name: 'Music ends', kind: 'curfew', start: '23:30', date: saturday },
  ]);
});

test('a festival mail\'s numbered site heading names the venue over the stage; a Dutch postcode says NL', async () => {
  const text = [
    'ARTIST INFO · ZOMERDIJK 2027', '',
    '1. SITE & ADDRESS',
    'Festivalterrein Oosterweide, Dijkweg 5, 1861 AB Bergen, Netherlands', '',
    'YOUR SHOW', 'Act: Paper Kites Club', 'Day: Saturday 3 July 2027', 'Stage: Havenpodium', 'Show: 17:45–18:35',
  ].join('\n');
  const { extracted } = await understand([pasted(text)]);
  const g = extracted.general;
  assert.deepEqual([g.venue, g.address, g.city, g.country], ['Festivalterrein Oosterweide', 'Dijkweg 5, 1861 AB Bergen, Netherlands', 'Bergen', 'NL']);
  assert.equal(placeOf('Breelaan 40, 1861 BM Bergen').country, 'NL');
});
