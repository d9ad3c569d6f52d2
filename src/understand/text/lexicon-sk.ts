/**
 * Slovak labels, as a Slovak club's advance or contract writes them ("Miesto konania", "Dvere",
 * "Zvuková skúška", "Č. rezervácie", "Izby"), kept apart from the main lexicon like the other
 * languages. Slovak is close to Czech (lexicon-cs.ts), whose labels it shares where the words are
 * the same; these are the ones it spells its own way. A label another key already claims keeps that key.
 */
import type { LabelKey } from './lexicon.js';

export const SLOVAK_LABELS: Partial<Record<LabelKey, string[]>> = {
  artist: ['účinkujúci', 'umelec', 'interpret', 'kapela', 'skupina'],
  event: ['podujatie', 'názov podujatia', 'názov koncertu', 'turné'],
  venue: ['miesto konania', 'miesto vystúpenia', 'miesto koncertu', 'miesto', 'klub'],
  address: ['adresa', 'adresa klubu', 'adresa miesta konania'],
  city: ['mesto', 'obec'],
  country: ['krajina', 'štát'],
  date: ['dátum', 'dátum konania', 'dátum vystúpenia', 'dátum koncertu', 'termín', 'deň'],
  doors: ['dvere', 'otvorenie dverí', 'otvorenie klubu', 'otvorenie sály', 'otvorenie', 'vpúšťanie'],
  set_time: ['začiatok vystúpenia', 'vystúpenie', 'začiatok koncertu', 'čas vystúpenia'],
  set_length: ['dĺžka vystúpenia', 'dĺžka koncertu', 'dĺžka setu', 'dĺžka'],
  soundcheck: ['zvuková skúška', 'skúška zvuku', 'skúška'],
  curfew: ['koniec akcie', 'koniec produkcie', 'ukončenie produkcie', 'ukončenie', 'koniec'],
  load_in: ['vykládka', 'príchod a vykládka', 'príjazd a vykládka', 'príjazd techniky', 'get in vykládka'],
  time: ['čas', 'začiatok', 'hodina'],
  schedule_item: ['program', 'harmonogram', 'časový harmonogram', 'činnosť'],
  location: ['kde'],
  fee: ['honorár', 'odmena', 'gáža', 'pevný honorár'],
  currency: ['mena'],
  deposit: ['záloha'],
  payment_terms: ['platobné podmienky', 'splatnosť', 'spôsob platby', 'platba'],
  notes: ['poznámky', 'poznámka', 'ostatné', 'iné'],
  name: ['meno', 'meno a priezvisko', 'priezvisko'],
  role: ['funkcia', 'pozícia'],
  company: ['spoločnosť', 'organizácia', 'firma'],
  phone: ['telefón', 'tel', 'mobil', 'telefónne číslo', 'recepcia'],
  email: ['e-mail', 'email'],
  contact: ['kontakt', 'kontakty', 'kontaktná osoba', 'kontaktné osoby', 'usporiadateľ'],
  hotel: ['ubytovanie', 'hotel'],
  rooms: ['izby', 'izba', 'počet izieb'],
  guests: ['hostia', 'mená hostí'],
  booking_reference: ['číslo rezervácie', 'č rezervácie', 'rezervácia', 'číslo objednávky'],
  catering: ['stravovanie', 'občerstvenie'],
  meal: ['večera', 'obed'],
  guest_count: ['počet osôb'],
  stage: ['pódium', 'javisko'],
  sound: ['zvuk', 'ozvučenie', 'zvuková technika'],
  lighting: ['svetlo', 'svetlá', 'osvetlenie', 'svetelná technika'],
  power: ['elektrina', 'elektrická prípojka', 'prúd'],
  technical: ['technický rider', 'technické zabezpečenie', 'technika'],
};
