import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { nameCellParts } from '../../src/understand/sections/schedule-name-cell.js';
import { roomTypeGuests } from '../../src/understand/sections/travel/stay-room-types.js';
import { passengerDetailLines } from '../../src/understand/sections/travel/passenger-detail-line.js';
import { rowDuration } from '../../src/understand/sections/travel/itinerary-header.js';
import { pasted } from './helpers.js';

test('a German item cell keeps a capitalised remark in brackets apart as its note', () => {
  const parts = (cell: string) => { const p = nameCellParts(cell); return [p.name.value, p.notes?.value ?? null]; };
  assert.deepEqual(parts('Get-In (8 Helfer vom Haus)'), ['Get-In', '8 Helfer vom Haus']);
  assert.deepEqual(parts('Radiointerview WDR 5 (Anja + Bent)'), ['Radiointerview WDR 5', 'Anja + Bent']);
  assert.deepEqual(parts('Curfew (Anwohnerschutz – bitte einhalten!)'), ['Curfew', 'Anwohnerschutz – bitte einhalten!']);
  // A lone name says whose item it is, capitals alone name a place: both stay.
  assert.deepEqual(parts('Soundcheck Support (Ida Lund)'), ['Soundcheck Support (Ida Lund)', null]);
  // A slot or a head count qualifying the item stays too, as does a place's bracket after a dash.
  assert.deepEqual(parts('Balance Nora Vey (1ère partie)'), ['Balance Nora Vey (1ère partie)', null]);
  assert.deepEqual(parts('Podcast – live chat (3 band members)'), ['Podcast – live chat (3 band members)', null]);
  assert.equal(nameCellParts('Get-in — side door (Quay St end)').from?.value, 'side door (Quay St end)');
  // A route's remark is the ride's note, no part of where it goes; a pointer elsewhere is dropped.
  const ride = nameCellParts('Transfer Bahnhof → Hotel (Koffer abladen)');
  assert.deepEqual([ride.name.value, ride.to?.value, ride.notes?.value], ['Transfer', 'Hotel', 'Koffer abladen']);
  const shuttle = nameCellParts('Shuttle Hotel → Halle (Fahrerin: Petra)');
  assert.equal(shuttle.notes?.value, 'Fahrerin: Petra');
  assert.equal(nameCellParts('Bahnfahrt: ICE 512 Köln Hbf → Bremen Hbf (Details s. Reise)').to?.value, 'Bremen Hbf');
});

test('a rooming line lists each room type\'s guests apart at commas', () => {
  const names = roomTypeGuests('Rooming:\tEZ: Uwe Brand, Lena Vogt, Timo Kern · DZ: Jan Roth / Eva Roth').map((g) => g.value);
  assert.deepEqual(names, ['Uwe Brand', 'Lena Vogt', 'Timo Kern', 'Jan Roth', 'Eva Roth']);
  // A comma before the next type still ends one type's names.
  assert.deepEqual(roomTypeGuests('Rooms: 3 (double: Ann Lee + Bo Ek, single: Cy Dahl)').map((g) => g.value), ['Ann Lee', 'Bo Ek', 'Cy Dahl']);
});

test('a one-flight passenger line gives the name, seat, cabin and booking code', () => {
  const [line] = passengerDetailLines('Passagier: Jonte Brix · Sitz 22A · Economy · Buchungscode QX7P2L · Ticket 220-1111111111');
  assert.equal(line?.name.value, 'Jonte Brix');
  assert.equal(line?.seat?.value, '22A');
  assert.equal(line?.cabin?.value, 'Economy');
  assert.equal(line?.reference?.value, 'QX7P2L');
  assert.equal(rowDuration('Sa., 4.12.2027\tLH 101\t10:00\t11:20\t1 Std. 20 Min.', 0)?.value, 80);
});

test('a German day sheet: group rows name the contacts\' firms, a meal row drops its count bracket', async () => {
  const sheet = pasted([
    'Tourplan Bremen',
    '',
    'Sa., 04.12.2027 – Bremen',
    '',
    'Zeit\tProgrammpunkt\tOrt',
    '18:30\tAbendessen / Catering (8 Pers., davon 1x vegetarisch)\tKantine, EG',
    '21:00\tKonzert\tSaal',
    '',
    'Hotel',
    '',
    'Hotel:\tHotel Weserblick',
    'Anreise:\tSa., 04.12.2027 – Check-in ab 15:00 Uhr',
    'Abreise:\tSo., 05.12.2027 – Check-out bis 11:00 Uhr',
    'Hinweis:\tParkplatz im Hof reserviert.',
    '',
    'Kontakte',
    '',
    'Name\tFunktion\tTelefon\tE-Mail',
    'Band',
    'Uwe Brand\tTourmanager\t+49 171 5550001\tuwe@example.de',
    'Veranstalter: Weserklang Konzerte GmbH',
    'Lena Vogt\tPromoterin / Abendleitung\t+49 421 5550002\tlena@weserklang.example.de',
    'Spielort: Halle am Deich',
    'Timo Kern\tHaustechnik\t+49 421 5550003\ttechnik@halle-am-deich.example.de',
  ].join('\n'));
  const { extracted: x } = await understand([sheet]);
  const company = (name: string) => x.contacts.find((c) => c.name === name)?.company ?? null;
  assert.equal(company('Uwe Brand'), null);
  assert.equal(company('Lena Vogt'), 'Weserklang Konzerte GmbH');
  assert.equal(company('Timo Kern'), 'Halle am Deich');
  const dinner = x.food[0];
  assert.equal(dinner?.name, 'Abendessen');
  assert.equal(dinner?.guestCount, 8);
  assert.equal(x.hotels[0]?.notes, 'Parkplatz im Hof reserviert.');
});
