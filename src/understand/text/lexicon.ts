/**
 * The multilingual label lexicon: what documents write in front of a value (in English, German,
 * Swedish, Spanish, French and Dutch; Finnish in lexicon-fi.ts, Polish in lexicon-pl.ts, Croatian in lexicon-hr.ts, Hungarian in lexicon-hu.ts, Greek in lexicon-el.ts, Turkish in lexicon-tr.ts, Catalan in lexicon-ca.ts, Portuguese in lexicon-pt.ts, Korean in lexicon-ko.ts, Chinese in lexicon-zh.ts, Japanese in lexicon-ja.ts, Icelandic in lexicon-is.ts, Estonian in lexicon-et.ts, Latvian in lexicon-lv.ts, Indonesian in lexicon-id.ts, Malay in lexicon-ms.ts, Albanian in lexicon-sq.ts, Romanian in lexicon-ro.ts, Czech in lexicon-cs.ts, Lithuanian in lexicon-lt.ts, Slovenian in lexicon-sl.ts, Serbian in both scripts in lexicon-sr.ts, Slovak in lexicon-sk.ts, Russian in lexicon-ru.ts, Vietnamese in lexicon-vi.ts, Georgian in lexicon-ka.ts, Swahili in lexicon-sw.ts, Somali in lexicon-so.ts, Macedonian in lexicon-mk.ts, Armenian in lexicon-hy.ts, Azerbaijani in lexicon-az.ts, Mongolian in lexicon-mn.ts, Maltese in lexicon-mt.ts, Persian in lexicon-fa.ts, Uzbek in lexicon-uz.ts, Kyrgyz in lexicon-ky.ts, Urdu in lexicon-ur.ts, Bengali in lexicon-bn.ts, Nepali in lexicon-ne.ts, Lao in lexicon-lo.ts) mapped to one canonical key per meaning. Used for
 * `Label: value` lines and for table header rows alike.
 *
 * Labels are compared after `foldLabel` (lower case, no diacritics, punctuation as spaces), so
 * "Check-In", "check in" and "CHECK-IN:" are one label.
 */
import { LATIN, OTHER } from './bilingual-lines.js';
import { FINNISH_LABELS } from './lexicon-fi.js';
import { POLISH_LABELS } from './lexicon-pl.js';
import { ITALIAN_LABELS } from './lexicon-it.js';
import { NORWEGIAN_LABELS } from './lexicon-no.js';
import { HUNGARIAN_LABELS } from './lexicon-hu.js';
import { CROATIAN_LABELS } from './lexicon-hr.js';
import { GREEK_LABELS } from './lexicon-el.js';
import { TURKISH_LABELS } from './lexicon-tr.js';
import { CATALAN_LABELS } from './lexicon-ca.js';
import { PORTUGUESE_LABELS } from './lexicon-pt.js';
import { KOREAN_LABELS } from './lexicon-ko.js';
import { ICELANDIC_LABELS } from './lexicon-is.js';
import { BULGARIAN_LABELS } from './lexicon-bg.js';
import { HEBREW_LABELS } from './lexicon-he.js';
import { PERSIAN_LABELS } from './lexicon-fa.js';
import { URDU_LABELS } from './lexicon-ur.js';
import { BENGALI_LABELS } from './lexicon-bn.js';
import { NEPALI_LABELS } from './lexicon-ne.js';
import { UKRAINIAN_LABELS } from './lexicon-uk.js';
import { ESTONIAN_LABELS } from './lexicon-et.js';
import { LATVIAN_LABELS } from './lexicon-lv.js';
import { INDONESIAN_LABELS } from './lexicon-id.js';
import { MALAY_LABELS } from './lexicon-ms.js';
import { ALBANIAN_LABELS } from './lexicon-sq.js';
import { CHINESE_LABELS } from './lexicon-zh.js';
import { CZECH_LABELS } from './lexicon-cs.js';
import { LITHUANIAN_LABELS } from './lexicon-lt.js';
import { ROMANIAN_LABELS, romanianSpelledKey } from './lexicon-ro.js';
import { JAPANESE_LABELS } from './lexicon-ja.js';
import { SLOVENIAN_LABELS } from './lexicon-sl.js';
import { SERBIAN_LABELS } from './lexicon-sr.js';
import { SLOVAK_LABELS } from './lexicon-sk.js';
import { VIETNAMESE_LABELS } from './lexicon-vi.js';
import { RUSSIAN_LABELS } from './lexicon-ru.js';
import { SWAHILI_LABELS } from './lexicon-sw.js';
import { SOMALI_GLOSSED_WORDS, SOMALI_LABELS } from './lexicon-so.js';
import { englishHalfOf, joinedGlossKey } from './joined-gloss-label.js';
import { MACEDONIAN_LABELS } from './lexicon-mk.js';
import { GEORGIAN_LABELS } from './lexicon-ka.js';
import { ARMENIAN_LABELS } from './lexicon-hy.js';
import { MONGOLIAN_LABELS } from './lexicon-mn.js';
import { MALTESE_LABELS } from './lexicon-mt.js';
import { AZERBAIJANI_LABELS, azerbaijaniSpelledKey } from './lexicon-az.js';
import { UZBEK_LABELS } from './lexicon-uz.js';
import { KYRGYZ_LABELS } from './lexicon-ky.js';
import { LAO_LABELS } from './lexicon-lo.js';
import { GUJARATI_LABELS } from './lexicon-gu.js';

