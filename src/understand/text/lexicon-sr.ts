/**
 * Serbian labels, written in Latin script as a Serbian festival's or club's advance labels its fields
 * ("Lokacija", "Smeštaj", "Ketering", "Satnica", "Policijski čas") where they part from Croatian's
 * (lexicon-hr.ts: "smještaj", "rasvjeta"), and the same words in Serbian Cyrillic ("Позорница",
 * "Озвучење", "Струја"), which spells them letter for letter. A label another key already claims keeps it.
 */
import type { LabelKey } from './lexicon.js';

const LATIN: Partial<Record<LabelKey, string[]>> = {
  artist: ['izvođač', 'bend', 'grupa', 'umetnik'],
  event: ['festival', 'manifestacija', 'događaj', 'naziv događaja'],
  venue: ['lokacija', 'mesto održavanja', 'mesto nastupa', 'prostor', 'sala', 'klub'],
  address: ['adresa'],
  city: ['grad'],
  date: ['datum', 'datum nastupa', 'datum koncerta'],
  doors: ['otvaranje kapija', 'otvaranje vrata', 'kapije'],
  set_time: ['nastup', 'početak nastupa', 'početak koncerta', 'koncert'],
  set_length: ['trajanje nastupa', 'trajanje'],
  soundcheck: ['tonska proba', 'proba zvuka'],
  curfew: ['policijski čas', 'kraj programa', 'kraj koncerta'],
  load_in: ['istovar', 'istovar opreme', 'dolazak tehnike'],
  schedule_item: ['satnica', 'raspored'],
  fee: ['honorar'],
  deposit: ['avans', 'depozit'],
  payment_terms: ['plaćanje', 'uslovi plaćanja', 'način plaćanja'],
  notes: ['napomena', 'napomene'],
  name: ['ime i prezime'],
  company: ['firma', 'kompanija', 'preduzeće'],
  phone: ['telefon', 'mobilni', 'tel'],
  contact: ['kontakt', 'kontakti', 'kontakt osoba', 'vozač'],
  hotel: ['smeštaj', 'hotel'],
  check_in: ['prijava'],
  check_out: ['odjava'],
  rooms: ['sobe', 'broj soba'],
  booking_reference: ['broj rezervacije'],
  catering: ['ketering'],
  meal: ['večera', 'ručak', 'doručak', 'obrok'],
  guest_count: ['broj osoba'],
  stage: ['pozornica', 'bina'],
  sound: ['ozvučenje', 'zvuk'],
  lighting: ['svetlo', 'rasveta'],
  backline: ['beklajn'],
  power: ['struja'],
  technical: ['tehnika'],
};

const CYRILLIC: Record<string, string> = {
  a: 'а', b: 'б', c: 'ц', č: 'ч', ć: 'ћ', d: 'д', đ: 'ђ', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'ј', k: 'к', l: 'л',
  m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', š: 'ш', t: 'т', u: 'у', v: 'в', z: 'з', ž: 'ж',
};

/** A Serbian word in Latin letters spelled in Cyrillic: "lj", "nj" and "dž" are one letter each. */
export function serbianCyrillic(latin: string): string {
  return latin.replace(/lj|nj|dž|./g, (c) => ({ lj: 'љ', nj: 'њ', dž: 'џ' } as Record<string, string>)[c] ?? CYRILLIC[c] ?? c);
}

export const SERBIAN_LABELS: Partial<Record<LabelKey, string[]>> = Object.fromEntries(
  Object.entries(LATIN).map(([key, labels]) => [key, [...labels, ...labels.map(serbianCyrillic)]]),
);
