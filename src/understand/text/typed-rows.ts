/**
 * Typed-item tables: tour-management apps (Master Tour, Daysheets, Eventric and the like) export a
 * tour as one row per item, a "Type" column saying what the row is (Flight, Hotel, Soundcheck, Meal,
 * Contact, Note…) beside its date, time, title and a free "details" cell. Each row belongs to the
 * section its type word names; sections read the rows of their own kind (sections/typed-rows.ts).
 *
 * A table is typed when its header has a type column and a title column, and at least two of its
 * rows carry a type word this module knows (a rooming list's "Room type" column names none).
 */
import { foldLabel, labelKey } from './lexicon.js';
import type { Reading } from './read.js';
import type { Table, TableCell } from './tables.js';

/** The section a row's type sends it to; `schedule` is any timed item of the day (load-in, press, doors…). */
export type RowKind = 'flight' | 'transfer' | 'hotel' | 'venue' | 'food' | 'contact' | 'note' | 'schedule';

export interface TypedRow {
  kind: RowKind;
  type: TableCell;
  date?: TableCell;
  time?: TableCell;
  end?: TableCell;
  location?: TableCell;
  title?: TableCell;
  details?: TableCell;
  /** The row's point of contact ("POC": "Name (role · company)", a desk or a business) and its phone. */
  poc?: TableCell;
  phone?: TableCell;
  /** The POC's e-mail column ("E-mail contact"). */
  email?: TableCell;
  /** An event column beside the title ("Événement": the festival or series every row belongs to). */
  event?: TableCell;
  /** The item's booking reference column ("Confirmation", "Ref."). */
  reference?: TableCell;
}

const TYPE_HEADER = /^(?:item |entry |row )?(?:type|typ|kind|category|kategorie|kategori|categoria|categorie|tipo|soort|art|sort)$/;
const TITLE_HEADER = /^(?:title|titel|titre|titulo|titolo|name|namn|nombre|nom|naam|bezeichnung|benamning|subject|summary|item|what|event|intitule|libelle)$/;
/** Date, time and details columns by their lexicon keys; "details"/"notes"/"description" are one column. */
/** End and place columns, also where the lexicon reads the word otherwise ("Fin" is a curfew label, "Lugar" a venue's). */
const END_HEADER = /^(?:end|end time|until|to|fin|ende|bis|slut|sluttid|hasta|einde|tot)$/;
const PLACE_HEADER = /^(?:location|where|place|lugar|lieu|endroit|ort|wo|plats|var|locatie|waar|donde)$/;
/** A plural or the lexicon's unknown word for the time column ("Times", "Zeiten", "Horaires"). */
const TIME_HEADER = /^(?:times|hours|zeiten|uhrzeit|tider|horas|horarios?|heures|horaires?|tijden)$/;
/** The row's point of contact and that contact's phone ("POC", "Contact person" / "POC phone", "Phone"). */
const POC_HEADER = /^(?:poc|point of contact|contact|contact person|contact name|ansprechpartner(?:in)?|kontakt(?:person)?|kontaktperson|contacto|persona de contacto|contactpersoon|interlocuteur|referent)$/;
const PHONE_HEADER = /^(?:(?:poc|contact|kontakt|contacto)\s+)?(?:phone|tel|telephone|telefon|telefono|telefoon|mobile|mobil|cell|gsm)(?:\s+(?:du\s+)?(?:poc|contact|contacto))?$/;
/** The POC's e-mail ("POC e-mail", "E-mail contact" as French and Spanish exports write it). */
const EMAIL_HEADER = /^(?:(?:poc|contact|kontakt|contacto)\s+)?(?:e ?mail|mail|courriel|correo)(?:\s+(?:du\s+)?(?:poc|contact|contacto))?$/;
/** The item's own booking code ("Confirmation", "Conf #", "Booking ref", "Buchungsnummer"). */
const REFERENCE_HEADER = /^(?:confirmation(?: (?:no|number|code))?|conf(?: no)?|booking (?:ref|reference|code)|ref|reference|buchungsnummer|bestatigung|bokningsnummer|referencia|confirmacion|reservation|numero de reservation|reserveringsnummer)$/;
const DETAIL_HEADER = /^(?:details?|notes?|description|beschreibung|beskrivning|descripcion|info|information|remarks|comments|bemerkungen|anteckningar|notas|observaciones|opmerkingen|remarques|commentaires?|comments?|kommentare?|comentarios?|commenti|commento)$/;

