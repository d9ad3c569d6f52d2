/**
 * Maltese labels, as a Maltese festival's or promoter's advance writes them ("Data", "Post", "Indirizz",
 * "Lukanda", "Kmamar", "Referenza", "Onorarju", "Ħlas"), kept apart from the main lexicon like the
 * other languages; Maltese advances mix in English labels ("Set", "Check-in"), which the main lexicon
 * reads. Written as printed; `foldLabel` folds them ("ġ" → "g", "ż" → "z"), "ħ" stays a letter of its
 * own. A label another key already claims (Italian "data") keeps that key.
 */
import type { LabelKey } from './lexicon.js';

export const MALTESE_LABELS: Partial<Record<LabelKey, string[]>> = {
  // Not "grupp": Swedish labels a travel party "Grupp:" ("Grupp: band name, 6 travellers").
  artist: ['artist', 'kantant'],
  event: ['avveniment', 'attività'],
  // Bare "post", "belt" and "tul" are left out: English "Post:" (after the show), German "Post:" (postal address).
  venue: ['post tal-gig', 'post tal-kunċert', 'sala'],
  address: ['indirizz', 'l-indirizz'],
  city: ['lokalità'],
  country: ['pajjiż'],
  date: ['data', 'id-data', 'data tal-gig', 'data tal-kunċert'],
  doors: ['bibien', 'il-bibien', 'ftuħ tal-bibien'],
  set_time: ['ħin tal-palk', 'ħin tal-kunċert'],
  set_length: ['tul tas-set'],
  curfew: ['ħin tal-għeluq'],
  time: ['ħin', 'il-ħin'],
  schedule_item: ['skeda', 'l-iskeda', 'programm', 'il-programm'],
  fee: ['onorarju', 'ħlas tal-artist', 'miżata'],
  deposit: ['depożitu', 'id-depożitu'],
  payment_terms: ['ħlas', 'il-ħlas', 'kundizzjonijiet tal-ħlas', 'pagament'],
  notes: ['noti', 'nota', 'kummenti'],
  name: ['isem', 'l-isem'],
  role: ['rwol', 'ir-rwol', 'kariga'],
  company: ['kumpanija', 'kumpannija'],
  phone: ['telefon', 'mowbajl', 'numru tat-telefon'],
  contact: ['kuntatti', 'kuntatt', 'il-kuntatti'],
  hotel: ['lukanda', 'il-lukanda', 'akkomodazzjoni'],
  rooms: ['kmamar', 'kamra', 'il-kmamar', 'numru ta\' kmamar'],
  guests: ['mistednin'],
  booking_reference: ['referenza', 'ir-referenza', 'numru tal-booking', 'numru tar-riżervazzjoni'],
  flight: ['titjira', 'titjiriet', 'it-titjiriet', 'it-titjira'],
  departure: ['tluq', 'it-tluq'],
  arrival: ['wasla', 'il-wasla'],
  passenger: ['passiġġieri', 'passiġġier', 'il-passiġġieri'],
  catering: ['ikel', 'l-ikel'],
  meal: ['ikla', 'ikla ta\' filgħaxija', 'ikla ta\' nofsinhar', 'kolazzjon'],
  guest_count: ['persuni', 'numru ta\' persuni'],
  stage: ['palk', 'il-palk'],
  lighting: ['dawl', 'id-dawl'],
  sound: ['ħoss', 'il-ħoss'],
  power: ['elettriku', 'l-elettriku'],
  technical: ['tekniku', 'teknika', 'it-tekniku'],
};