export type LabelKey =
  // the show
  | 'artist' | 'event' | 'venue' | 'address' | 'city' | 'country' | 'postcode' | 'date'
  | 'doors' | 'set_time' | 'set_length' | 'soundcheck' | 'curfew' | 'load_in' | 'time' | 'end_time'
  | 'schedule_item' | 'location' | 'destination' | 'day'
  // the deal
  | 'fee' | 'currency' | 'deal_type' | 'deposit' | 'payment_terms' | 'notes'
  // people
  | 'name' | 'role' | 'company' | 'phone' | 'email' | 'contact'
  // travel and lodging
  | 'hotel' | 'check_in' | 'check_out' | 'rooms' | 'guests' | 'booking_reference'
  | 'flight' | 'airline' | 'from' | 'to' | 'departure' | 'arrival' | 'seat' | 'ticket'
  | 'passenger' | 'aircraft' | 'travel_class' | 'duration' | 'issue_date'
  // food
  | 'catering' | 'meal' | 'guest_count' | 'dietary'
  // technical
  | 'backline' | 'stage' | 'lighting' | 'sound' | 'video' | 'equipment' | 'power' | 'technical';

const LEXICON: Record<LabelKey, string[]> = {
  artist: ['artist', 'prepared for', 'erstellt fur', 'prepare pour', 'preparado para', 'artiste', 'band', 'act', 'performer', 'kunstler', 'kunstlerin', 'kunstner', 'artist namn', 'artist name', 'nombre artistico', 'nombre del artista', 'artista', 'grupo', 'groupe', 'artiest', 'headliner', 'headlining artist', 'headline artist', 'headlining act', 'spectacle'],
  event: ['event', 'event name', 'event series', 'concert series', 'tour', 'festival', 'veranstaltung', 'veranstaltungsreihe', 'konzertreihe', 'evenemang', 'evento', 'evenement', 'evenementnaam', 'tournee', 'turne', 'gira', 'show name', 'manifestation'],
  venue: ['venue', 'venue name', 'festival site', 'festival grounds', 'festivalgelande', 'recinto del festival', 'site du festival', 'location venue', 'spielort', 'spielstatte', 'veranstaltungsort', 'halle', 'lokal', 'scen', 'spelplats', 'arena', 'lugar', 'sala', 'recinto', 'salle', 'lieu', 'zaal', 'podium', 'club', 'sted', 'spillested'],
  address: ['address', 'venue address', 'street address', 'full address', 'adresse', 'adresse de la salle', 'adresse du lieu', 'anschrift', 'adress', 'besoksadress', 'direccion', 'adres', 'street'],
  city: ['city', 'town', 'stadt', 'ort', 'stad', 'ort stad', 'ciudad', 'ville', 'plaats', 'stad plaats'],
  country: ['country', 'land', 'pais', 'pays', 'staat'],
  postcode: ['postcode', 'post code', 'zip', 'zip code', 'plz', 'postnummer', 'codigo postal', 'code postal', 'postcode plaats'],
  date: ['date', 'show date', 'show day', 'event date', 'performance date', 'date of engagement', 'engagement date', 'date of performance', 'date of show', 'datum', 'auftrittsdatum', 'veranstaltungsdatum', 'veranstaltungstag', 'auftrittstag', 'konzerttag', 'speldatum', 'konsertdatum', 'fecha', 'dia', 'jour', 'date du concert', 'datum optreden'],
  day: ['day', 'tag', 'dag', 'weekday', 'wochentag', 'veckodag'],
  doors: ['doors', 'doors open', 'gates open', 'gates', 'door', 'einlass', 'turoffnung', 'insläpp', 'inslapp', 'dorrar', 'dorrarna oppnar', 'apertura de puertas', 'puertas', 'ouverture des portes', 'ouverture portes', 'portes', 'deuren open', 'zaal open', 'deuren', 'apertura porte', 'apertura cancelli', 'abertura de portas', 'abertura portas'],
  set_time: ['set time', 'slot', 'time slot', 'timeslot', 'showtime', 'show time', 'stage time', 'on stage', 'performance', 'set', 'start of show', 'show', 'beginn', 'showbeginn', 'auftritt', 'spielzeit', 'konzertbeginn', 'speltid', 'scentid', 'konsertstart', 'horario', 'hora del concierto', 'actuacion', 'hora de actuacion', 'inicio de la actuacion', 'inicio del concierto', 'hora de inicio del concierto', 'inicio do espetaculo', 'inicio do concerto', 'concierto', 'heure du concert', 'passage', 'concert', 'optreden', 'aanvang', 'inizio esibizione', 'inizio concerto', 'esibizione', 'inicio do concerto', 'atuacao'],
  set_length: ['set length', 'length of set', 'set duration', 'show length', 'performance length', 'length', 'spieldauer', 'spiellange', 'setlange', 'dauer', 'setlangd', 'speltid minuter', 'duracion', 'duracion del set', 'duree', 'duree du set', 'speelduur', 'lengte'],
  soundcheck: ['soundcheck', 'sound check', 'line check', 'linecheck', 'ljudcheck', 'prueba de sonido', 'pruebas de sonido', 'balance', 'balances', 'check son', 'ensaio de som', 'passagem de som'],
  curfew: ['curfew', 'sperrstunde', 'ende', 'veranstaltungsende', 'ende der veranstaltung', 'slut', 'slutid', 'spelstopp', 'hora de cierre', 'cierre', 'hora limite', 'hora limite de finalizacion', 'hora de finalizacion', 'fin de actividad', 'fin del evento', 'fin de la musica', 'fin del concierto', 'toque de queda', 'couvre feu', 'fin', 'eindtijd', 'einde', 'coprifuoco', 'fine concerto', 'termine delle emissioni sonore', 'fine delle emissioni sonore', 'fine emissioni sonore', 'stengetid', 'hora limite de encerramento', 'encerramento'],
  load_in: ['load in', 'loadin', 'get in', 'load in time', 'aufbau', 'get in time', 'laden', 'inlastning', 'lastning', 'ingang', 'carga', 'montaje', 'descarga', 'carga y descarga', 'chargement', 'arrivee technique', 'laden en lossen', 'dechargement', 'arrivee dechargement'],
  time: ['time', 'start', 'start time', 'uhrzeit', 'zeit', 'von', 'tid', 'kl', 'klockan', 'starttid', 'hora', 'inicio', 'turno de cena', 'turno de comida', 'heure', 'debut', 'tijd', 'begin', 'from time'],
  end_time: ['end', 'end time', 'until', 'bis', 'till', 'sluttid', 'hasta', 'fin hora', 'jusqu a', 'tot', 'to time'],
  schedule_item: ['item', 'activity', 'what', 'programm', 'programmpunkt', 'aktivitat', 'aktivitet', 'vad', 'programpunkt', 'actividad', 'que', 'quoi', 'activite', 'programme', 'programma', 'activiteit', 'wat', 'description', 'beschreibung', 'beskrivning', 'descripcion', 'event item', 'schedule', 'run'],
  location: ['location', 'where', 'place', 'wo', 'plats', 'var', 'lugar de', 'donde', 'ou', 'endroit', 'waar', 'locatie', 'pickup', 'pick up', 'abholung', 'prise en charge', 'lieu de prise en charge'],
  destination: ['destination', 'ziel', 'destination to', 'destino', 'bestemming', 'drop off', 'dropoff'],
  fee: ['fee', 'artist fee', 'guarantee', 'guaranteed fee', 'gage', 'gage netto', 'festgage', 'garantiegage', 'mindestgage', 'garantie', 'honorar', 'arvode', 'gazh', 'garanti', 'garantiarvode', 'cache', 'cachet', 'caché', 'honorarios', 'garantia', 'remuneration', 'gage fixe', 'vergoeding', 'uitkoopsom', 'amount', 'total fee', 'prix de cession', 'prix du spectacle', 'montant de la cession', 'compenso'],
  currency: ['currency', 'wahrung', 'valuta', 'moneda', 'divisa', 'devise', 'munt'],
  deal_type: ['deal', 'deal type', 'deal terms', 'terms', 'vereinbarung', 'dealtyp', 'dealform', 'gagenform', 'abrechnung', 'avtal', 'avtalsform', 'villkor', 'tipo de acuerdo', 'acuerdo', 'condiciones', 'type de contrat', 'conditions', 'type deal', 'afspraak', 'type de remuneration', 'type de cachet', 'modalidad', 'modalidad de contratacion', 'tipo de contrato', 'versus', 'vs'],
  deposit: ['deposit', 'advance payment', 'anzahlung', 'vorauszahlung', 'handpenning', 'forskott', 'deposito', 'anticipo', 'acompte', 'aanbetaling', 'voorschot', 'acconto', 'sinal'],
  payment_terms: ['payment terms', 'payment', 'terms of payment', 'zahlungsbedingungen', 'zahlung', 'betalningsvillkor', 'betalning', 'condiciones de pago', 'forma de pago', 'pago', 'conditions de paiement', 'paiement', 'modalites de paiement', 'betalingsvoorwaarden', 'betaling', 'modalita di pagamento', 'pagamento', 'condizioni di pagamento', 'forma de pagamento'],
  notes: ['notes', 'note', 'details', 'detail', 'einzelheiten', 'detaljer', 'detalles', 'détails', 'remarks', 'comments', 'comment', 'anmerkungen', 'anmerkung', 'bemerkungen', 'bemerkung', 'hinweis', 'hinweise', 'notizen', 'anteckningar', 'ovrigt', 'bemærkninger', 'bemærkning', 'bemerkninger', 'bemerkning', 'kommentar', 'notas', 'observaciones', 'comentarios', 'remarques', 'commentaires', 'opmerkingen', 'opmerking', 'notities', 'info', 'infos', 'additional information', 'special requests', 'conditions particulieres', 'additional terms', 'additional provisions', 'special provisions', 'other provisions', 'other terms', 'further terms', 'otras condiciones', 'condiciones particulares', 'autres conditions', 'weitere vereinbarungen', 'sonstige vereinbarungen', 'besondere vereinbarungen', 'other agreements', 'otros acuerdos', 'ovriga overenskommelser', 'autres accords', 'ovriga villkor', 'øvrige aftaler', 'andre aftaler', 'øvrige avtaler', 'særlige vilkar', 'særlige betingelser', 'sarskilda villkor', 'overige voorwaarden', 'altre condizioni', 'observacoes'],
  name: ['name', 'full name', 'contact name', 'namn', 'nombre', 'nom', 'naam', 'person', 'vorname nachname', 'nome', 'nome e cognome'],
  role: ['role', 'area', 'departamento', 'department', 'position', 'title', 'job', 'function', 'rolle', 'funktion', 'roll', 'befattning', 'titel', 'cargo', 'funcion', 'rol', 'fonction', 'poste', 'functie', 'ruolo', 'funcao', 'mansione'],
  company: ['company', 'organisation', 'organization', 'firm', 'firma', 'unternehmen', 'foretag', 'bolag', 'empresa', 'compania', 'societe', 'entreprise', 'structure', 'organisme', 'bedrijf', 'organisatie', 'promoter company', 'azienda', 'societa'],
  phone: ['phone', 'telephone', 'tel', 'mobile', 'mobile phone', 'cell', 'cell phone', 'mob', 'phone number', 'telefon', 'handy', 'mobil', 'mobilnummer', 'telefonnummer', 'telefono', 'movil', 'telephone portable', 'portable', 'gsm', 'telefoon', 'mobiel', 'tfn', 'telemovel', 'telefone', 'cellulare', 'cellulaire'],
  email: ['email', 'e mail', 'mail', 'email address', 'e mail adresse', 'e post', 'epost', 'correo', 'correo electronico', 'courriel', 'adresse e mail', 'e mailadres'],
  contact: ['contact', 'contacts', 'kontakt', 'venue contact', 'festival contact', 'tour contact', 'artist contact', 'promoter representative', 'artist liaison', 'local contact', 'emergency contact', 'technical contact', 'technical questions', 'hotel contact', 'ansprechpartner', 'kontaktperson', 'contacto', 'contactpersoon', 'day of show contact', 'promoter', 'promoter contact', 'tour manager', 'agent', 'production manager', 'production contact', 'booker', 'veranstalter', 'arrangor', 'promotor', 'organisateur', 'organisator'],
  hotel: ['hotel', 'hotel name', 'accommodation', 'lodging', 'unterkunft', 'ubernachtung', 'hotell', 'hotellet', 'boende', 'alojamiento', 'hebergement', 'logement', 'accommodatie', 'overnachting', 'property'],
  check_in: ['check in', 'checkin', 'check in check out', 'check in out', 'sejour', 'aufenthalt', 'estancia', 'soggiorno', 'arrival date', 'group arrival', 'anreise', 'ankunft', 'incheckning', 'ankomst', 'ankomstdatum', 'entrada', 'llegada', 'fecha de llegada', 'arrivee', 'date d arrivee', 'aankomst', 'inchecken', 'arrivo', 'data di arrivo', 'data arrivo'],
  check_out: ['check out', 'checkout', 'departure date', 'group departure', 'liberation des chambres', 'abreise', 'utcheckning', 'avresa', 'avresedatum', 'salida', 'fecha de salida', 'depart', 'date de depart', 'vertrek', 'uitchecken', 'partenza', 'data di partenza', 'data partenza'],
  rooms: ['rooms', 'room', 'number of rooms', 'no of rooms', 'zimmer', 'zimmeranzahl', 'rum', 'antal rum', 'habitaciones', 'habitacion', 'no de habitaciones', 'numero de habitaciones', 'chambres', 'chambre', 'nombre de chambres', 'nb de chambres', 'kamers', 'kamer', 'room type', 'rumstyp', 'zimmertyp', 'zimmerart', 'tipo de habitacion', 'type de chambre', 'kamertype', 'vaerelsestype', 'antal værelser', 'romtype', 'camere', 'numero camere', 'tipologia camera'],
  guests: ['guests', 'guest', 'guest name', 'guest names', 'rooming list name', 'occupant', 'gaste', 'gast', 'gastname', 'gaster', 'gæst', 'gæster', 'gast namn', 'huespedes', 'huesped', 'nombre del huesped', 'nombre de los huespedes', 'clients', 'client', 'gasten', 'naam gast', 'naam gasten', 'gastnaam', 'gastnamen', 'rooming list', 'rooming', 'occupants', 'traveller', 'travellers', 'traveler', 'reserved for', 'lead guest', 'main guest', 'reservado a nombre de', 'reservado para', 'reserve au nom de', 'reserve pour', 'gebucht fur', 'bokad for', 'ospiti', 'ospite', 'nominativi', 'nome dell ospite', 'nome ospite', 'nome degli ospiti'],
  booking_reference: ['booking reference', 'booking ref', 'group reference', 'block reference', 'block ref', 'group code', 'group booking code', 'group booking no', 'group booking number', 'buchungs nr', 'gruppenbuchungs nr', 'gruppenbuchungsnummer', 'booking number', 'booking no', 'booking code', 'confirmation number', 'confirmation no', 'confirmation code', 'confirmation', 'reservation number', 'reservation code', 'reservation', 'ref', 'reference', 'pnr', 'record locator', 'buchungsnummer', 'buchungscode', 'reservierungsnummer', 'bestatigungsnummer', 'bokningsnummer', 'bokningsreferens', 'bokningskod', 'referens', 'localizador', 'numero de reserva', 'numero de confirmacion', 'codigo de confirmacion', 'codigo de reserva', 'referencia', 'reference de reservation', 'numero de reservation', 'code de reservation', 'ref resa', 'reference resa', 'n de resa', 'n de confirmation', 'boekingsnummer', 'reserveringsnummer', 'reserveringsnr', 'reservering', 'boekingscode', 'bevestigingsnummer', 'bevestigingscode', 'bokningsnr', 'buchungsnr', 'booking nr', 'bookingnr', 'reservation no', 'conf no', 'conf nr', 'conf number', 'hotel conf no', 'hotel confirmation', 'hotel confirmation no', 'hotel confirmation number', 'bestillingsnr', 'bestillingsnummer', 'reservasjonsnummer', 'booking id', 'reservation id', 'confirmation id', 'itinerary number', 'itinerary no', 'n de confirmation', 'no de confirmation', 'numero de confirmation', 'n de reservation', 'no de reservation', 'n de dossier', 'no de dossier', 'numero de dossier', 'numero di conferma', 'numero di prenotazione', 'codice di prenotazione'],
  flight: ['flight', 'flight no', 'flight number', 'flug', 'flugnummer', 'flyg', 'flight nr', 'flygnummer', 'vuelo', 'numero de vuelo', 'vol', 'numero de vol', 'vlucht', 'vluchtnummer'],
  airline: ['airline', 'carrier', 'operated by', 'fluggesellschaft', 'flygbolag', 'aerolinea', 'compagnie', 'compagnie aerienne', 'luchtvaartmaatschappij'],
  from: ['from', 'origin', 'depart from', 'von flughafen', 'abflughafen', 'fran', 'origen', 'desde', 'de', 'van', 'departure airport'],
  to: ['to', 'destination airport', 'nach', 'ankunftsflughafen', 'till flygplats', 'hacia', 'a', 'vers', 'naar', 'arrival airport'],
  departure: ['departure', 'departs', 'depart', 'departure time', 'abflug', 'abfahrt', 'avgang', 'avgangstid', 'salida hora', 'hora de salida', 'depart heure', 'heure de depart', 'vertrektijd'],
  arrival: ['arrival', 'arrives', 'arrive', 'arrival time', 'landung', 'ankunftszeit', 'ankomsttid', 'hora de llegada', 'heure d arrivee', 'aankomsttijd'],
  seat: ['seat', 'seats', 'sitz', 'sitzplatz', 'plats nr', 'sittplats', 'asiento', 'siege', 'place', 'stoel', 'zitplaats'],
  ticket: ['ticket', 'ticket number', 'ticket no', 'e ticket', 'eticket', 'e ticket number', 'ticketnummer', 'biljett', 'biljettnummer', 'billete', 'numero de billete', 'billet', 'numero de billet', 'ticketnr'],
  passenger: ['passenger', 'passengers', 'passenger name', 'passagier', 'passagierin', 'passagiere', 'fluggast', 'passagerare', 'resenar', 'pasajero', 'pasajeros', 'passager', 'passagers', 'passagiers', 'traveller name', 'traveller', 'traveler', 'travellers', 'reisender', 'reisende', 'viajero', 'voyageur', 'reiziger'],
  aircraft: ['aircraft', 'equipment type', 'plane', 'flugzeug', 'flugzeugtyp', 'flygplan', 'flygplanstyp', 'avion', 'aeronave', 'appareil', 'vliegtuig', 'toestel'],
  travel_class: ['class', 'cabin', 'travel class', 'fare class', 'booking class', 'klasse', 'buchungsklasse', 'klass', 'clase', 'cabina', 'classe', 'cabine'],
  duration: ['duration', 'flight time', 'travel time', 'flugdauer', 'flugzeit', 'restid', 'flygtid', 'duracion del vuelo', 'duree du vol', 'vliegtijd', 'reisduur'],
  // When a ticket or itinerary was issued: a date that is neither the show's nor the trip's.
  issue_date: ['issue date', 'date of issue', 'issued', 'timestamp', 'submitted', 'submitted on', 'submitted at', 'issued on', 'issued by', 'date issued', 'fecha de emision', 'fecha emision', 'ausstellungsdatum', 'ausgestellt am', 'utfardad', 'utfardandedatum', 'udstedt', 'udstedelsesdato', 'date d emission', 'date demission', 'data di emissione', 'data emissione', 'data de emissao', 'uitgiftedatum', 'datum van uitgifte'],
  catering: ['catering', 'canteen', 'hospitality', 'verpflegung', 'bewirtung', 'mat', 'forplagning', 'comida', 'restauration', 'buyout', 'buy out', 'food buyout', 'repas'],
  meal: ['dinner', 'lunch', 'breakfast', 'abendessen', 'mittagessen', 'fruhstuck', 'middag', 'lunch', 'frukost', 'cena', 'almuerzo', 'desayuno', 'diner', 'dejeuner', 'petit dejeuner', 'avondeten', 'restaurant', 'restaurang', 'meal', 'mahlzeit', 'maltid', 'maaltijd', 'hot meal', 'hot dinner', 'hot lunch'],
  guest_count: ['guest count', 'heads', 'number of guests', 'people', 'persons', 'pax', 'covers', 'personen', 'pers', 'anzahl personen', 'personer', 'antal personer', 'antal pers', 'antal', 'personas', 'comensales', 'no de comidas', 'numero de comidas', 'no de comensales', 'numero de comensales', 'couverts', 'personnes', 'aantal personen', 'party size', 'headcount', 'head count', 'numbers'],
  dietary: ['dietary', 'dietary requirements', 'dietary requests', 'dietary restrictions', 'diet', 'diets', 'special diets', 'allergies', 'food allergies', 'intolerances', 'allergien', 'unvertraglichkeiten', 'lebensmittelunvertraglichkeiten', 'ernahrung', 'allergier', 'specialkost', 'kost', 'alergias', 'intolerancias', 'dieta', 'dietas', 'allergies alimentaires', 'regime alimentaire', 'regimes alimentaires', 'regimes', 'allergieen', 'dieetwensen', 'dieet', 'allergie', 'intolleranze'],
  backline: ['backline', 'backline requirements', 'instruments', 'instrumente', 'instrument', 'instrumentos', 'materiel backline'],
  stage: ['stage', 'stage size', 'stage dimensions', 'buhne', 'buhnengrosse', 'scen', 'scenstorlek', 'escenario', 'scene', 'podium afmetingen', 'riser', 'risers', 'plateau', 'dimensions plateau', 'dimensions du plateau'],
  lighting: ['lighting', 'lights', 'light', 'licht', 'beleuchtung', 'lichttechnik', 'ljus', 'belysning', 'iluminacion', 'luces', 'lumiere', 'eclairage', 'lichten', 'verlichting'],
  sound: ['sound', 'pa', 'audio', 'pa system', 'foh', 'monitors', 'monitoring', 'ton', 'tontechnik', 'beschallung', 'ljud', 'ljudanlaggning', 'sonido', 'sonorisation', 'son', 'geluid'],
  video: ['video', 'projection', 'screens', 'led wall', 'projektion', 'videotechnik', 'bild', 'projektor', 'proyeccion', 'pantallas', 'projectie'],
  equipment: ['equipment', 'technical equipment', 'we bring', 'what we bring', 'what we carry', 'band brings', 'artist brings', 'own equipment', 'technik', 'ausrustung', 'utrustning', 'teknik', 'equipo', 'equipamiento', 'materiel', 'equipement', 'apparatuur', 'gear'],
  power: ['power', 'power supply', 'electricity', 'strom', 'stromversorgung', 'stromanschluss', 'el', 'elektricitet', 'electricidad', 'corriente', 'toma de corriente', 'electricite', 'alimentation electrique', 'courant', 'stroom', 'elektriciteit', 'sahko', 'elettricita', 'corrente', 'eletricidade'],
  technical: ['technical', 'technical requirements', 'tech rider', 'technical rider', 'other technical', 'technische anforderungen', 'tekniska krav', 'requisitos tecnicos', 'otros', 'fiche technique', 'technische eisen', 'other', 'misc', 'sonstiges', 'local crew', 'stagehands', 'stage hands'],
};

