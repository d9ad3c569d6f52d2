/**
 * A chat whose voice notes are transcribed — the client's notice and its length,
 * the "Transcript:" word, hours after Italian "alle"/"entro le" in unpunctuated speech, "un'ora e un
 * quarto", Italian item words in prose and "euro fissi" as a flat fee — and a shared document saved as
 * HTML with pending suggestions and comments.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFile, extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { findClockWords, findDurationWords } from '../../src/understand/normalise/time-words.js';

const chat = [
  '03/05/27, 09:12 - Luca Moretti: Ciao Anna, ti scrivo per venerdì, ti mando dei vocali',
  '03/05/27, 09:14 - Luca Moretti: 🎤 Messaggio vocale (0:52)',
  'Trascrizione: allora per venerdì 7 il montaggio è libero ma il carico lo facciamo alle quattro e mezza poi soundcheck alle sei, aprono le porte alle sette e mezza e voi suonate alle nove per un\'ora e mezza e il coprifuoco è alle undici e mezza',
  '03/05/27, 09:15 - Anna: Perfetto grazie',
  '03/05/27, 09:20 - Luca Moretti: 🎤 Messaggio vocale (0:19)',
  'Trascrizione: per i soldi i duemilacento euro fissi più iva con bonifico dopo la data',
  '03/05/27, 09:21 - Anna: Ok!',
].join('\n');

test('a transcribed voice note: its notice and length are no time, its spoken hours and items are the day', async () => {
  const x = (await understand([extractPastedText(chat)])).extracted;
  assert.deepEqual(x.activities.map((a) => [a.kind, a.startTime]), [
    ['load_in', '16:30'], ['soundcheck', '18:00'], ['doors', '19:30'], ['set', '21:00'], ['curfew', '23:30'],
  ]);
  assert.equal(x.general.setLengthMinutes, 90);
  assert.equal(x.food.length, 0);
  assert.deepEqual([x.deal.fee, x.deal.currency, x.deal.dealType], [2100, 'EUR', 'flat']);
});

test('Italian hour articles read a bare hour in running speech, not a counted one; a check-out hour is the morning', () => {
  assert.deepEqual(findClockWords('la prova alle quattro poi la cena').map((m) => m.value), ['16:00']);
  assert.deepEqual(findClockWords('siamo alle due persone in lista').map((m) => m.value), []);
  assert.deepEqual(findClockWords('il check out entro le dieci di lunedì').map((m) => m.value), ['10:00']);
  assert.deepEqual(findDurationWords("suonate per un'ora e mezza").map((m) => m.value), [90]);
});

const html = (body: string) => extractFile({ bytes: Buffer.from(`<html><body>${body}</body></html>`, 'utf8'), name: 'Day plan.html' });

test("a shared document's pending insertions and comments are not its text; a suggested deletion still is", async () => {
  const source = await html([
    '<table><tr><td><p>Time</p></td><td><p>What</p></td></tr>',
    '<tr><td><p><span>14:00</span></p></td><td><p><span>Load-in</span><sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup></p></td></tr>',
    '<tr><td><p><span data-suggestion-id="suggest.x1" data-suggestion-type="insertion">16:45</span></p></td><td><p><span data-suggestion-id="suggest.x1" data-suggestion-type="insertion">Radio session</span></p></td></tr>',
    '<tr><td><p><span data-suggestion-type="deletion">20:00</span><span data-suggestion-type="insertion">20:30</span></p></td><td><p>Doors</p></td></tr>',
    '</table>',
    '<div><p><a href="#cmnt_ref1" id="cmnt1">[a]</a><span>Pim Vos: can load-in move to 13:15?</span></p></div>',
  ].join(''));
  assert.equal(source.text, 'Time\tWhat\n14:00\tLoad-in\n20:00\tDoors');
});