/** Type words per section, in the supported languages (folded: lower case, no diacritics). */
const KIND_WORDS: [RowKind, RegExp][] = [
  ['flight', /\b(?:flight|flights|flug|flyg|vuelo|vol|vlucht|air travel)\b/],
  ['transfer', /\b(?:travel|reise|viaje|voyage|ground(?: transport(?:ation)?)?|transfer|transport|transportation|shuttle|drive|car|van|bus|taxi|fahrt|bodentransport|transporte|traslado|navette|vervoer|rit|korning|pick ?up)\b/],
  ['hotel', /\b(?:hotel|hotell|accommodation|lodging|stay|unterkunft|ubernachtung|boende|alojamiento|hebergement|logement|accommodatie|overnachting)\b/],
  ['venue', /\b(?:venue|spielort|spielstatte|lokal|spelplats|sala|recinto|salle|lieu|zaal|locatie)\b/],
  ['food', /\b(?:meal|meals|food|catering|dinner|lunch|breakfast|hospitality|essen|verpflegung|mat|maltid|comida|cena|almuerzo|repas|diner|dejeuner|restaurant|maaltijd)\b/],
  ['contact', /\b(?:contact|contacts|kontakt|contacto|personne|person|people|crew|personal)\b/],
  ['note', /\b(?:note|notes|notiz|anteckning|nota|remarque|memo|reminder|info|todo|general)\b/],
];

/** Timed items of the day, named by their type word: these make a row a schedule item. */
const SCHEDULE_WORDS = /\b(?:load ?in|get ?in|soundcheck|sound check|line ?check|doors|show|set|performance|curfew|press|interview|radio|meeting|meet|rehearsal|signing|promo|aufbau|einlass|auftritt|konzert|insläpp|inslapp|konsert|carga|montaje|prueba de sonido|puertas|concierto|actuacion|balance|concert|ouverture|activity|event|schedule|presse|technique|technik|technical|tecnica|tech|production|produktion|produccion)\b/;

/** A clock time in a time cell ("20:00", "20h00", "8.30"). */
const CLOCK = /\b\d{1,2}\s*[:.hH]\s*\d{2}\b/;

export function rowKindOf(typeWord: string): RowKind | null {
  const folded = foldLabel(typeWord);
  if (!folded) return null;
  for (const [kind, re] of KIND_WORDS) if (re.test(folded)) return kind;
  return SCHEDULE_WORDS.test(folded) ? 'schedule' : null;
}

function columnOf(table: Table, test: (folded: string, header: string) => boolean): string | undefined {
  return table.header.find((h) => h && test(foldLabel(h), h));
}

function typedRowsOfTable(table: Table): TypedRow[] | null {
  const type = columnOf(table, (f) => TYPE_HEADER.test(f));
  const title = columnOf(table, (f) => TITLE_HEADER.test(f));
  if (!type || !title) return null;
  const date = columnOf(table, (_, h) => labelKey(h) === 'date' || labelKey(h) === 'day');
  const time = columnOf(table, (f, h) => labelKey(h) === 'time' || TIME_HEADER.test(f));
  const end = columnOf(table, (f) => END_HEADER.test(f));
  const location = columnOf(table, (f) => PLACE_HEADER.test(f));
  const details = columnOf(table, (f) => DETAIL_HEADER.test(f));
  const poc = columnOf(table, (f) => POC_HEADER.test(f));
  const phone = columnOf(table, (f) => PHONE_HEADER.test(f));
  const email = columnOf(table, (f) => EMAIL_HEADER.test(f));
  const event = columnOf(table, (_, h) => h !== title && labelKey(h) === 'event');
  const reference = columnOf(table, (f) => REFERENCE_HEADER.test(f));
  const cell = (rec: Table['records'][number], header: string | undefined) => (header ? rec.all.find((c) => c.header === header) : undefined);
  const rows: TypedRow[] = [];
  let known = 0;
  for (const rec of table.records) {
    const typeCell = cell(rec, type);
    const own = typeCell ? rowKindOf(typeCell.value) : null;
    if (own) known++;
    // A type word of the sender's own ("Public", "Accueil") on a row with a clock time is an item of the day.
    const kind = own ?? (typeCell && CLOCK.test(cell(rec, time)?.value ?? '') ? 'schedule' : null);
    if (!typeCell || !kind) continue;
    const row: TypedRow = { kind, type: typeCell };
    const put = (key: 'date' | 'time' | 'end' | 'location' | 'title' | 'details' | 'poc' | 'phone' | 'email' | 'event' | 'reference', header: string | undefined) => {
      const c = cell(rec, header);
      if (c) row[key] = c;
    };
    put('date', date);
    put('time', time);
    put('end', end);
    put('location', location);
    put('title', title);
    put('details', details);
    put('poc', poc);
    put('phone', phone);
    put('email', email);
    put('event', event);
    put('reference', reference);
    rows.push(row);
  }
  return known >= 2 ? rows : null;
}

const cache = new WeakMap<Reading, TypedRow[] | null>();

/** The typed rows of a source's first typed-item table, or null when it has none. */
export function typedRowsOf(reading: Reading): TypedRow[] | null {
  if (cache.has(reading)) return cache.get(reading)!;
  let rows: TypedRow[] | null = null;
  for (const table of reading.tables) {
    rows = typedRowsOfTable(table);
    if (rows) break;
  }
  cache.set(reading, rows);
  return rows;
}
