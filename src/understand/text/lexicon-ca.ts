/**
 * Catalan labels, kept apart from the main lexicon as the Italian and Croatian ones are: a Catalan
 * festival's day sheet ("Full de ruta") labels its rows and columns in Catalan ("Recinte", "Adreça",
 * "Prova de so", "Allotjament", "Localitzador", "Funció", "Correu") where Spanish, which the main
 * lexicon holds, writes other words. Written as printed; `foldLabel` folds them ("l·l" to "l l").
 * A label another key already claims keeps that key.
 */
import type { LabelKey } from './lexicon.js';

export const CATALAN_LABELS: Partial<Record<LabelKey, string[]>> = {
  artist: ['grup', 'formació', 'artistes'],
  event: ['esdeveniment', 'cicle'],
  venue: ['recinte', 'espai', 'lloc del concert'],
  address: ['adreça', 'adreça del recinte'],
  city: ['ciutat', 'població', 'municipi'],
  postcode: ['codi postal'],
  date: ['data del concert', 'data de l actuació'],
  doors: ['obertura de portes', 'obertura'],
  set_time: ['actuació', 'hora d actuació', 'inici de l actuació', 'inici del concert'],
  set_length: ['durada', 'durada de l actuació'],
  soundcheck: ['prova de so', 'proves de so'],
  curfew: ['fi de l activitat', 'hora de tancament', 'tancament'],
  load_in: ['muntatge', 'càrrega', 'càrrega i descàrrega', 'descàrrega'],
  time: ['horari'],
  end_time: ['fins a'],
  schedule_item: ['activitat'],
  location: ['on', 'lloc', 'punt de trobada'],
  fee: ['caixet', 'catxet', 'honoraris'],
  deposit: ['bestreta'],
  payment_terms: ['forma de pagament', 'pagament', 'condicions de pagament'],
  notes: ['observacions', 'comentaris', 'altres condicions'],
  name: ['nom i cognoms'],
  role: ['funció', 'càrrec'],
  company: ['entitat'],
  email: ['correu', 'correu electrònic', 'a e'],
  contact: ['contacte', 'contactes', 'persona de contacte'],
  hotel: ['allotjament'],
  check_out: ['sortida'],
  rooms: ['habitacions', 'habitació'],
  guests: ['hostes'],
  booking_reference: ['localitzador', 'número de reserva', 'codi de reserva'],
  flight: ['vol'],
  meal: ['àpat', 'dinar', 'sopar', 'esmorzar'],
  catering: ['àpats'],
  guest_count: ['persones', 'comensals'],
  dietary: ['dietes', 'dietes especials', 'al·lèrgies'],
  stage: ['escenari'],
  lighting: ['il·luminació', 'llums'],
  sound: ['so'],
  technical: ['fitxa tècnica'],
};
