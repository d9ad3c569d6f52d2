/**
 * Slovenian labels, as a Slovenian club's contract or advance writes them ("Prizorišče", "Tonska vaja",
 * "Odprtje vrat", "Plačilo", "Številka rezervacije", "Nastanitev"), kept apart from the main lexicon like
 * the other languages. Written as printed; `foldLabel` folds them ("č" → "c"). A label another key
 * already claims keeps that key (Croatian's "prijava", "odjava", "honorar" mean the same here).
 */
import type { LabelKey } from './lexicon.js';

export const SLOVENIAN_LABELS: Partial<Record<LabelKey, string[]>> = {
  artist: ['izvajalec', 'izvajalka', 'izvajalci', 'nastopajoči', 'skupina'],
  event: ['prireditev', 'naziv prireditve', 'dogodek', 'cikel', 'turneja'],
  venue: ['prizorišče', 'kraj prireditve', 'kraj nastopa', 'lokacija'],
  address: ['naslov', 'naslov prizorišča'],
  city: ['kraj'],
  date: ['datum prireditve', 'datum nastopa', 'datum koncerta', 'termin'],
  day: ['dan'],
  doors: ['odprtje vrat', 'odprtje dvorane', 'odpiranje vrat', 'vstop publike'],
  set_time: ['začetek nastopa', 'začetek koncerta', 'nastop', 'koncert'],
  set_length: ['trajanje nastopa', 'trajanje koncerta', 'dolžina nastopa'],
  soundcheck: ['tonska vaja', 'zvočna vaja', 'tonska proba'],
  curfew: ['konec prireditve', 'konec koncerta', 'konec programa', 'zaključek prireditve', 'konec'],
  load_in: ['prihod in nalaganje opreme', 'nalaganje opreme', 'nalaganje', 'prihod tehnike', 'postavitev opreme'],
  time: ['ura', 'čas'],
  schedule_item: ['časovnica', 'urnik', 'program'],
  location: ['kje'],
  fee: ['fiksni honorar', 'avtorski honorar'],
  deposit: ['predplačilo'],
  payment_terms: ['plačilo', 'plačilni pogoji', 'način plačila', 'honorar in plačilo'],
  notes: ['opomba', 'opombe', 'ostali dogovori', 'drugi dogovori', 'posebni dogovori'],
  name: ['ime in priimek', 'ime'],
  role: ['vloga'],
  company: ['podjetje', 'organizacija'],
  phone: ['mobitel', 'telefonska številka'],
  contact: ['kontaktna oseba', 'kontaktne osebe', 'kontakti', 'organizator', 'za organizatorja', 'za izvajalca'],
  hotel: ['nastanitev', 'namestitev', 'prenočišče', 'nastanitev in prehrana'],
  rooms: ['sobe', 'število sob'],
  guests: ['gostje'],
  booking_reference: ['številka rezervacije', 'rezervacija'],
  catering: ['prehrana', 'pogostitev'],
  meal: ['večerja', 'kosilo', 'zajtrk', 'obrok', 'topel obrok', 'restavracija'],
  guest_count: ['število oseb'],
  stage: ['oder', 'velikost odra'],
  sound: ['ozvočenje', 'zvok'],
  lighting: ['luč', 'luči', 'razsvetljava', 'osvetlitev'],
  power: ['elektrika', 'napajanje'],
  technical: ['tehnične zahteve', 'tehnični rider', 'tehnika'],
};
