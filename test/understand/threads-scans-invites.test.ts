import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extract as contacts } from '../../src/understand/sections/contacts.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { placeOf } from '../../src/understand/sections/place.js';
import { scheduleOf } from '../../src/understand/sections/schedule.js';
import { context, pasted, scheduleItems } from './helpers.js';

const items = (text: string) => scheduleItems(text, ['end', 'notes', 'location', 'destination']);
const values = <T extends object>(draft: T) =>
  Object.fromEntries(Object.entries(draft).map(([k, v]) => [k, (v as { value: unknown }).value]));

test('a reply on top changes the quoted schedule per fact; the rest of the quoted plan stays', () => {
  const thread = [
    'Hi Jonas,',
    '',
    'soundcheck 15.30–16.30 works for us. We need to move the doors to 19.45, so Hollow Pines plays 20.30–21.00.',
    '',
    'On Mon 3 May 2027 at 09:12, Jonas Ek <jonas@example.org> wrote:',
    '> Run of day:',
    '> Load-in: 14.00 (goods lift at the back)',
    '> Soundcheck: 16.00–17.00',
    '> Line check Hollow Pines: 17.15–17.40',
    '> Doors: 19.00',
    '> Hollow Pines: 20.00–20.30',
    '> Marble Fox: 21.00–22.30',
  ].join('\n');
  assert.deepEqual(items(thread), [
    { name: 'Load-in', kind: 'load_in', start: '14:00', notes: 'goods lift at the back' },
    { name: 'Soundcheck', kind: 'soundcheck', start: '15:30', end: '16:30' },
    { name: 'Line check Hollow Pines', kind: 'soundcheck', start: '17:15', end: '17:40' },
    { name: 'Doors', kind: 'doors', start: '19:45' },
    { name: 'Hollow Pines', kind: 'set', start: '20:30', end: '21:00' },
    { name: 'Marble Fox', kind: 'set', start: '21:00', end: '22:30' },
  ]);
});

test('a Nordic "move the doors to" is the new time, not an end', () => {
  const got = items('Vi måste flytta insläppet till 20.00, tyvärr.');
  assert.deepEqual(got.map((i) => [i.kind, i.start]), [['doors', '20:00']]);
});

test('a transfer line names its route after a comma, the arrow perhaps read as a dash', () => {
  assert.deepEqual(items('11:15 Van call, guesthouse lobby → hall\n23:50 Bus to guesthouse\n'), [
    { name: 'Van call', kind: 'transfer', start: '11:15', location: 'guesthouse lobby', destination: 'hall' },
    { name: 'Bus to guesthouse', kind: 'transfer', start: '23:50' },
  ]);
  assert.deepEqual(items('11:15 Van call, guesthouse lobby - hall').map((i) => [i.name, i.location, i.destination]), [
    ['Van call', 'guesthouse lobby', 'hall'],
  ]);
});

test('a numbered postal district or an Eircode after the city', () => {
  assert.deepEqual(placeOf('22 Mill Quay, Dublin 8'), { city: 'Dublin', country: 'IE', cityIndex: 14 });
  assert.equal(placeOf('5 Harbour Row, Dublin D02 X285').country, 'IE');
});

test('contact lines of role, name and number, as OCR reads columns with single spaces', () => {
  const sheet = pasted([
    'CONTACTS',
    'Promoter Orla Keane 087 555 0142 orla@examplelive.ie',
    'Stage manager Dara Quinn 086 555 0187',
    'TM Rob Ellery +44 7700 900123',
    'Doors 19:30 Rob Ellery 2 guests',
    'Veranstalter\tIda Roth\tVerein Nordlicht\t044 555 01 02',
  ].join('\n'));
  const got = contacts(context([sheet], { country: { value: 'IE' } })).map(values);
  assert.deepEqual(got.map((c) => [c['name'], c['role'], c['phone']]), [
    ['Orla Keane', 'Promoter', '+353875550142'],
    ['Dara Quinn', 'Stage manager', '+353865550187'],
    ['Rob Ellery', 'TM', '+447700900123'],
  ]);
});

test('a calendar invite: the act from "X en concert – Venue", the organiser, and a description that is a schedule', () => {
  const ics: ExtractedSource = {
    ...pasted([
      'Summary: Brume Douce en concert – La Fonderie',
      'Start: 20280310T210000',
      'End: 20280310T223000',
      'Location: La Fonderie, 4 rue des Forges, 35000 Rennes, France',
      'Organizer: Lucie Perrin <Lucie.Perrin@fonderie.example.fr>',
      'Description: Programme du jour',
      '',
      'Balances : 17h00 (plateau nu)',
      'Contact jour J : Lucie Perrin, +33 6 98 76 54 32',
    ].join('\n')),
    format: 'ics',
  };
  const show = scheduleOf(ics).find((i) => i.kind.value === 'set')!;
  assert.equal(show.notes, undefined);
  const g = values(general(context([ics]))[0]!);
  assert.equal(g['artist'], 'Brume Douce');
  assert.equal(g['venue'], 'La Fonderie');
  const people = contacts(context([ics], { country: { value: 'FR' } })).map(values);
  assert.ok(people.some((c) => c['email'] === 'lucie.perrin@fonderie.example.fr' && c['name'] === 'Lucie Perrin'));
  assert.ok(people.some((c) => c['phone'] === '+33698765432' && c['role'] === 'Contact jour J'));
});

test('a pick-up written as a verb is a transfer with its date, place and destination', () => {
  const chat = pasted([
    '[02/03/2028, 10:05] Ines Moura: Hello! I am your driver. I pick you up Friday 04/03 at 11:40 at the north terminal, door 3, and drive you to the venue.',
    '[02/03/2028, 10:07] Tom Reid: Great, thanks',
    '[02/03/2028, 10:08] Ines Moura: See you then',
  ].join('\n'));
  const got = scheduleOf(chat).map((i) => [i.name.value, i.kind.value, i.date?.value, i.start.value, i.location?.value, i.destination?.value]);
  assert.deepEqual(got, [['Transfer', 'transfer', '2028-03-04', '11:40', 'north terminal, door 3', 'venue']]);
});

test('a support slot labelled with its act in brackets is named by the act', () => {
  assert.deepEqual(items('- 1re partie (Ondine Marsh) : 20h15 – 20h50').map((i) => [i.name, i.kind]), [['Ondine Marsh', 'set']]);
});

test('a register or tax number in a letter\'s footer is no phone, and a desk is no person', () => {
  const letter = pasted([
    'Dear guests,', 'your rooms are confirmed.', '', 'Bien cordialement,', '',
    'Service Réservations – Hôtel des Tilleuls', 'Hôtel des Tilleuls SAS – RCS Nancy 523 118 904',
  ].join('\n'));
  assert.deepEqual(contacts(context([letter], { country: { value: 'FR' } })), []);
});

test('a hotel\'s own confirmation gives no show date, though it names the act', () => {
  const letter = pasted([
    'HOTEL KASTANIENHOF',
    'ROOMING LIST – CONFIRMATION',
    'Artist:\tBrass Lantern',
    'Booking no.:\tKH-55120',
    'Arrival:\tFriday, 12 May 2028 – check-in from 15:00',
    'Departure:\tSaturday, 13 May 2028 – check-out until 11:00',
  ].join('\n'));
  const g = values(general(context([letter]))[0]!);
  assert.equal(g['artist'], 'Brass Lantern');
  assert.equal(g['date'], undefined);
});
