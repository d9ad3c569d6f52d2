/**
 * Croatian labels (also Bosnian and Serbian in Latin script), kept apart from the main lexicon as the
 * Polish ones are: a Croatian promoter's advance ("Plaćanje:", "Broj rezervacije:", "Vozač:") labels
 * its fields in words the other languages do not share. Written as printed; `foldLabel` folds them.
 * A label another key already claims keeps that key.
 */
import type { LabelKey } from './lexicon.js';

export const CROATIAN_LABELS: Partial<Record<LabelKey, string[]>> = {
  artist: ['izvođač', 'izvođači'],
  venue: ['mjesto održavanja', 'prostor', 'dvorana'],
  address: ['adresa'],
  city: ['grad'],
  country: ['država'],
  postcode: ['poštanski broj'],
  date: ['datum', 'datum koncerta'],
  day: ['dan'],
  doors: ['vrata', 'otvaranje vrata'],
  set_time: ['nastup', 'početak koncerta', 'početak'],
  set_length: ['trajanje', 'trajanje nastupa'],
  soundcheck: ['tonska proba'],
  curfew: ['kraj programa', 'kraj koncerta'],
  load_in: ['istovar', 'dolazak tehnike'],
  schedule_item: ['raspored', 'satnica'],
  fee: ['honorar', 'gaža', 'naknada'],
  currency: ['valuta'],
  deposit: ['predujam', 'avans'],
  payment_terms: ['plaćanje', 'način plaćanja', 'uvjeti plaćanja'],
  notes: ['napomena', 'napomene'],
  name: ['ime i prezime'],
  role: ['funkcija', 'uloga'],
  company: ['tvrtka'],
  phone: ['telefon', 'mobitel', 'mob'],
  contact: ['kontakt', 'kontakt osoba', 'produkcija', 'vozač', 'tonac', 'tonski tehničar'],
  hotel: ['smještaj'],
  check_in: ['prijava'],
  check_out: ['odjava'],
  rooms: ['sobe', 'broj soba'],
  guests: ['gosti'],
  booking_reference: ['broj rezervacije'],
  meal: ['večera', 'ručak', 'doručak'],
  guest_count: ['broj osoba'],
  stage: ['pozornica', 'bina'],
  lighting: ['rasvjeta'],
  sound: ['ozvučenje'],
  technical: ['tehnika', 'tehnički rider'],
};
