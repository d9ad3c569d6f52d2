/**
 * Gujarati labels written in Latin letters, as an Ahmedabad or Surat promoter's day sheet romanises them when
 * it prints without a Gujarati font, mostly beside their English gloss ("Tarikh / Date", "Sthal / Venue",
 * "Samay | Karyakram | Jagya / Nondh" over a schedule, "Naam | Bhumika / Role" over contacts). Kept apart
 * from the main lexicon like the other languages; a label another key already claims keeps that key.
 */
import type { LabelKey } from './lexicon.js';

export const GUJARATI_LABELS: Partial<Record<LabelKey, string[]>> = {
  artist: ['kalakar'],
  venue: ['sthal', 'sthal nu naam'],
  address: ['saranamu', 'sarnamu'],
  date: ['tarikh', 'taarikh'],
  day: ['divas'],
  time: ['samay', 'samai'],
  schedule_item: ['karyakram', 'vigat'],
  location: ['jagya', 'jagyaa', 'sthan'],
  notes: ['nondh', 'nodh'],
  name: ['naam', 'naam ane atak'],
  role: ['bhumika', 'hoddo', 'jawabdari'],
  contact: ['sampark'],
  hotel: ['rahethan', 'rahethaan', 'utaro'],
  booking_reference: ['pushti kramank', 'booking kramank'],
  catering: ['bhojan'],
  from: ['kyathi', 'kyaanthi'],
  to: ['kya', 'kyaan'],
};
