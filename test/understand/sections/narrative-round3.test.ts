import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract as general } from '../../../src/understand/sections/general.js';
import { placeOf } from '../../../src/understand/sections/place.js';
import { mask } from '../../../src/understand/text/mask.js';
import { pasted, scheduleItems } from '../helpers.js';
import { contactRows, run } from './travel-fixtures.js';

test('a team chat\'s "[date time] Name" lines are blanked, date the chat and name each message\'s sender', () => {
  const chat = [
    '[04/08/2027 09:10] Rosa Emmerich', 'Morning! Running order?', '',
    '[04/08/2027 09:20] Ivo Sandal', 'Doors 20:00', '',
    '[04/08/2027 09:22] Rosa Emmerich', 'Thanks',
  ].join('\n');
  const m = mask(chat, false);
  assert.equal(m.text.length, chat.length);
  assert.equal(m.chatDate!.toISOString().slice(0, 10), '2027-08-04');
  assert.ok(!m.text.includes('09:20') && !m.text.includes('Ivo'));
  assert.deepEqual(m.turns.map((t) => [t.sender, chat.slice(t.senderAt, t.senderAt + t.sender.length), chat.slice(...t.span).trim()]), [
    ['Rosa Emmerich', 'Rosa Emmerich', 'Morning! Running order?'],
    ['Ivo Sandal', 'Ivo Sandal', 'Doors 20:00'],
    ['Rosa Emmerich', 'Rosa Emmerich', 'Thanks'],
  ]);
});

test('a chat sender who writes "my mobile is …" is a contact with the role they give themself', () => {
  const chat = [
    '[04/08/2027 09:10] Rosa Emmerich', 'Who do we call on the day?', '',
    '[04/08/2027 09:20] Ivo Sandal', "I'm stage manager that night, my mobile is 0171 4452 908 if you get lost.", '',
    '[04/08/2027 09:22] Rosa Emmerich', 'Great, thanks',
  ].join('\n');
  assert.deepEqual(contactRows(chat, 'DE'), [['Ivo Sandal', 'stage manager', null, '+491714452908', null]]);
});

test('a hyphenated word before a role in prose stays with it ("in-house lighting engineer")', () => {
  const rows = contactRows('Our in-house lighting engineer Pia Gerlach (pia@kulturdepot.example) will meet you.');
  assert.deepEqual(rows.map((r) => [r[0], r[1]]), [['Pia Gerlach', 'In-house lighting engineer']]);
});

test('role words: a compound technician ("Ljustekniker"), an ASCII "Arrangor", "Programmation" in a signature', () => {
  const rows = contactRows([
    'Arrangor: Lena Holm 070-412 33 81',
    'Ljustekniker: Olof Berg 073-209 44 17',
  ].join('\n'), 'SE');
  assert.deepEqual(rows.map((r) => [r[0], r[1], r[3]]), [
    ['Lena Holm', 'Arrangor', '+46704123381'],
    ['Olof Berg', 'Ljustekniker', '+46732094417'],
  ]);
  const signature = contactRows('Merci,\n\nCordialement,\nJulie Perrin\nProgrammation – Le Hangar Rouge\n04 78 22 15 60 · julie@hangarrouge.example.fr');
  assert.deepEqual(signature.map((r) => [r[1], r[2]]), [['Programmation', 'Le Hangar Rouge']]);
});

test('"bar open from doors until 01:00" gives the doors no time; "Inslapp" (no diacritics) is doors', () => {
  assert.deepEqual(scheduleItems('Die Bar ist bei Konzerten ab Einlass bis 01:00 Uhr geöffnet.', []), []);
  assert.deepEqual(scheduleItems('18.00 Middag\n19.30 Inslapp\n21.00 Frostnatt', []).map((i) => [i.kind, i.start]), [
    ['doors', '19:30'], ['set', '21:00'],
  ]);
});

