/**
 * Swahili labels, as an East African festival's or promoter's advance writes them ("Tarehe", "Ukumbi",
 * "Hoteli", "Anwani", "Malipo", "Simu"), kept apart from the main lexicon like the other languages;
 * Swahili advances mix in English labels, which the main lexicon already knows. A label another key
 * already claims keeps that key.
 */
import type { LabelKey } from './lexicon.js';

export const SWAHILI_LABELS: Partial<Record<LabelKey, string[]>> = {
  artist: ['msanii', 'wasanii', 'bendi'],
  event: ['tamasha', 'jina la tamasha', 'tukio'],
  venue: ['ukumbi', 'eneo la tamasha'],
  address: ['anwani', 'anwani ya ukumbi'],
  city: ['mji', 'jiji'],
  country: ['nchi'],
  date: ['tarehe', 'tarehe ya onyesho', 'siku'],
  doors: ['milango', 'milango kufunguliwa', 'milango inafunguliwa', 'geti'],
  set_time: ['onyesho', 'muda wa onyesho', 'saa ya onyesho'],
  set_length: ['muda'],
  curfew: ['mwisho wa muziki'],
  schedule_item: ['ratiba', 'shughuli'],
  location: ['mahali'],
  fee: ['ada', 'malipo ya msanii'],
  currency: ['sarafu'],
  deposit: ['amana', 'malipo ya awali'],
  payment_terms: ['malipo', 'masharti ya malipo', 'njia ya malipo'],
  notes: ['maelezo', 'kodi ya zuio', 'kumbuka'],
  name: ['jina'],
  role: ['cheo', 'kazi', 'wadhifa'],
  company: ['kampuni'],
  phone: ['simu', 'nambari ya simu', 'namba ya simu'],
  email: ['barua pepe'],
  contact: ['mawasiliano'],
  hotel: ['hoteli', 'malazi'],
  rooms: ['vyumba', 'chumba'],
  guests: ['wageni'],
  booking_reference: ['nambari ya uhifadhi'],
  flight: ['ndege'],
  catering: ['ukarimu', 'chakula'],
  meal: ['chakula cha jioni', 'chakula cha mchana', 'kifungua kinywa'],
  guest_count: ['idadi ya watu', 'watu'],
  stage: ['jukwaa'],
  sound: ['sauti'],
  lighting: ['taa', 'mwanga'],
  power: ['umeme'],
};
