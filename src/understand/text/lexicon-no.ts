/**
 * Norwegian (bokmål) labels, as Norwegian contracts and day sheets write them ("Lydprøve",
 * "Slutt senest", "Funksjon", "Innsjekk"), kept apart from the main lexicon (lexicon.ts) like the
 * Finnish, Polish and Italian ones. Written folded as `foldLabel` compares them (lower case, "å" → "a";
 * "ø" and "æ" stay); a label another key already claims keeps that key. Very short everyday words
 * ("mat", "rom", "sted") are left out: as labels they would claim ordinary sentences.
 */
import type { LabelKey } from './lexicon.js';

export const NORWEGIAN_LABELS: Partial<Record<LabelKey, string[]>> = {
  venue: ['spillested', 'konsertsted', 'konsertlokale', 'lokale'],
  date: ['dato', 'konsertdato', 'spilledato', 'arrangementsdato'],
  doors: ['dørene apner', 'dørapning', 'dører apner', 'dører'],
  set_time: ['spilletidspunkt', 'scenetid', 'pa scenen', 'konsertstart'],
  set_length: ['spilletid', 'spillelengde', 'konsertlengde', 'settlengde', 'varighet'],
  soundcheck: ['lydprøve', 'lydsjekk', 'soundsjekk'],
  curfew: ['slutt senest', 'spilleslutt', 'konsertslutt', 'senest slutt'],
  load_in: ['innlasting', 'opprigg', 'rigging', 'ankomst lokale'],
  payment_terms: ['betalingsbetingelser', 'betalingsvilkar', 'betaling'],
  notes: ['andre vilkar', 'øvrige vilkar', 'øvrige bestemmelser', 'tilleggsvilkar', 'merknader', 'annet'],
  name: ['navn', 'fullt navn'],
  role: ['funksjon', 'stilling', 'tittel', 'rolle'],
  company: ['selskap', 'virksomhet'],
  phone: ['tlf', 'mobil', 'mobilnummer', 'telefonnummer'],
  email: ['e post', 'epost', 'e postadresse'],
  hotel: ['overnatting', 'hotell'],
  check_in: ['innsjekk', 'innsjekking', 'ankomstdato'],
  check_out: ['utsjekk', 'utsjekking', 'avreise', 'avreisedato'],
  rooms: ['antall rom', 'romtype'],
  guests: ['gjester', 'gjest'],
  catering: ['servering', 'forpleining', 'bevertning'],
  meal: ['middag', 'lunsj'],
  guest_count: ['antall personer'],
  dietary: ['allergier', 'kosthold', 'matallergier'],
};