/** Lower case, diacritics removed, punctuation as single spaces: the form labels are compared in. */
export function foldLabel(label: string): string {
  return label
    .normalize('NFKD').replace(/\p{M}/gu, '')
    // A Persian label reads the same with or without its zero-width non-joiner ("بک‌لاین").
    .replace(/\u200C/g, '')
    .toLowerCase()
    // Turkish dotless "ı" is the "I" of capitals ("SANATÇI" = "sanatçı").
    .replace(/ı/g, 'i')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
}

const INDEX: Map<string, LabelKey> = (() => {
  const index = new Map<string, LabelKey>();
  for (const table of [LEXICON, FINNISH_LABELS, POLISH_LABELS, ITALIAN_LABELS, NORWEGIAN_LABELS, CROATIAN_LABELS, HUNGARIAN_LABELS, GREEK_LABELS, TURKISH_LABELS, CATALAN_LABELS, PORTUGUESE_LABELS, KOREAN_LABELS, CHINESE_LABELS, JAPANESE_LABELS, ICELANDIC_LABELS, ESTONIAN_LABELS, LATVIAN_LABELS, INDONESIAN_LABELS, MALAY_LABELS, ALBANIAN_LABELS, BULGARIAN_LABELS, HEBREW_LABELS, UKRAINIAN_LABELS, ROMANIAN_LABELS, CZECH_LABELS, LITHUANIAN_LABELS, SLOVENIAN_LABELS, SERBIAN_LABELS, SLOVAK_LABELS, RUSSIAN_LABELS, VIETNAMESE_LABELS, GEORGIAN_LABELS, SWAHILI_LABELS, SOMALI_LABELS, MACEDONIAN_LABELS, AZERBAIJANI_LABELS, MONGOLIAN_LABELS, MALTESE_LABELS, ARMENIAN_LABELS, PERSIAN_LABELS, UZBEK_LABELS, KYRGYZ_LABELS, URDU_LABELS, BENGALI_LABELS, NEPALI_LABELS, LAO_LABELS, GUJARATI_LABELS]) {
    for (const [key, labels] of Object.entries(table) as [LabelKey, string[]][]) {
      // The first key to claim a label keeps it: the table above lists the more specific meaning first.
      for (const label of labels) if (!index.has(foldLabel(label))) index.set(foldLabel(label), key);
    }
  }
  return index;
})();

