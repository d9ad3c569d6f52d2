/**
 * Italian labels, kept apart from the main lexicon (lexicon.ts) as the Finnish and Polish ones are:
 * an Italian promoter's advance ("LOCALE:", "INDIRIZZO:", "Capienza:", "Carico:") labels the show's
 * fields in words the other languages do not share, and a "scheda tecnica" its technical areas.
 * A label another key already claims keeps that key.
 */
import type { LabelKey } from './lexicon.js';

export const ITALIAN_LABELS: Partial<Record<LabelKey, string[]>> = {
  artist: ['gruppo', 'artisti'],
  event: ['manifestazione', 'rassegna', 'tournee'],
  venue: ['locale', 'luogo', 'luogo del concerto'],
  address: ['indirizzo', 'indirizzo locale', 'indirizzo del locale'],
  city: ['citta', 'comune', 'localita'],
  country: ['paese', 'nazione'],
  postcode: ['cap'],
  date: ['data concerto', 'data evento', 'giorno'],
  doors: ['porte', 'apertura', 'apertura porte', 'ingresso pubblico'],
  load_in: ['carico', 'scarico', 'carico e scarico', 'arrivo tecnici'],
  soundcheck: ['prova suono', 'prove', 'prove suono'],
  curfew: ['fine concerti', 'fine serata', 'limite orario'],
  set_length: ['durata', 'durata concerto', 'durata set'],
  // The support slot ("Artista di apertura: 20:45") is an item of the day, not the act the contract is for.
  schedule_item: ['artista di apertura', 'gruppo di apertura', 'band di apertura'],
  time: ['ora', 'orario'],
  hotel: ['albergo', 'alloggio', 'pernottamento'],
  // A booking engine's own number, written without the "di" the main lexicon's "numero di prenotazione" has.
  booking_reference: ['numero prenotazione', 'n prenotazione', 'codice prenotazione'],
  guest_count: ['persone', 'coperti'],
  // A "scheda tecnica" heads its areas in Italian ("6. LUCI", "5. MATERIALE NOSTRO", "8. CORRENTE E VARIE").
  stage: ['palco', 'dimensioni palco'],
  lighting: ['luci', 'illuminazione', 'impianto luci'],
  sound: ['impianto audio', 'fonica'],
  video: ['proiezioni', 'schermi'],
  equipment: ['materiale nostro', 'nostro materiale', 'strumentazione', 'attrezzatura'],
  technical: ['varie', 'altro', 'esigenze tecniche'],
};
