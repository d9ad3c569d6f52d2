/**
 * A portal page's description lists and empty controls, an Austrian contract's
 * event-day, series and signing labels, a hotel detail label ending in the hotel's word.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFile, extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const html = async (body: string) => (await extractFile({ bytes: Buffer.from(`<html><body>${body}</body></html>`), name: 'portal.html' })).text;

test('a description list\'s term and description read as a label and its value', async () => {
  const text = await html('<dl><dt>Stage</dt><dd>Birch Tent</dd><dt>Set:</dt><dd>21:10 – 22:00</dd></dl>');
  assert.match(text, /^Stage: Birch Tent$/m);
  assert.match(text, /^Set: 21:10 – 22:00$/m);
});

test("an empty control's question does not run into the next one", async () => {
  const text = await html('<div><label for="a">Haze machine</label><input id="a" value=""><label for="b">Power</label><input id="b" value="1 x 32 A three phase"></div>');
  assert.match(text, /^Power: 1 x 32 A three phase$/m);
  assert.match(text, /^Haze machine$/m, 'the unanswered question stays alone on its line');
});

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('"Veranstaltungstag" dates the show, "Veranstaltungsreihe" names the event, "Ort, Datum" is the signing', async () => {
  const { general } = await extracted([
    'Künstler / Band:\tDie Kupferfüchse', '', 'Veranstaltungsreihe:\tHerbstlaut 2027', '',
    'Spielstätte:\tKulturhaus Lindenhof', '', 'Veranstaltungstag:\t13.11.2027\t(TT.MM.JJJJ)', '',
    'Beginn:\t20:30', '', 'Ort, Datum:\tGraz, 02.08.2027', '',
  ].join('\n'));
  assert.equal(general.date, '2027-11-13');
  assert.equal(general.eventName, 'Herbstlaut 2027');
});

test('"Telefon Hotel:" is the hotel\'s phone, not a lodging named in a label', async () => {
  const [hotel] = (await extracted([
    'Hotel:\tHotel Zum Anker', '', 'Adresse:\tKaigasse 4, 5020 Salzburg', '', 'Telefon Hotel:\t+43 662 84 11 90', '',
    'Anreise:\t13.11.2027', 'Abreise:\t14.11.2027', 'Zimmer:\t2 EZ',
  ].join('\n'))).hotels;
  assert.equal(hotel?.phone, '+43662841190');
});