/**
 * Short labels of other languages that, written in capitals, are English acronyms: "ADA" is the US
 * disability act's access line, not Swahili "ada" (the fee). In capitals they are no label.
 */
const ACRONYMS_IN_CAPITALS = new Set(['ada']);

function isAcronymInCapitals(label: string): boolean {
  return ACRONYMS_IN_CAPITALS.has(foldLabel(label)) && label === label.toUpperCase();
}

/** The endings French inclusive writing adds after a middle dot: "·e", "·es", "·nes", "·e·s". */
const INCLUSIVE_ENDING = /(?<=\p{Ll})·\p{Ll}{1,3}(?:·s)?(?!\p{L})/gu;

/**
 * Labels already looked up, with their keys: a document repeats its labels and every reader asks about the same
 * lines again, while a lookup folds the label and tries a dozen readings of it. Bounded, as a service reads
 * many imports in one process.
 */
const LOOKED_UP = new Map<string, LabelKey | null>();
const LOOKED_UP_MAX = 50_000;

/**
 * The canonical key of a label, or null. Trailing decorations ("(local time)", "#", "no.") are
 * tolerated by retrying without a trailing parenthesis.
 */
export function labelKey(label: string): LabelKey | null {
  const known = LOOKED_UP.get(label);
  if (known !== undefined) return known;
  const key = lookUpLabel(label);
  if (LOOKED_UP.size >= LOOKED_UP_MAX) LOOKED_UP.clear();
  LOOKED_UP.set(label, key);
  return key;
}

