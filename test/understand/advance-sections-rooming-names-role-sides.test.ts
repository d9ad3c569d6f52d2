/**
 * A German production advance laid out in numbered sections: "Halle" labels the venue; a miscellany
 * numbered beside the technical section ("8. Sonstiges": guest list, Wi-Fi) is no technical remark, so
 * the power row keeps "other"; a role's bracket naming the act's side ("Tourmanagement (Künstler)") is no
 * company. A hotel sheet's rooms table headed "Room | Name | Room type" lists the stay's guests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { workbook } from './helpers.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

const ADVANCE = [
  'Produktionsadvance', '',
  '1. Veranstaltung', '',
  'Künstler\tThe Lantern Crows',
  'Datum\tDonnerstag, 14. Oktober 2027',
  'Halle\tKulturwerk Ost',
  'Adresse\tMalzweg 3, 93047 Regensburg', '',
  '6. Kontakte', '',
  'Funktion\tName\tTelefon\tE-Mail',
  'Produktion\tKarla Mendt\t0171 552 18 40\tk.mendt@maelzerei.example.de',
  'Tourmanagement (Künstler)\tRory Blake\t+44 7700 900871\trory@lanterncrows.example.com', '',
  '7. Technik', '',
  'PA\tL-Acoustics Kara, 6 pro Seite',
  'Backline\tDrumset vorhanden',
  'Strom\tBühne rechts 1× CEE 32 A', '',
  '8. Sonstiges', '',
  'Gästeliste\tmax. 10 Plätze',
  'WLAN\tMaelzerei-Gast',
].join('\n');

test('a German advance: "Halle" is the venue, the numbered miscellany is no technical remark, the act\'s side is no company', async () => {
  const x = await extracted(ADVANCE);
  assert.equal(x.general.venue, 'Kulturwerk Ost');
  assert.equal(x.technical.other, 'Strom: Bühne rechts 1× CEE 32 A', JSON.stringify(x.technical));
  const tm = x.contacts.find((c) => c.name === 'Rory Blake');
  assert.equal(tm?.role, 'Tourmanagement (Künstler)', JSON.stringify(x.contacts));
  assert.equal(tm?.company, null);
});

test('a rooms table headed by a name column beside the room column lists the stay\'s guests', async () => {
  const source = await workbook('hotell.xlsx', [
    ['Hotell', [
      ['Hotell', 'Hotell Strandkanten'],
      ['Adress', 'Strandvägen 8, 871 31 Härnösand'],
      ['Incheckning', 'fre 12 november 2027 från kl. 15.00'],
      ['Utcheckning', 'lör 13 november 2027 senast kl. 11.00'],
      ['Rooming list'],
      ['Rum', 'Namn', 'Rumstyp', 'Kommentar'],
      ['1', 'Hedda Lund', 'Enkelrum', 'sen ankomst'],
      ['2', 'Per Axelsson', 'Dubbelrum (twin)', 'delar rum'],
      ['', 'Jonas Ek'],
    ]],
  ]);
  const x = (await understand([source])).extracted;
  assert.deepEqual(x.hotels[0]?.guests, ['Hedda Lund', 'Per Axelsson', 'Jonas Ek'], JSON.stringify(x.hotels));
});
