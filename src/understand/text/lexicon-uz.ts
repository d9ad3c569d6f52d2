/**
 * Uzbek labels (Latin script), kept apart from the main lexicon like the other languages: an Uzbek
 * festival's contract or advance labels its fields in Uzbek ("Chiqish sanasi", "Manzil", "Gonorar",
 * "Ovoz tekshiruvi", "Bron raqami", "Izoh"). Written as printed, with the modifier letters "ʻ" and "ʼ"
 * ("oʻ", "gʻ", "taʼminot"), which `foldLabel` keeps as letters. "Chiqish" alone is both the performance
 * and leaving a hotel, so it is no label by itself; nor is "sana" (date, and Indonesian and Malay
 * "there"), read in its compounds ("chiqish sanasi"). A label another key already claims keeps that key.
 */
import type { LabelKey } from './lexicon.js';

export const UZBEK_LABELS: Partial<Record<LabelKey, string[]>> = {
  artist: ['guruh'],
  event: ['tadbir nomi', 'festival nomi'],
  venue: ['oʻtkazilish joyi', 'oʻtkazish joyi', 'konsert joyi', 'konsert zali'],
  address: ['manzil', 'manzili'],
  city: ['shahar'],
  country: ['mamlakat', 'davlat'],
  date: ['chiqish sanasi', 'konsert sanasi', 'tadbir sanasi'],
  doors: ['eshiklar ochilishi', 'eshiklar'],
  set_time: ['chiqish vaqti', 'asosiy chiqish', 'konsert boshlanishi'],
  set_length: ['chiqish davomiyligi', 'davomiylik'],
  soundcheck: ['ovoz tekshiruvi', 'saundchek'],
  curfew: ['komendantlik soati'],
  load_in: ['yuk tushirish'],
  time: ['vaqt', 'soat'],
  schedule_item: ['tadbir'],
  // Bare "joy" is an English first name too ("Joy: 07700 …"), kept: an Uzbek schedule heads its place column "Joy".
  location: ['joy', 'joyi'],
  fee: ['gonorar', 'xizmat haqi'],
  payment_terms: ['toʻlov', 'toʻlov tartibi', 'toʻlov shartlari'],
  notes: ['izoh', 'izohlar', 'eslatma'],
  name: ['ism', 'ismi', 'ism familiya', 'f i sh'],
  role: ['lavozim', 'lavozimi'],
  company: ['tashkilot', 'kompaniya'],
  phone: ['mobil telefon'],
  email: ['elektron pochta'],
  contact: ['masʼul shaxs', 'masʼul shaxslar', 'aloqa'],
  hotel: ['mehmonxona'],
  check_in: ['joylashish', 'joylashtirish'],
  check_out: ['mehmonxonadan chiqish', 'xonadan chiqish'],
  rooms: ['xona', 'xonalar', 'xonalar soni'],
  guests: ['mehmonlar', 'mehmonlar roʻyxati'],
  booking_reference: ['bron raqami', 'bron kodi', 'buyurtma raqami'],
  airline: ['aviakompaniya'],
  departure: ['uchish', 'joʻnash'],
  arrival: ['qoʻnish'],
  passenger: ['yoʻlovchi', 'yoʻlovchilar'],
  meal: ['tushlik', 'kechki ovqat', 'nonushta'],
  catering: ['ovqatlanish', 'katering'],
  guest_count: ['kishi soni'],
  dietary: ['parhez'],
  stage: ['sahna'],
  lighting: ['yorugʻlik'],
  sound: ['ovoz', 'ovoz tizimi'],
  power: ['elektr taʼminoti', 'elektr'],
  technical: ['texnik rayder', 'texnik talablar'],
};