function lookUpLabel(label: string): LabelKey | null {
  if (isAcronymInCapitals(label)) return null;
  // French inclusive writing ("Occupant·es", "Invité·e·s") reads as the word without its added endings.
  const stem = label.replace(INCLUSIVE_ENDING, '');
  if (stem !== label) return labelKey(stem);
  const spelled = romanianSpelledKey(label) ?? azerbaijaniSpelledKey(label);
  if (spelled) return spelled;
  const folded = foldLabel(label);
  const hit = INDEX.get(folded);
  if (hit) return hit;
  const bare = foldLabel(label.replace(/\(.*?\)/g, ' '));
  // "Magaalada City": a Somali label with the English one after it, no separator (text/joined-gloss-label.ts).
  return INDEX.get(bare) ?? bilingualKey(label) ?? numberedKey(label) ?? numberSignKey(label, bare) ?? glossKey(label) ?? spacedGlossKey(label)
    ?? joinedGlossKey(bare, (f) => INDEX.get(f), GLOSSED_LABELS) ?? qualifiedKey(label);
}

/**
 * "incl. postcode", "inkl. MwSt.": what the value includes, after the label proper; so is a measure asked
 * beside a size ("Stage size & height", "Riser size (w x d) and clearance").
 */
const INCLUDED_PART = /\s+(?:(?:incl\.?|including|inkl\.?|inklusive|inclusief|incluant|incluido)\s+\S.*|(?:and|&|\+)\s+(?:height|width|depth|clearance)(?:\s*\([^()]*\))?)$/iu;

