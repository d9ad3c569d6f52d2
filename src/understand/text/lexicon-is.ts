/**
 * Icelandic labels, as an Icelandic venue's advance writes them ("Hljómsveit", "Dagsetning",
 * "Innritun", "Bókunarnúmer", "Sími"), kept apart from the main lexicon like the other languages.
 * Written as printed; `foldLabel` folds them ("ó" → "o"; "þ", "ð" and "æ" stay). A label another
 * key already claims keeps that key.
 */
import type { LabelKey } from './lexicon.js';

export const ICELANDIC_LABELS: Partial<Record<LabelKey, string[]>> = {
  artist: ['hljómsveit', 'listamaður', 'flytjandi'],
  date: ['dagsetning', 'dags'],
  venue: ['staður', 'tónleikastaður', 'salur'],
  address: ['heimilisfang'],
  doors: ['húsið opnar', 'húsið opnað'],
  soundcheck: ['hljóðprufa'],
  curfew: ['lokun'],
  fee: ['trygging', 'þóknun'],
  payment_terms: ['greiðsla', 'greiðsluskilmálar'],
  name: ['nafn'],
  role: ['hlutverk', 'starfsheiti'],
  company: ['fyrirtæki'],
  phone: ['sími', 'farsími', 'gsm'],
  email: ['netfang', 'tölvupóstur'],
  hotel: ['hótel', 'gisting'],
  check_in: ['innritun'],
  check_out: ['útritun'],
  rooms: ['herbergi'],
  booking_reference: ['bókunarnúmer', 'bókunarnr'],
  flight: ['flug', 'flugnúmer'],
  catering: ['matur', 'veitingar'],
  meal: ['kvöldmatur', 'hádegismatur'],
  guest_count: ['fjöldi'],
  backline: ['hljóðfæri'],
  stage: ['svið'],
  sound: ['hljóð', 'hljóðkerfi'],
  lighting: ['ljós'],
};
