/**
 * A message that corrects an earlier document wins on what it restates; Italian and Norwegian stay
 * labels and prose; a hotel e-mail's one-line footer; "15 > 16 Oct" stay ranges.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { understand } from '../../src/understand/index.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { placeOf } from '../../src/understand/sections/place.js';
import { footerAddress, footerLine } from '../../src/understand/sections/travel/stay-footer.js';
import { readStay } from '../../src/understand/sections/travel/stay.js';
import { pasted } from './helpers.js';
import { run, values } from './sections/travel-fixtures.js';

const asFile = (text: string, name: string): ExtractedSource => ({ ...pasted(text), name, origin: 'file' });

test('a chat that corrects the day sheet wins on curfew and set end, and the old curfew item goes', async () => {
  const sheet = asFile([
    'DAY SHEET – Lantern Folk – Saturday 6 March 2027',
    'Venue: Sala Corvo',
    'Doors: 19:30',
    'Lantern Folk: 21:00 – 22:30',
    'Curfew: 23:00',
  ].join('\n'), 'sheet.txt');
  const chat = pasted([
    '[01/03/27, 10:02:11] Nora Vidal: Hi! Update to the day sheet: curfew is now 22:30 so your set is 21:00–22:15',
    '[01/03/27, 10:05:40] Tom Reyes: fine, thanks',
  ].join('\n'));
  const { extracted } = await understand([sheet, chat]);
  assert.equal(extracted.general.curfewTime, '22:30');
  assert.equal(extracted.general.setLengthMinutes, 75);
  assert.equal(extracted.general.date, '2027-03-06');
  assert.deepEqual(extracted.activities.filter((a) => a.kind === 'curfew').map((a) => a.startTime), ['22:30']);
  assert.ok(extracted.warnings.some((w) => w.code === 'conflict'));
});

test('an Italian hotel confirmation: Arrivo, Partenza, Camere, Ospiti with Sig./Sig.ra, and its footer', () => {
  const mail = asFile([
    'Conferma prenotazione – Albergo Fontana',
    '',
    'Codice prenotazione\tFNT-55120',
    'Arrivo\tgiovedì 9 settembre 2027 (check-in dalle ore 15:00)',
    'Partenza\tvenerdì 10 settembre 2027 (check-out entro le ore 10:30)',
    'Camere\t2',
    'Ospiti\tSig. Piero Landi, Sig.ra Agata Moro',
    '',
    'Albergo Fontana · Corso Roma 12 · 10121 Torino (TO) · Tel. +39 011 445 2210 · info@albergofontana.example.it',
  ].join('\n'), 'conferma.eml');
  const [h] = run(hotels, mail).map(values);
  assert.equal(h!.checkInDate, '2027-09-09');
  assert.equal(h!.checkOutDate, '2027-09-10');
  assert.equal(h!.checkOutTime, '10:30');
  assert.equal(h!.rooms, 2);
  assert.deepEqual(h!.guests, ['Piero Landi', 'Agata Moro']);
  assert.equal(h!.address, 'Corso Roma 12, 10121 Torino (TO)');
  assert.equal(h!.city, 'Torino');
  assert.equal(h!.phone, '+390114452210');
});

test('a footer line needs the hotel name first and two more cells', () => {
  const text = 'Pension Sonne | Marktgasse 3 | 6003 Luzern | info@sonne.example.ch\nPension Sonne thanks you';
  const line = footerLine(text, 'Pension Sonne')!;
  assert.equal(footerAddress(line)!.value, 'Marktgasse 3, 6003 Luzern');
  assert.equal(footerLine('Pension Sonne | see you soon', 'Pension Sonne'), undefined);
});

test('an Italian province after the city is not part of it', () => {
  assert.equal(placeOf('Via Dante 4, 40121 Bologna (BO)').city, 'Bologna');
});

test('"14 > 15 Nov" is a stay from the 14th to the 15th', () => {
  const hits = readStay({ text: 'Hotel Birk – 2 rooms, 14 > 15 Nov, check-in from 15:00', start: 0 }, new Date('2027-10-01'), null);
  assert.equal(hits.checkInDate?.value, '2027-11-14');
  assert.equal(hits.checkOutDate?.value, '2027-11-15');
});

test('a Norwegian hotel paragraph gives its booking number and breakfast note', () => {
  const mail = asFile([
    'Hei!',
    '',
    'Dere bor på Hotell Fjordlys, Havnegata 3, 8006 Bodø. 2 dobbeltrom, innsjekk lørdag fra kl. 14, utsjekk søndag innen kl. 11. Bestillingsnummer FJ-4410. Frokost er inkludert.',
  ].join('\n'), 'mail.eml');
  const [h] = run(hotels, { ...mail, format: 'eml' }).map(values);
  assert.equal(h!.bookingReference, 'FJ-4410');
  assert.match(String(h!.notes), /^Frokost er inkludert/);
});