/** A form's label saying what its value includes ("Full address incl. zip code", "Stage size & height"): the key of the label before it. */
function qualifiedKey(label: string): LabelKey | null {
  const head = label.replace(INCLUDED_PART, '');
  return head !== label && head.trim() ? INDEX.get(foldLabel(head.replace(/\(.*?\)/g, ' '))) ?? null : null;
}

/** The labels of the languages whose documents print the English label right after their own (lexicon-so.ts). */
const GLOSSED_LABELS: ReadonlySet<string> = new Set([...Object.values(SOMALI_LABELS).flat(), ...SOMALI_GLOSSED_WORDS].map(foldLabel));

/** "Pick-up time" of "Waqtiga qaadista Pick-up time": a joined two-language label's English half (text/joined-gloss-label.ts). */
export function englishHalf(label: string): string {
  return englishHalfOf(label, foldLabel, GLOSSED_LABELS);
}

/**
 * A label in another script glossed in English in brackets ("규모 (Capacity)", "객실 (Rooms)"): the
 * gloss's key, when the words outside the brackets carry no Latin letter to be read themselves.
 */
function glossKey(label: string): LabelKey | null {
  const m = /^([^()]+)\(([^()]+)\)\s*:?\s*$/u.exec(label.trim());
  if (!m || LATIN.test(m[1]!) || !/\p{L}/u.test(m[1]!)) return null;
  return INDEX.get(foldLabel(m[2]!)) ?? null;
}

