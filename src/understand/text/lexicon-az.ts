/**
 * Azerbaijani labels, kept apart from the main lexicon like the other languages: an Azerbaijani
 * festival's advance or contract labels its fields in Azerbaijani ("Tarix", "Ünvan", "Qonorar",
 * "Səs yoxlaması", "Otaqdan çıxış", "Bron nömrəsi"). Written as printed; `foldLabel` folds them ("ə"
 * is a letter of its own and stays). A label another key already claims keeps that key: Turkish
 * "uçuş" (flight) keeps its reading, so a flight table's take-off column is read by the flight code.
 */
import type { LabelKey } from './lexicon.js';

export const AZERBAIJANI_LABELS: Partial<Record<LabelKey, string[]>> = {
  artist: ['ifaçı', 'ifaçılar', 'sənətçi'],
  event: ['tədbir', 'tədbirin adı'],
  venue: ['festival ərazisi', 'məkan', 'tədbir yeri', 'konsert yeri', 'konsert zalı'],
  address: ['məkanın ünvanı'],
  city: ['şəhər'],
  country: ['ölkə'],
  postcode: ['poçt indeksi'],
  date: ['tarix', 'tədbir tarixi', 'konsert tarixi', 'çıxış tarixi'],
  day: ['gün'],
  doors: ['qapıların açılması', 'qapılar'],
  set_time: ['çıxış vaxtı', 'çıxış', 'səhnəyə çıxış', 'konsertin başlanması'],
  set_length: ['çıxışın müddəti', 'konsertin müddəti'],
  soundcheck: ['səs yoxlaması', 'xətt yoxlaması'],
  curfew: ['səhnənin bağlanması', 'tədbirin sonu', 'bitmə vaxtı'],
  load_in: ['yükləmə', 'boşaltma', 'quraşdırma'],
  time: ['saat', 'vaxt'],
  schedule_item: ['fəaliyyət', 'proqram', 'gün cədvəli', 'xidmət'],
  location: ['yer', 'haradan', 'haradan haraya', 'görüş yeri'],
  destination: ['haraya'],
  fee: ['qonorar', 'ifaçı qonorarı'],
  currency: ['valyuta'],
  deposit: ['avans'],
  payment_terms: ['ödəniş şərtləri', 'ödəniş', 'ödəmə şərtləri'],
  notes: ['qeyd', 'qeydlər'],
  name: ['ad soyad', 'adı soyadı'],
  role: ['vəzifə'],
  company: ['şirkət', 'təşkilat'],
  phone: ['mobil telefon'],
  email: ['e poçt', 'elektron poçt'],
  contact: ['əlaqə', 'əlaqələr', 'əlaqə şəxsi'],
  hotel: ['otel', 'mehmanxana'],
  check_in: ['yerləşmə', 'otelə yerləşmə'],
  check_out: ['otaqdan çıxış', 'oteldən çıxış'],
  rooms: ['otaq', 'otaqlar', 'otaqların sayı'],
  guests: ['qonaqlar', 'qonaq'],
  booking_reference: ['bron nömrəsi', 'bron kodu', 'rezervasiya nömrəsi'],
  flight: ['reys', 'reys nömrəsi'],
  airline: ['aviaşirkət'],
  departure: ['uçuş vaxtı', 'yola düşmə'],
  arrival: ['eniş', 'eniş vaxtı'],
  passenger: ['sərnişin', 'sərnişinlər'],
  travel_class: ['sinif'],
  duration: ['müddət', 'uçuş müddəti'],
  meal: ['yemək', 'nahar', 'şam yeməyi', 'səhər yeməyi'],
  catering: ['katerinq'],
  guest_count: ['nəfər', 'nəfər sayı'],
  dietary: ['pəhriz', 'allergiyalar'],
  stage: ['səhnə', 'səhnənin ölçüləri'],
  lighting: ['işıq', 'işıqlandırma'],
  sound: ['səs', 'səs sistemi'],
  power: ['enerji', 'elektrik enerjisi'],
  technical: ['texniki rayder'],
};

/**
 * Labels told apart from another language's only by their letters: Azerbaijani "Ünvan" (the address) folds to
 * Turkish "unvan" (a person's title). Compared in lower case as printed.
 */
const AZERBAIJANI_SPELLED_LABELS: ReadonlyMap<string, LabelKey> = new Map([['ünvan', 'address']]);

export function azerbaijaniSpelledKey(label: string): LabelKey | null {
  return AZERBAIJANI_SPELLED_LABELS.get(label.trim().replace(/\s*:\s*$/, '').toLocaleLowerCase('az')) ?? null;
}
