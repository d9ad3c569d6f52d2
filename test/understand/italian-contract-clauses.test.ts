/**
 * An Italian performance contract: the band named in quotes before the artist's definition is the act
 * (its agency opens the paragraph); the venue "presso il …" with its address; "dalle ore … alle ore …"
 * ranges; the sound curfew "termine delle emissioni sonore" (24:00 is midnight); the support slot
 * "artista di apertura (Act, 30 minuti)" named after its act; the set's length said in a sentence;
 * the hotel's name joined with "dei" and its booking number with a slash serial.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

const CONTRACT = [
  'CONTRATTO DI SCRITTURA ARTISTICA',
  '',
  'TRA',
  '',
  'Circolo Arci Le Rondini, con sede in Via Roma 3, 41121 Modena, di seguito «Organizzatore»;',
  '',
  'E',
  '',
  'Ventaglio Booking S.r.l., con sede in Via Emilia 40, 40100 Bologna, che agisce per conto del gruppo «VETRO BLU» (di seguito denominato «Artista»);',
  '',
  'Art. 1 – Oggetto',
  '',
  'L\'Artista eseguirà un concerto il giorno sabato 11 settembre 2027 presso il Chiostro della Pieve Vecchia, Via dei Tintori 8, 41121 Modena, nell\'ambito della rassegna «Suoni di Pietra».',
  '',
  'Art. 2 – Orari',
  '',
  '- Soundcheck: dalle ore 16:00 alle ore 17:30',
  '- Apertura porte: ore 20:00',
  '- Artista di apertura (Lia Moro, 30 minuti): ore 20:30',
  '- Inizio concerto: ore 21:15',
  '- Termine delle emissioni sonore: ore 24:00',
  '',
  'La durata dell\'esibizione dell\'Artista sarà di 80 (ottanta) minuti.',
  '',
  'Art. 5 – Ospitalità',
  '',
  'Pernottamento presso l\'Hotel Corte dei Fabbri, Via Canale 12, 41121 Modena, per la notte del 11 settembre 2027 (prenotazione n. CFB-27/3310).',
].join('\n');

test('the band quoted before the artist\'s definition is the act, not the agency acting for it', async () => {
  const { extracted } = await understand([pasted(CONTRACT)]);
  assert.equal(extracted.general.artist?.toLowerCase(), 'vetro blu');
});

test('the venue after "presso il" with its address, the prose after the city left out', async () => {
  const { extracted } = await understand([pasted(CONTRACT)]);
  assert.equal(extracted.general.venue, 'Chiostro della Pieve Vecchia');
  assert.equal(extracted.general.address, 'Via dei Tintori 8, 41121 Modena');
});

test('Italian ranges, the sound curfew at midnight, the support act and the set length', async () => {
  const { extracted } = await understand([pasted(CONTRACT)]);
  const check = extracted.activities.find((a) => a.kind === 'soundcheck');
  assert.equal(check?.endTime, '17:30');
  assert.equal(extracted.general.curfewTime, '00:00');
  assert.ok(extracted.activities.some((a) => a.kind === 'set' && a.name === 'Lia Moro' && a.startTime === '20:30'));
  assert.equal(extracted.general.setLengthMinutes, 80);
});

test('a hotel named with "dei" and a booking number with a slash serial', async () => {
  const { extracted } = await understand([pasted(CONTRACT)]);
  assert.equal(extracted.hotels[0]?.name, 'Hotel Corte dei Fabbri');
  assert.equal(extracted.hotels[0]?.bookingReference, 'CFB-27/3310');
});