/**
 * A label in another script followed by its English gloss without brackets ("藝人 Artist", "入住
 * Check-in", "താമസം Rooms"): the gloss's key, when the leading words carry no Latin letter.
 */
function spacedGlossKey(label: string): LabelKey | null {
  const m = /^([^\p{Script=Latin}]+?)\s+(\p{Script=Latin}[^]*)$/u.exec(label.trim());
  // Any script's words lead ("അതിഥിയുടെ പേര് Guest Name(s)" too): the leading part holds no Latin letter by its pattern.
  if (!m || !/\p{L}/u.test(m[1]!) || OTHER.test(m[2]!)) return null;
  return INDEX.get(foldLabel(m[2]!.replace(/\(.*?\)/g, ' '))) ?? INDEX.get(foldLabel(m[1]!)) ?? null;
}

/** "Conf #", "Res. #": a number sign after an abbreviation stands for "no" ("Conf no"). */
function numberSignKey(label: string, bare: string): LabelKey | null {
  return /#\s*:?\s*$/.test(label) && bare ? INDEX.get(`${bare} no`) ?? null : null;
}

/**
 * A contract's numbered sub-clause opening with its label ("3.2. Payment terms", "5.1. Vacsora",
 * "3.1 Fee"): the label's key, also of a bilingual label ("5.1 Kapı açılışı / Doors"). A bare
 * number needs its dot ("3. Fee"), a sub-clause's may go without. A clause's items may go by letters
 * instead ("a) Sound", Armenian "բ) Լույս").
 */
