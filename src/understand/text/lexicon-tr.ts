/**
 * Turkish labels, kept apart from the main lexicon as the Croatian and Greek ones are: a Turkish
 * promoter's contract or day sheet labels its fields in Turkish ("Mekân", "Ses kontrolü", "Kapı
 * açılışı", "Rezervasyon no"), often beside an English half ("Mekân / Venue") that is read by itself.
 * Written as printed; `foldLabel` folds them ("ı" stays a letter of its own, so dotless forms are
 * written as printed too). A label another key already claims keeps that key. Everyday words that
 * would claim ordinary sentences ("yer", "giriş", "kişi") are left out.
 */
import type { LabelKey } from './lexicon.js';

export const TURKISH_LABELS: Partial<Record<LabelKey, string[]>> = {
  artist: ['sanatçı', 'sanatçı adı', 'sanatçılar'],
  event: ['etkinlik', 'etkinlik adı', 'konser dizisi'],
  venue: ['mekân', 'mekan', 'etkinlik yeri', 'konser yeri', 'konser salonu'],
  address: ['adres', 'mekân adresi', 'mekan adresi'],
  city: ['şehir'],
  country: ['ülke'],
  postcode: ['posta kodu'],
  date: ['tarih', 'etkinlik tarihi', 'konser tarihi', 'gösteri tarihi'],
  day: ['gün'],
  doors: ['kapı açılışı', 'kapı açılış', 'kapılar', 'kapıların açılışı'],
  set_time: ['gösterinin başlangıcı', 'gösteri başlangıcı', 'konser başlangıcı', 'sahne saati', 'sahneye çıkış'],
  set_length: ['gösteri süresi', 'konser süresi', 'performans süresi', 'sahne süresi', 'süre'],
  soundcheck: ['ses kontrolü', 'ses provası', 'ses kontrol'],
  curfew: ['müziğin sona ermesi', 'bitiş saati', 'etkinlik bitişi', 'müzik bitişi'],
  load_in: ['yükleme', 'yükleme saati', 'ekipman girişi', 'kurulum'],
  time: ['saat'],
  schedule_item: ['program', 'gün programı'],
  location: ['nerede', 'buluşma noktası'],
  fee: ['ücret', 'sanatçı ücreti', 'honorer'],
  currency: ['para birimi', 'döviz'],
  deposit: ['kapora', 'kaparo', 'ön ödeme'],
  payment_terms: ['ödeme', 'ödeme koşulları', 'ödeme şartları'],
  notes: ['notlar', 'not', 'açıklama', 'diğer şartlar', 'diğer koşullar'],
  name: ['ad soyad', 'adı soyadı', 'isim'],
  role: ['görev', 'görevi', 'unvan', 'pozisyon'],
  company: ['şirket', 'kurum'],
  phone: ['telefon', 'cep', 'cep telefonu', 'gsm'],
  email: ['e posta', 'eposta', 'e posta adresi'],
  contact: ['iletişim', 'irtibat', 'ilgili kişi', 'yetkili kişi'],
  hotel: ['otel', 'konaklama', 'otel adı'],
  check_in: ['otele giriş', 'giriş tarihi'],
  check_out: ['otelden çıkış', 'çıkış tarihi'],
  rooms: ['oda', 'odalar', 'oda sayısı'],
  guests: ['misafirler', 'konuklar'],
  booking_reference: ['rezervasyon no', 'rezervasyon numarası', 'rezervasyon kodu'],
  flight: ['uçuş', 'uçuş no'],
  departure: ['kalkış'],
  arrival: ['varış'],
  passenger: ['yolcu', 'yolcular'],
  meal: ['akşam yemeği', 'öğle yemeği', 'kahvaltı', 'yemek'],
  catering: ['ikram', 'kulis ikramı'],
  guest_count: ['kişi sayısı'],
  dietary: ['diyet', 'alerjiler'],
  stage: ['sahne', 'sahne ölçüleri'],
  lighting: ['ışık', 'aydınlatma'],
  sound: ['ses sistemi'],
  power: ['elektrik'],
  technical: ['teknik', 'teknik rider'],
};
