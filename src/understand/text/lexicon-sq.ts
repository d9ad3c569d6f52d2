/**
 * Albanian labels, as an Albanian promoter's advance or club's sheet writes them ("Data", "Hyrja",
 * "Orari", "Dhoma", "Nr. rezervimi", "Shoferi"), kept apart from the main lexicon like the other
 * languages. Written as printed; `foldLabel` folds them ("ë" → "e", "ç" → "c"). A label another key
 * already claims keeps that key ("data", "check-in").
 */
import type { LabelKey } from './lexicon.js';

export const ALBANIAN_LABELS: Partial<Record<LabelKey, string[]>> = {
  artist: ['artisti', 'grupi muzikor'],
  event: ['eventi', 'ngjarja'],
  venue: ['vendi', 'lokali', 'salla'],
  address: ['adresa'],
  city: ['qyteti'],
  country: ['shteti'],
  date: ['data e shfaqjes', 'data e koncertit', 'dita e shfaqjes'],
  doors: ['hyrja', 'hapja e dyerve'],
  set_time: ['koncerti', 'shfaqja'],
  set_length: ['kohëzgjatja'],
  soundcheck: ['prova e zërit', 'prova e tingullit'],
  curfew: ['ora e mbylljes', 'mbyllja'],
  time: ['ora'],
  schedule_item: ['orari', 'orari final', 'programi'],
  fee: ['honorari', 'pagesa e artistit'],
  currency: ['monedha'],
  payment_terms: ['pagesa', 'kushtet e pagesës'],
  notes: ['shënime', 'shënim', 'vërejtje'],
  name: ['emri', 'emri dhe mbiemri'],
  role: ['roli', 'pozicioni', 'detyra'],
  company: ['kompania', 'shoqëria'],
  phone: ['telefoni', 'celulari', 'cel', 'tel i hotelit'],
  contact: ['kontakte', 'kontakti', 'kontaktet', 'shoferi'],
  hotel: ['hoteli', 'akomodimi', 'fjetja'],
  rooms: ['dhoma', 'dhomat', 'numri i dhomave'],
  guests: ['mysafirët', 'të ftuarit'],
  booking_reference: ['nr rezervimi', 'numri i rezervimit', 'kodi i rezervimit', 'rezervimi'],
  flight: ['fluturimi', 'fluturimet'],
  departure: ['nisja'],
  arrival: ['mbërritja'],
  catering: ['ushqimi'],
  meal: ['darka', 'dreka', 'mëngjesi'],
  guest_count: ['numri i personave'],
  stage: ['skena'],
  lighting: ['ndriçimi'],
  sound: ['zëri'],
  power: ['rryma'],
};