test('an address\'s national form names the country of a city the reference data does not know', () => {
  assert.equal(placeOf('Kvarngatan 7, 972 41 Lillbyn').country, 'SE');
  assert.equal(placeOf('Mejerivej 3, 4180 Sorø Ø').country, 'DK');
  assert.equal(placeOf('Sjøgata 9, 8006 Havnby').country, 'NO');
  assert.equal(placeOf('8 rue des Cordiers, 29200 Kerbriand').country, 'FR');
  assert.equal(placeOf('Lindenstraße 40, 04103 Mühlhain').country, 'DE');
  assert.equal(placeOf('Via Garibaldi 14, 40125 Borgoluce').country, 'IT');
  assert.deepEqual(placeOf('88 Orchard Row, Hoboken, NJ 07030, USA'), { city: 'Hoboken', country: 'US', cityIndex: 16 });
  assert.equal(placeOf('5 Elm Street, Dayton OH 45402').city, 'Dayton');
  // Four digits and a German street word: Austria or Switzerland, not Germany.
  assert.equal(placeOf('Lindenstraße 40, 4020 Mühlhain').country, null);
});

test('an offer "pour ACT à …" and a subject "Angebot ACT – City" name the act', () => {
  const [fr] = run(general, pasted('Bonjour,\nVoici notre offre ferme pour Les Ombres Lentes à la Grange Verte :\nDate : 3 mars 2027'));
  assert.equal(fr!.artist?.value, 'Les Ombres Lentes');
  const source = pasted('Hallo Jens,\nanbei die Details.\nDatum: 12.05.2027');
  const [de] = run(general, { ...source, metadata: { ...source.metadata, subject: 'AW: Angebot Kalter Mond – Erfurt' } });
  assert.equal(de!.artist?.value, 'Kalter Mond');
  const [none] = run(general, { ...source, metadata: { ...source.metadata, subject: 'Booking Confirmation – Hotel Lind' } });
  assert.equal(none?.artist, undefined);
});

test('a chat writer\'s introduction gives their company and role; a driver named by role has "su cel"', () => {
  const chat = [
    '[09/05/27, 10:00:01] Lucía Prieto: hola! soy Lucía de Mar Abierto Conciertos, la promotora del festival',
    '[09/05/27, 10:02:11] Jon Eskola: great, thanks!',
    '[09/05/27, 10:04:40] Lucía Prieto: el sábado nuestro chofer Rafa os recoge a las 12:00. Su cel: 612 48 90 37',
    '[09/05/27, 10:05:02] Lucía Prieto: mi cel por si acaso: +34 655 21 70 48',
  ].join('\n');
  assert.deepEqual(contactRows(chat, 'ES'), [
    ['Rafa', 'chofer', null, '+34612489037', null],
    ['Lucía Prieto', 'promotora', 'Mar Abierto Conciertos', '+34655217048', null],
  ]);
});

test('"meg når du på …" is the writer\'s number; "lydtekniker er X, phone" gives the role in prose', () => {
  const chat = [
    '02.06.2027, 09:12 - Eirik Dahl: Hei! Eirik fra Fjordlyd her, promotor for Bergen',
    '02.06.2027, 09:20 - Mia Holt: Thanks!',
    '02.06.2027, 09:31 - Eirik Dahl: lydtekniker er Tone Vik, 915 22 340. meg når du på 924 61 118',
  ].join('\n');
  assert.deepEqual(contactRows(chat, 'NO').map((r) => [r[0], r[1]?.toLowerCase(), r[2], r[3]]), [
    ['Tone Vik', 'lydtekniker', null, '+4791522340'],
    ['Eirik Dahl', 'promotor', 'Fjordlyd', '+4792461118'],
  ]);
});

test('"Adressen er …" in a chat gives the show\'s address, city and country; a hotel\'s does not', () => {
  const show = 'Alt klart for Kveldsol på fredag\nAdressen er Strandgaten 12, 5013 Bergen\nKveldsol Trio 21:00';
  const [draft] = run(general, pasted(show));
  assert.deepEqual([draft!.address?.value, draft!.city?.value, draft!.country?.value], ['Strandgaten 12, 5013 Bergen', 'Bergen', 'NO']);
  const [hotel] = run(general, pasted('Kveldsol Trio 21:00\nHotellet: adressen er Bryggen 4, 5003 Bergen'));
  assert.equal(hotel!.address, undefined);
});
