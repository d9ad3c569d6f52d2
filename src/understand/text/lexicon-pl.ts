/**
 * Polish labels, kept apart from the main lexicon (lexicon.ts) as the Finnish ones are: a Polish
 * promoter's advance ("Miejsce:", "Drzwi:", "Gaża:", "zameldowanie:") labels every field in words the
 * other languages' stems do not share. Written as printed; `foldLabel` folds them ("ł" stays, as NFKD
 * keeps it). A label another key already claims keeps that key.
 */
import type { LabelKey } from './lexicon.js';

export const POLISH_LABELS: Partial<Record<LabelKey, string[]>> = {
  artist: ['wykonawca', 'artysta', 'zespół'],
  event: ['wydarzenie', 'impreza', 'trasa'],
  // A contract calls the show "Występ" and labels its place and day by it ("Miejsce Występu:", "Termin Występu:").
  venue: ['miejsce', 'miejsce koncertu', 'miejsce występu'],
  address: ['adres', 'adres klubu'],
  city: ['miasto'],
  country: ['kraj'],
  postcode: ['kod pocztowy'],
  date: ['data', 'data koncertu', 'termin', 'termin występu', 'termin koncertu', 'data występu'],
  day: ['dzień'],
  doors: ['drzwi', 'otwarcie drzwi', 'wejście'],
  set_time: ['koncert', 'występ', 'start koncertu', 'godzina koncertu', 'rozpoczęcie występu', 'rozpoczęcie koncertu'],
  set_length: ['czas trwania', 'długość setu', 'długość koncertu'],
  soundcheck: ['próba', 'próba dźwięku', 'próba dźwiękowa'],
  curfew: ['koniec', 'cisza nocna', 'zakończenie imprezy', 'zakończenie koncertu'],
  load_in: ['wjazd', 'rozładunek', 'załadunek'],
  time: ['godzina', 'godz'],
  schedule_item: ['plan dnia', 'harmonogram'],
  location: ['miejsce odbioru'],
  fee: ['gaża', 'honorarium', 'wynagrodzenie', 'stawka'],
  currency: ['waluta'],
  deal_type: ['rodzaj umowy', 'warunki'],
  deposit: ['zaliczka', 'przedpłata'],
  payment_terms: ['płatność', 'warunki płatności', 'forma płatności', 'termin płatności'],
  notes: ['uwagi', 'inne ustalenia', 'dodatkowe informacje'],
  name: ['imię i nazwisko', 'nazwisko'],
  role: ['funkcja', 'stanowisko'],
  company: ['firma'],
  phone: ['tel', 'telefon', 'tel kom', 'komórka'],
  contact: ['kontakt', 'osoba kontaktowa', 'kierownik produkcji', 'produkcja', 'realizator', 'akustyk'],
  hotel: ['nocleg', 'zakwaterowanie'],
  check_in: ['zameldowanie'],
  check_out: ['wymeldowanie'],
  rooms: ['pokoje', 'pokój', 'liczba pokoi'],
  guests: ['goście', 'gość'],
  booking_reference: ['nr rezerwacji', 'numer rezerwacji', 'rezerwacja'],
  flight: ['numer lotu'],
  departure: ['odlot'],
  arrival: ['przylot'],
  passenger: ['pasażer', 'pasażerowie'],
  catering: ['catering', 'posiłki'],
  meal: ['kolacja', 'obiad', 'śniadanie', 'lunch'],
  guest_count: ['liczba osób'],
  dietary: ['dieta', 'alergie'],
  stage: ['scena'],
  lighting: ['światło', 'oświetlenie'],
  sound: ['dźwięk', 'nagłośnienie'],
  technical: ['technika', 'rider techniczny'],
};
