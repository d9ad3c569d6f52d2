/**
 * Romanian labels, as a Romanian festival's or club's advance and contract write them ("Locație",
 * "Accesul publicului", "Probă de sunet", "Onorariu", "Cazare", "Cod rezervare"), kept apart from the
 * main lexicon like the other languages. Written as printed; `foldLabel` folds them ("ț" → "t",
 * "ă" → "a"). A label another key already claims keeps that key ("data", "check-in", "catering").
 * Short everyday words ("loc", "zi") are left out: as labels they would claim sentences; "Ora" stays, as
 * it heads a running order's time column.
 */
import type { LabelKey } from './lexicon.js';

export const ROMANIAN_LABELS: Partial<Record<LabelKey, string[]>> = {
  artist: ['artist', 'artiști', 'trupa', 'trupă', 'formația', 'formație', 'numele artistului'],
  event: ['eveniment', 'evenimentul', 'numele evenimentului', 'denumirea evenimentului', 'festivalul'],
  venue: ['locul desfășurării', 'locul evenimentului', 'locația evenimentului', 'spațiul', 'sala de concert'],
  address: ['adresa', 'adresă', 'adresa locației'],
  city: ['oraș', 'orașul', 'localitate', 'localitatea'],
  country: ['țara', 'țară'],
  postcode: ['cod poștal'],
  date: ['data concertului', 'data evenimentului', 'data spectacolului', 'ziua concertului'],
  day: ['ziua'],
  doors: ['accesul publicului', 'acces public', 'acces public de la', 'deschiderea porților', 'deschidere porți', 'deschiderea ușilor', 'porțile se deschid'],
  set_time: ['ora concertului', 'începutul concertului', 'început concert', 'ora de urcare pe scenă', 'recital', 'ora recitalului', 'spectacol'],
  set_length: ['durata', 'durată', 'durata concertului', 'durata recitalului', 'durata setului'],
  soundcheck: ['probă de sunet', 'proba de sunet', 'probă sunet'],
  curfew: ['ora de închidere', 'ora limită', 'ora de final', 'final program', 'sfârșitul programului'],
  load_in: ['descărcare', 'descărcare backline', 'montaj', 'descărcarea echipamentului', 'acces descărcare'],
  time: ['ora', 'oră', 'ora de început'],
  end_time: ['până la', 'ora de sfârșit'],
  schedule_item: ['activitate', 'activitatea', 'program', 'programul'],
  location: ['unde', 'punct de întâlnire', 'locul de întâlnire', 'preluare'],
  destination: ['destinație', 'destinația'],
  fee: ['onorariu', 'onorariul', 'onorariu fix', 'onorariul artistului', 'cachet', 'cachetul', 'onorariu garantat'],
  currency: ['moneda', 'monedă', 'valuta', 'valută'],
  deal_type: ['tipul contractului', 'tip de contract', 'tipul înțelegerii'],
  deposit: ['avans', 'avansul'],
  payment_terms: ['plata', 'plată', 'modalitate de plată', 'modalitatea de plată', 'condiții de plată', 'termen de plată', 'termenul de plată'],
  notes: ['observații', 'mențiuni', 'alte condiții', 'note', 'detalii'],
  name: ['nume', 'numele', 'nume și prenume', 'nume prenume'],
  role: ['funcție', 'funcția', 'rol', 'rolul'],
  company: ['companie', 'compania', 'firmă', 'firma', 'societate', 'societatea', 'organizator', 'organizatorul'],
  phone: ['telefon', 'tel', 'mobil', 'nr telefon', 'număr de telefon', 'număr telefon'],
  email: ['adresă de e mail', 'adresa de e mail'],
  contact: ['persoană de contact', 'persoana de contact', 'contacte'],
  hotel: ['cazare', 'cazarea', 'hotelul'],
  check_in: ['data sosirii', 'cazare de la'],
  check_out: ['data plecării', 'eliberarea camerei'],
  rooms: ['camere', 'cameră', 'camera', 'număr de camere', 'numărul de camere', 'tip cameră', 'tipul camerei'],
  guests: ['oaspeți', 'oaspeții', 'nume oaspeți', 'rezervat pe numele', 'rezervare pe numele'],
  booking_reference: ['cod rezervare', 'codul rezervării', 'cod de rezervare', 'număr rezervare', 'numărul rezervării', 'nr rezervare', 'nr de rezervare', 'cod de confirmare', 'număr de confirmare'],
  flight: ['zbor', 'zborul', 'număr zbor', 'numărul zborului', 'nr zbor'],
  departure: ['decolare', 'ora decolării', 'plecare zbor'],
  arrival: ['aterizare', 'ora aterizării', 'sosire zbor'],
  passenger: ['pasager', 'pasageri', 'pasagerii', 'numele pasagerului'],
  travel_class: ['clasa'],
  catering: ['masă', 'mese', 'masa artiștilor'],
  meal: ['cina', 'cină', 'prânz', 'prânzul', 'masa de prânz', 'masa de seară', 'mic dejun', 'micul dejun'],
  guest_count: ['număr de persoane', 'numărul de persoane', 'persoane', 'nr persoane'],
  dietary: ['alergii', 'restricții alimentare', 'dietă', 'regim alimentar'],
  backline: ['instrumente'],
  lighting: ['lumini', 'iluminat', 'lumină'],
  sound: ['sunet', 'sonorizare'],
  power: ['curent', 'curent electric', 'alimentare electrică'],
  technical: ['cerințe tehnice', 'rider tehnic', 'fișă tehnică'],
};

/**
 * Labels told apart from another language's only by their letters: Romanian "Locație" (the venue) folds to
 * Dutch "locatie" (a schedule row's place). Compared in lower case as printed, the cedilla forms ("ţ")
 * written as the comma ones.
 */
export const ROMANIAN_SPELLED_LABELS: ReadonlyMap<string, LabelKey> = new Map([
  ['locație', 'venue'], ['locația', 'venue'],
]);

export function romanianSpelledKey(label: string): LabelKey | null {
  const spelled = label.trim().replace(/\s*:\s*$/, '').toLowerCase().replace(/ţ/g, 'ț').replace(/ş/g, 'ș');
  return ROMANIAN_SPELLED_LABELS.get(spelled) ?? null;
}