function numberedKey(label: string): LabelKey | null {
  const m = /^\s*(?:\d{1,2}(?:(?:\.\d{1,2})*\.|(?:\.\d{1,2})+)|[a-h]\)|[ա-ժ]\))\s+(\p{L}.*)$/u.exec(label);
  return m ? INDEX.get(foldLabel(m[1]!.replace(/\(.*?\)/g, ' '))) ?? bilingualKey(m[1]!) : null;
}

/** Halves that name a price: beside one, a half that reads as a key elsewhere ("Cena", a meal in Spanish) is a price word too. */
const PRICE_HALF = /^(?:rate|room rate|price|prices|total|amount|cost|costs|preis|prix|precio|prezzo|tarif|tariff)$/;

function namesPrice(halves: string[]): boolean {
  return halves.length > 1 && halves.some((h) => PRICE_HALF.test(foldLabel(h)));
}

/** A label written in two languages ("Chegada / Arrival", "Quartos / Rooms"): the key its known halves agree on. */
function bilingualKey(label: string): LabelKey | null {
  const halves = label.split(/\s+\/\s+/);
  if (halves.length < 2 || halves.length > 3) return null;
  if (namesPrice(halves)) return null;
  const keys = new Set(halves.map((h) => INDEX.get(foldLabel(h.replace(/\(.*?\)/g, ' ')))).filter((k): k is LabelKey => !!k));
  // "Locatie / Venue", "Lugar / Venue": a word for any place, glossed as the venue, is the venue.
  if (keys.size === 2 && keys.has('venue') && keys.has('location')) return 'venue';
  // "Place / Name": a sheet's one column for each row's place or named party (a stage, a hotel, a person) is its place.
  if (keys.size === 2 && keys.has('location') && keys.has('name')) return 'location';
  return keys.size === 1 ? [...keys][0]! : null;
}

/**
 * The key of a label that begins with a known label and goes on ("Venue address for the driver",
 * "Hotel name and address"): the longest known prefix of at least two words, or of one word of
 * four letters or more.
 */
export function labelKeyByPrefix(label: string): LabelKey | null {
  if (namesPrice(label.split(/\s+\/\s+/))) return null;
  const words = foldLabel(label).split(' ');
  for (let n = words.length; n >= 1; n--) {
    const prefix = words.slice(0, n).join(' ');
    const key = INDEX.get(prefix);
    if (key && (n >= 2 || prefix.length >= 4)) return key;
  }
  return null;
}

const CJK_WORD = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]{2}/u;

/** The longest known label that `text` begins with, and its key: for "Check-in 14 Mar" layouts. */
export function leadingLabel(
  text: string, keys?: ReadonlySet<LabelKey>,
): { key: LabelKey; length: number } | null {
  const words = text.split(/(\s+)/);
  let best: { key: LabelKey; length: number } | null = null;
  let consumed = '';
  for (let i = 0; i < Math.min(words.length, 9); i++) {
    consumed += words[i];
    if (i % 2 === 1) continue;
    const key = isAcronymInCapitals(consumed) ? undefined : INDEX.get(foldLabel(consumed));
    // Two Han or Hangul characters make a whole word ("場地", "개런티"), as three letters do.
    if (key && (!keys || keys.has(key)) && (foldLabel(consumed).length > 2 || CJK_WORD.test(consumed))) best = { key, length: consumed.length };
  }
  return best;
}

/** English weekday and month names: capitalised words that name no person, act or place. */
export const CALENDAR_NAMES = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december';
