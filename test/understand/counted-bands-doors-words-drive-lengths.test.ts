/**
 * A spoken number
 * that counts bands is no hour; French "porte" is no doors; a long line's Portuguese "no" is no act's
 * name; "10h drive" is a length; Serbian/Croatian "večeras" (tonight) is no dinner; an empty form box
 * keeps the value written before it on its line.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFile, extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { findClockWords } from '../../src/understand/normalise/time-words.js';

const read = async (lines: string[]) => (await understand([extractPastedText(lines.join('\n'))])).extracted;

test('"dalle tre band del festival" counts bands; "das três bandas" too: no clock time', () => {
  assert.deepEqual(findClockWords('La cena in camerino è offerta dalle tre band del festival.').map((m) => m.value), []);
  assert.deepEqual(findClockWords('O jantar no camarim vem das três bandas do festival.').map((m) => m.value), []);
  assert.deepEqual(findClockWords('il check out entro le dieci di lunedì').map((m) => m.value), ['10:00']);
});

test('French "porte" (a door, "carries") is no doors time', async () => {
  const x = await read(['Bonjour,', '', 'Concert le samedi 13 mars 2027 au Bikini, Toulouse.', 'Le régisseur vous porte les badges vers 15h00.', 'Ouverture des portes à 19h30.']);
  assert.equal(x.general.doorsTime, '19:30');
  assert.ok(!x.activities.some((a) => a.kind === 'doors' && a.startTime === '15:00'), JSON.stringify(x.activities));
});

test('"Afterparty no Bar Ocidente" is a place, not an act; "Hoshi no Umi" stays a name', async () => {
  const x = await read(['Programa – sábado, 18 de setembro de 2027', '', '20:00 Abertura da casa', '21:00 Hoshi no Umi', '23:30 Afterparty no Bar Ocidente']);
  assert.equal(x.general.setTime, '21:00');
  assert.equal(x.activities.find((a) => a.startTime === '21:00')?.kind, 'set');
  assert.notEqual(x.activities.find((a) => a.startTime === '23:30')?.kind, 'set');
});

test('"- 10h drive from Glasgow to London" is how long the drive takes, not an item at ten', async () => {
  const x = await read(['Travel day – Sunday 14 March 2027', '', '- 10h drive from Glasgow to London, leave at 06:00', '- 18:00 dinner at the hotel']);
  assert.ok(!x.activities.some((a) => a.startTime === '10:00'), JSON.stringify(x.activities));
});

test('a Croatian "21:00 Nastup večeras" (tonight) stays an item', async () => {
  const x = await read(['Satnica – petak, 12. ožujka 2027., Tvornica, Zagreb', '', '17:00 Tonska proba', '19:00 Otvaranje vrata', '21:00 Nastup večeras']);
  assert.ok(x.activities.some((a) => a.startTime === '21:00'), JSON.stringify(x.activities));
});

test('an empty form box after a written value keeps the value on its line', async () => {
  const src = await extractFile({ bytes: Buffer.from('<html><body><p>Venue: Paradiso, Amsterdam <input type="search"></p><p>Hotel: Hotel Okura <input type="text"></p><p>Video content <input type="text" value=""></p><p>Power: 2 x 16 A</p></body></html>', 'utf8'), name: 'form.html' });
  assert.match(src.text, /Venue: Paradiso, Amsterdam/);
  assert.match(src.text, /Hotel: Hotel Okura/);
  assert.doesNotMatch(src.text, /Video content Power/);
});
