/**
 * A festival's production e-mail in Italian to the act's tour manager: the place in prose with an Italian house
 * number after a slash, the "ORARI" block with its "fine musica" curfew, a PS taking back a time ("alle 17:00 e non
 * alle 16:30"), the dinner's table booked in the next sentence, the hotel's "conferma n.", a fee marked "(fisso)",
 * and a signature with the role, the festival's name (words joined by an article; the body adds its year) and the
 * organiser's firm in lower-case "s.r.l.".
 * The act is the name in the subject the recipient's mail domain spells, the body speaking of "il vostro concerto".
 */
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { ExtractedSource } from '../../src/interfaces.js';
import { closeExtractor } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

after(closeExtractor);

const BODY = [
  'Ciao Piero,',
  '',
  "ecco le info di produzione per il vostro concerto al Voci del Porto Festival 2028, venerdì 14 luglio all'Arena dei Mulini (Via del Canale 12/3, 48121 Ravenna).",
  '',
  'ORARI – venerdì 14/07',
  '- carico: ore 14:00',
  '- soundcheck: 15:30 - 16:30',
  '- apertura porte: ore 19:00',
  '- inizio concerto ore 21:00 (durata 75 minuti)',
  '- fine musica: ore 23:45',
  '',
  'CENA',
  'Cena ore 18:30 presso Trattoria dei Pescatori, Via Roma 5, Ravenna. Tavolo prenotato a nome del festival per 6 persone, menù degustazione.',
  '',
  'HOTEL',
  'Albergo Le Sirene, Via Mazzini 20, 48121 Ravenna',
  '3 camere a nome Vetri Blu, conferma n. LS-281407',
  'check-in dalle 14:00, check-out entro le 11:00 di sabato 15 luglio.',
  '',
  'CACHET',
  'cachet € 2.500 + IVA (fisso), bonifico a 30 giorni.',
  '',
  'Chiara',
  '',
  'PS: il soundcheck è alle 16:00 e non alle 15:30 (stessa durata, quindi fino alle 17:00).',
  '',
  '--',
  'Nadia Fontana',
  'Responsabile ospitalità',
  'Voci del Porto Festival | Onde Live s.r.l.',
  'Mob. +39 347 000 1122',
  'nadia@ondelive.example.it',
].join('\n');

const mail: ExtractedSource = {
  ...pasted(BODY), name: 'info produzione.eml', origin: 'file', mimeType: 'message/rfc822', format: 'eml',
  metadata: {
    from: 'Nadia Fontana | Voci del Porto Festival <nadia@ondelive.example.it>',
    to: ['Piero Sala <piero@vetriblu.example.com>'],
    date: '2028-06-20T09:00:00.000Z',
    subject: 'Voci del Porto 2028 – Vetri Blu ven 14/07 – info produzione',
  },
};

test('an Italian production mail: the place, the act, the curfew, and the PS moving the soundcheck', async () => {
  const { extracted } = await understand([mail]);
  const g = extracted.general;
  assert.equal(g.artist, 'Vetri Blu');
  // The festival's name joined by an article in the signature, with its edition's year as the body writes it.
  assert.equal(g.eventName, 'Voci del Porto Festival 2028');
  assert.equal(g.venue, 'Arena dei Mulini');
  assert.equal(g.address, 'Via del Canale 12/3, 48121 Ravenna');
  assert.equal(g.city, 'Ravenna');
  assert.equal(g.curfewTime, '23:45');
  assert.equal(g.soundcheckTime, '16:00');
  const checks = extracted.activities.filter((a) => a.kind === 'soundcheck');
  assert.deepEqual(checks.map((a) => [a.name, a.startTime, a.endTime]), [['soundcheck', '16:00', '17:00']]);
  assert.equal(extracted.activities.find((a) => a.name === 'fine musica')?.kind, 'curfew');
});

test('the table booked in the sentence after the dinner, the hotel\'s "conferma n." and a fee marked "(fisso)"', async () => {
  const { extracted } = await understand([mail]);
  const dinner = extracted.food.find((f) => f.time === '18:30');
  assert.equal(dinner?.guestCount, 6);
  assert.equal(dinner?.notes, 'menù degustazione');
  assert.equal(extracted.hotels[0]?.bookingReference, 'LS-281407');
  assert.equal(extracted.deal.dealType, 'flat');
});

test('a signature\'s role and, of the brand and the firm on one line, the firm with its legal form', async () => {
  const { extracted } = await understand([mail]);
  const nadia = extracted.contacts.find((c) => c.name === 'Nadia Fontana');
  assert.equal(nadia?.role, 'Responsabile ospitalità');
  assert.equal(nadia?.company, 'Onde Live s.r.l.');
});

test('without "your concert" in the body, the recipient\'s domain names no act', async () => {
  const plain: ExtractedSource = { ...mail, text: mail.text.replace('per il vostro concerto', 'per il concerto') };
  const { extracted } = await understand([plain]);
  assert.notEqual(extracted.general.artist, 'Vetri Blu');
});
