/**
 * documents: one entry per attached file, categorised by what it says, not by its name alone.
 * Each category has cue phrases (multilingual): a cue in the file name counts 2, in the text 1
 * per distinct cue. A category's title phrase ("Performance Agreement", "Your flight", "Day sheet")
 * in the name, the e-mail subject or the first lines counts 4. The best category wins with at least
 * 3 points. Correspondence — a reply or forward, or a personal e-mail ("Hi Tove,") whose title
 * names no category — is `other`, as is an unreadable file or one without cues.
 */
import type { DocumentCategory, DocumentEntry, ExtractedSource } from '../../interfaces.js';
import type { SectionExtractor } from '../context.js';
import { found, type Draft } from '../found.js';
import { evidenceAt, isMail, isPhoto, read } from '../text/index.js';
import type { LabelKey } from '../text/lexicon.js';
import { seaCrossings } from './travel/crossing.js';
import { routeTables } from './travel/route-table.js';
import { rideStopSpans } from './schedule-ride-form.js';
import { isTourRouting } from './show-routing.js';
import { screenshotChat } from '../text/chat-screenshot.js';
import { schemaOrgReservations } from '../schema-org/index.js';

/** The title of a list of people: "Contact sheet", "Kontaktliste", "Lista de contactos", "Lista contatti". */
const CONTACT_LIST = /contact (sheet|list)|kontaktliste|kontaktlista|lista (de )?contact[oa]s|lista (dei )?contatti|liste des contacts|contactlijst/;

/**
 * A boarding pass named as such; a booking that points to its passes ("get your boarding passes in
 * the app", "This is not a boarding pass") is none.
 */
const BOARDING_PASS = /(?<!\bnot an? )(?:boarding pass(?!es)|bordkarte(?!n)|boardingkort(?!en)|tarjeta de embarque|carte d'embarquement)/;

/** A promoter's letter backing the party's entry: invitation or support letter, in the supported languages. */
const VISA_LETTER = /\b(?:letter of (?:invitation|support)|(?:invitation|support) letter|visa (?:support|invitation)|einladungsschreiben|lettre d['’]invitation|carta de invitaci[oó]n|inbjudningsbrev|uitnodigingsbrief)\b/;

// A Spanish stay is "Entrada"/"Llegada" to "Salida", the labels an airline also uses for departure and arrival (as "ankomst").
// A hotel's Russian confirmation: "отель", "заезд" (check-in), "выезд" (check-out), "ночей" (nights), "гости" (guests).
// Russian, Ukrainian and Bulgarian name a contract "договор", "договір" (bounded by letters: `\b` knows no Cyrillic); Armenian "պայմանագիր";
// Uzbek "shartnoma" (also with its endings: "shartnomasi", "shartnomani").
// An airline's "schedule change" is about a booking's flights, not a show's schedule.
// A day sheet's timed load-out row ("23:30 ⇥ Load-out") is a cue of its own: a hotel never prints one.
const CUES: Record<Exclude<DocumentCategory, 'other'>, RegExp[]> = {
  contract: [/\bcontract\b/, /\bagreement\b/, /engagement confirmation/, /\bvertrag\b|gastspielvertrag|vereinbarung/, /\bavtal\b|kontrakt/, /\bcontrato\b/, /\bcontrat\b/, /\bcontratto\b/, /\bovereenkomst\b/, /sopimus\b|sopimukse/, /szerz[őo]d[ée]s/, /s[öo]zle[şs]me/, /\bumow[aey]\b/, /\bsmlouv|\bsutart(?:is|ies|ys)\b/, /\bpogodb[aeio]?\b|\bugovor(?:a|u|om)?\b/, /(?<![а-яёіїє])догов[оі]р/, /(?<![\u0561-\u0587])պայմանագ[իր]/, /\bshartnoma/, /\bsignature\b|\bsigned\b|unterschrift|underskrift|\bfirma\b/, /\bthe (artist|promoter|purchaser|employer) (shall|agrees|will)\b/, /\boffer\b|\bangebot\b|\boferta\b/, /\bguarantee\b|\bgage\b|\bfee\b|\bpalkkio\b/, /(show|engagement) confirmation|auftragsbestätigung/, /\bdeposit\b|\banzahlung\b|\bhandpenning\b|\bacconto\b/, /payment terms|zahlungsbedingungen|betalningsvillkor|modalità di pagamento|forma de pagamento/],
  rider: [/\brider\b/, /technical (rider|requirements|specification)/, /\binput list\b|\bstage plot\b/, /\bbackline\b/, /\bmonitor(s|ing)?\b/, /\blighting\b/, /\bfoh\b/],
  itinerary: [/\bitinerary\b|\breiseplan\b|\bresplan\b|\bitinerario\b/, /\bday ?sheet\b|\btagesablauf\b|\bdagsplan\b|\b(?:hoja|full) de ruta\b/, /\bschedule\b(?![ -]change)|\bzeitplan\b|\btidsplan\b|\bhorarios?\b|\bhoraires\b|\bablauf(plan)?\b|\btidsschema\b|\bprogramme\b|\bcronograma\b|\bharmonogram\b/, /\brunning order\b/, /\bload[- ]?in\b|\bget[- ]?in\b|\bcarga [ye] descarga\b|\bmontaje\b/, /\d[:.]\d{2}[ \t]*(?:[ap]\.?m\.?)?[ \t]+(?:load[- ]?out|get[- ]?out|desmontaje)\b/, /\btransfers?\b|\bshuttle\b|\bfahrt(en)?\b|\bpick-?ups?\b|\babholung\b/, /\bsoundcheck\b|\bline ?check\b|\bprueba de sonido\b|\bpassagem de som\b|\bljudcheck\b|\bbalances\b/, /\bdoors\b|\beinlass\b|\bapertura de puertas\b|\bouverture des portes\b|\binsläpp\b/, /\bcurfew\b|\bsperrstunde\b|\btoque de queda\b|\bcouvre-feu\b/, /\badvance\b/],
  hotel_confirmation: [/\bhotel\b|\bhotell\b|\bh[ôo]tel\b|\balbergo\b|\bhostal\b|(?<![а-яё])(?:отел[ьяюе]|гостиниц)/, /check[- ]?in\b|\bankomst\b|\banreise\b|\bincheckning\b|\barrivo\b|\binnsjekk|\binchecken\b|(?<![а-яё])заезд|\bentrada\b|\bllegada\b/, /check[- ]?out\b|\bavresa\b|\babreise\b|\bpartenza\b|\butsjekk|\buitchecken\b|(?<![а-яё])выезд|\bsalida\b/, /\broom(s)?\b|\bzimmer\b|\brum\b|\bhabitaci|\bcamer[ae]\b|\bchambres?\b/, /(booking|reservation|bokning|buchung|reserva)\w* (confirm|bekr|best)|confirmation de (?:votre |la )?r[ée]servation|conferma (?:della )?prenotazione|prenotazione (?:è )?confermata|\b(?:boekings|reserverings)bevestiging\b|\b(?:boeking|reservering) is bevestigd\b/, /\bnights?\b|\bnächte\b|\bnätter\b|\bnetter\b|\bnoches\b|\bnott[ei]\b|\bnuits?\b|(?<![а-яё])ноч(?:ей|и)(?![а-яё])/, /\bguest(s)?\b|\bgäste\b|\bgäster\b|\bgjester\b|\bospiti\b|\bhu[ée]spedes\b|(?<![а-яё])гост(?:и|ей)(?![а-яё])/],
  flight_ticket: [/\bflight\b(?![ -]?cases?\b)|\b(?:hin|r[üu]ck)?flug\b|\bflyg\b|\bvuelo\b|\bvol\b|\b(?:heen|terug)?vlucht\b|\bvoo\b/, /\bpassenger(s)?\b|\bpassagier|\bpassagerare\b|\bpasajero|\bpassagers?\b|\bpassageiros?\b/, /\be-?ticket\b|electronic ticket|ticket number|biljettnummer|ticketnummer|num[ée]ro de billet|bilhetes? eletr[óô]nicos?/, /\bseat\b|\bsitz(?:platz)?\b|\bsittplats\b|\bsi[èe]ge\b|\bstoel\b|\bassento\b/, /\bdeparture\b|\babflug\b|\bavgång\b|\bd[ée]part\b|\bsalida\b|\bvertrek\b|\bpartida\b/, /\barrival\b|\bankunft\b|\bankomst\b|\barriv[ée]e\b|\bllegada\b|\baankomst\b|\bchegada\b/, /\bbooking (reference|code)\b|\bpnr\b|\brecord locator\b|\bbuchungscode\b|\blocalizador\b|\bboekingscode\b|c[óo]digo de reserva/, /\bbaggage\b|gepäck\b|\bbagage\b|\bbagagem\b|\b(?:cabin|check-?in|checked|hold) bags?\b|\bhand luggage\b/],
  boarding_pass: [BOARDING_PASS, /boarding time|gate closes|\bboarding\b/, /\bgate\b/, /\bseq(uence)?\b/],
  visa: [/\bvisa\b|\bvisum\b|\bvisado\b/, /work permit|arbeitserlaubnis|arbetstillstånd/, /\bpassport\b|\breisepass\b|\bpass number\b/, /\bembassy\b|\bconsulate\b|\bbotschaft\b/, VISA_LETTER, /\bimmigration\b|\bborder (?:services|control|force)\b|\bport of entry\b|\bnationality\b|\bdate of birth\b/],
  invoice: [/\binvoice\b|\brechnung\b|\bfaktura\b|\bfactura\b|\bfacture\b|\bfactuur\b/, /\bamount due\b|\btotal due\b|\bzu zahlen\b|\batt betala\b/, /\bvat\b|\bmwst\b|\bust\b|\bmoms\b|\biva\b|\btva\b|\bbtw\b/, /\biban\b|\bbic\b|\bswift\b/, /\bdue date\b|\bfällig\b|\bförfallodatum\b/],
  contact_sheet: [CONTACT_LIST, /\bcontacts?\b|\bkontakt|\bcontact[oa]s\b|\bcontatti\b/],
};

const TITLES: Partial<Record<DocumentCategory, RegExp>> = {
  // Danish and Norwegian title a performance agreement by a compound of "aftale"/"avtale" ("Koncertaftale", "Spilleavtale");
  // the bare word is any arrangement ("Avtale og kjøreplan" over a letter).
  contract: /\b(contract|agreement|vertrag|gastspielvertrag|avtal|kontrakt|contrato|contrat|contratto|overeenkomst|offer|angebot|umowa)\b|\b(?:spille|koncert|konsert|optr[æe]dens?|engagements?|kunstner|artist)a[fv]tale[nr]?(?![a-zæøå])|(engagement|show) confirmation|sopimus\b|szerz[őo]d[ée]s|s[öo]zle[şs]me|\bsmlouv|\bsutart(?:is|ies|ys)\b|\bpogodb[aeio]?\b|\bugovor(?:a|u|om)?\b|(?<![а-яёіїє])догов[оі]р|(?<![\u0561-\u0587])պայմանագ[իր]|\bshartnoma/,
  // A Romance-language rider titles itself "technical sheet": "Scheda tecnica", "Ficha técnica", "Fiche technique".
  rider: /\brider\b|technical (requirements|specification)|\bscheda tecnica\b|\bficha t[ée]cnica\b|\bfiche technique\b/,
  // Azerbaijani titles an advance "İfaçı advansı" (the artist's advance).
  // A French festival's portal sends the act its "fiche artiste" (the artist's sheet: day, stage, schedule, hotel).
  itinerary: /\b(itinerary|tour ?plan|turn[ée]plan|tourn[ée]eplan|schedule(?![ -]change)|day ?sheet|running order|zeitplan|tagesablauf|tidsplan|dagsplan|horario|advance ?sheet|(?:artist|show|production) advance|advance (?:form|questionnaire)|advance d[eo] produ(?:ção|cao|cción|ction)|advans[ıi]?|transfers|fiche d['’ ]?accueil|fiche (?:d['’ ]?)?artiste|draaiboek|(?:hoja|full) de ruta)\b/,
  // "Bekreftelse på bestilling X – Hotell Y": a Nordic confirmation names the hotel after the booking.
  hotel_confirmation: /\b(hotel|room|stay|zimmer|hotell)\b.{0,40}\b(confirm|reserv|bekr|bestät)|\bbekr(?:eftelse|äftelse|æftelse)\b.{0,60}\bhotell?\b|bokningsbekräftelse|reservierungsbestätigung|your stay|\bgroup (?:booking )?confirmation\b|\bconfirmation (?:de (?:r[ée]servation (?:de )?)?)?groupe\b|gruppenbest(?:ä|ae|a)tigung/,
  flight_ticket: /\b(your flight|flight (booking|confirmation|itinerary)|e-?ticket|electronic ticket|itinerary ?\/? ?receipt|flugbuchung|flygbokning)\b|\b[a-z]{2} ?\d{2,4}\b.{0,60}\([a-z]{3}\)/,
  boarding_pass: BOARDING_PASS,
  invoice: /\b(invoice|rechnung|faktura|factura|facture|factuur)\b/,
  contact_sheet: CONTACT_LIST,
  visa: VISA_LETTER,
};

/**
 * A rooming list's title ("ROOMING LIST", "Rumslista", "Zimmerliste"): the tour's own plan of who
 * sleeps where is an itinerary, unless the title confirms it (the hotel's "Rooming list – confirmation").
 */
const ROOMING_LIST = /\b(?:rooming ?list|rumslista|romliste|rooming-?liste|zimmerliste|lista de habitaciones|liste des chambres|kamerlijst)\b/;
const CONFIRMING = /confirm|bekr[äa]ft|best[äa]tig|bevestig|conferm/;

/** A title sits in the first lines, under a letterhead of up to three (name, address, agency code). */
const TITLE_LINES = 4;

/** A ticket's own title word, in the supported languages. */
const TICKET_TITLE = /(?<![\p{L}])(?:e-?tickets?|tickets?|billets?|e-?billets?|fahrkarten?|fahrscheine?|biljett(?:er)?|billetes?|biglietti|biglietto|vervoersbewijs|bilety?)(?![\p{L}])/u;

/** A train or a rail operator, in the supported languages. */
const RAIL_WORD = /(?<![\p{L}])(?:train|treno|zug|tren|t[åa]g|tog|trein|comboio|juna|poci[ąa]g|vlak|railways?|ferrovie|bahn)(?![\p{L}])/u;

/** A bus or long-distance coach, in the supported languages ("coach" alone is also a train's car). */
const BUS_WORD = /(?<![\p{L}])(?:bus|buses|autobus|autob[úu]s|autocar|fernbus|reisebus|touringcar|bussi|bussen|buss)(?![\p{L}])/u;

/**
 * "This is an order confirmation, not an invoice", "Dies ist keine Rechnung": a document that says it is
 * no invoice is none, however much VAT, IBAN and "the invoice follows" it prints. A proforma is one in
 * form ("Proforma-Rechnung – keine Rechnung im Sinne des UStG"): it says so only of the tax.
 */
const PROFORMA = /\bpro-?\s?forma\b/;
const NOT_AN_INVOICE = /\b(?:not an? (?:vat |tax )?invoice|keine rechnung|ingen faktura|ikke en faktura|no es una factura|n'est pas une facture|geen factuur|não é uma fatura|non è una fattura)\b/;

/** Words of a restaurant booking: not a hotel stay, whatever "guests" and "reservation" suggest. */
const RESTAURANT = /\b(your table|party size|table for \d|restaurant|trattoria|ristorante|restaurang|bistro|bodega|taberna|mesa|comensales|coperti|couverts|tisch)\b/;
/** An automated sender (no-reply) writes confirmations, not correspondence, however it greets. */
const AUTOMATED_SENDER = /\bno-?reply\b|\bdo-?not-?reply\b/i;
/** A subject announcing a confirmation: the mail is the booking's document, however it greets. */
const CONFIRMATION_SUBJECT = /\b(booking|reservation|order|trip|ride|transfer) confirm|\b(booking|boeking|buchung|reservation|reserva|bokning|réservation) (is |ist |är |est |está )?(confirmed|bevestigd|bestätigt|bekräftad|confirmée|confirmada)|\bconfirm\w* (of )?(your )?(booking|reservation)|buchungsbestätigung|reservierungsbestätigung|bokningsbekräftelse|confirmación de (la )?reserva|confirmation de réservation|boekingsbevestiging|bekreftelse på (?:bestilling|booking|reservasjon)|bestillingsbekreftelse|conferma (di |della )?prenotazione/i;
// An Urdu, Persian or Arabic letter greets with "سلام" or "السلام علیکم" anywhere in a short line ("X بھائی، السلام علیکم").
const GREETING = /^\s*(?:(hi|hello|hey|hej|hei|hallo|hola|dear|liebe|lieber|bonjour|ciao|moin)\b[^\n]{0,40}[,!]?|[^\n]{0,40}(?<![\u0600-\u06FF])(?:السلام عل[یي]کم|السلام عليكم|سلام)(?![\u0600-\u06FF])[^\n]{0,40})\s*$/im;

const PERSON_COLUMNS = new Set<LabelKey | null>(['name', 'phone', 'email', 'role', 'company', 'contact']);
const PLAN_COLUMNS = new Set<LabelKey | null>(['time', 'date', 'day', 'flight', 'hotel', 'check_in', 'departure', 'arrival']);

/** A table whose columns are mostly people's details (in any language of the lexicon) is a contact sheet. */
function looksLikeContactSheet(source: ExtractedSource): boolean {
  const table = read(source).tables[0];
  if (!table) return false;
  const people = table.keys.filter((k) => PERSON_COLUMNS.has(k)).length;
  return people >= 3 && !table.keys.some((k) => PLAN_COLUMNS.has(k));
}

/** Whether an e-mail's HTML carries schema.org reservations (an event, flight, stay or table booked). */
function holdsReservations(source: ExtractedSource): boolean {
  const found = schemaOrgReservations(source);
  return found.events.length + found.flights.length + found.hotels.length + found.food.length > 0;
}

const FORWARD = /^\s*(?:fw|fwd|wg|tr|rv)\s*:\s*/i;

/**
 * A reply or forward in a conversation is correspondence, whatever it talks about; a forward whose
 * subject is a document's title ("Fwd: ELECTRONIC TICKET RECEIPT") passes that document on.
 */
function isReply(source: ExtractedSource): boolean {
  const subject = source.metadata['subject'];
  if (!isMail(source) || typeof subject !== 'string') return false;
  if (FORWARD.test(subject)) {
    const title = subject.replace(FORWARD, '').toLowerCase();
    return !Object.values(TITLES).some((re) => re.test(title));
  }
  // A hotel's or agency's answer that sends the document itself opens with its letterhead and title
  // ("GROUP BOOKING CONFIRMATION") instead of a greeting: that document, not correspondence.
  return /^\s*(re|aw|sv|vs)\s*:/i.test(subject) && !opensWithTitle(source);
}

/** The first lines of the text (no greeting among them) hold a document's title. */
function opensWithTitle(source: ExtractedSource): boolean {
  const opening = read(source).lines.map((l) => l.text.toLowerCase()).filter((l) => l.trim()).slice(0, TITLE_LINES);
  return !opening.some((l) => GREETING.test(l)) && Object.values(TITLES).some((re) => opening.some((l) => re.test(l)));
}

const categories = new WeakMap<ExtractedSource, DocumentCategory>();

/**
 * "Visiting Artist Pack", "Visiting Company Information": a venue's house pack made out for the act
 * coming in is the show's advance, an itinerary, however much of it is the house's technical specification.
 */
const VISITING_PACK = /\bvisiting (?:artists?|company|companies|band|act)(?:['’]s?)? (?:pack|information|info|guide|handbook)\b/;

/** Whether the source titles itself a venue's visiting-artist pack: its house sections read as a rider's would (technical.ts). */
export function isVisitingPack(source: ExtractedSource): boolean {
  const opening = read(source).lines.map((l) => l.text).filter((l) => l.trim()).slice(0, TITLE_LINES);
  return categorise(source) === 'itinerary' && VISITING_PACK.test(opening.join('\n').toLowerCase());
}

/** A source's category, read once: sections ask for it again and again (riders, show dates, authority). */
export function categorise(source: ExtractedSource): DocumentCategory {
  let category = categories.get(source);
  if (category === undefined) categories.set(source, (category = categoryOf(source)));
  return category;
}

function categoryOf(source: ExtractedSource): DocumentCategory {
  if (source.error || !source.text.trim()) return 'other';
  // A forward of the hotel's or airline's own confirmation ("FW: Reservation Confirmation 123 – X Hotel") whose
  // text reads as one passes that confirmation on; any other reply or forward is correspondence.
  if (isReply(source)) {
    const forwarded = forwardsConfirmation(source) ? scoredCategory(source) : 'other';
    return forwarded === 'hotel_confirmation' || forwarded === 'flight_ticket' ? forwarded : 'other';
  }
  return scoredCategory(source);
}

/** A forward whose subject, after "FW:", announces a booking's confirmation. */
function forwardsConfirmation(source: ExtractedSource): boolean {
  const subject = source.metadata['subject'];
  return typeof subject === 'string' && FORWARD.test(subject) && CONFIRMATION_SUBJECT.test(subject.replace(FORWARD, ''));
}

/** The category a document's cues and title score best (at least 3 points), else `other`. */
function scoredCategory(source: ExtractedSource): DocumentCategory {
  // A whole run's date sheet (a tour budget, a routing of one act's shows) is no one show's document (show-routing.ts).
  if (isTourRouting(source, [source])) return 'other';
  // A calendar file is a schedule by its nature, whatever its events are called.
  if (source.format === 'ics') return 'itinerary';
  // So is an address book's export a contact sheet.
  if (source.format === 'vcf') return 'contact_sheet';
  const name = source.name.toLowerCase().replace(/[_.-]+/g, ' ');
  // The first pages say what a document is; a long handbook mentioning "hotel" on page 80 is not a hotel confirmation.
  const body = read(source).lines.map((l) => l.text).join('\n');
  const text = body.slice(0, 6000).toLowerCase();
  const subject = source.metadata['subject'];
  // A letter opening with a greeting ("Hi Marta,") is titled by its subject: its first lines are prose ("the contract will come …").
  const opening = text.split('\n').filter((l) => l.trim()).slice(0, TITLE_LINES);
  const letter = isMail(source) && !!opening[0] && new RegExp(GREETING.source, 'i').test(opening[0]);
  const title = [name, typeof subject === 'string' ? subject.toLowerCase() : '', ...(letter ? [] : opening)].join('\n');
  // A contact table makes a contact sheet, unless the title says the file is something else (a rider with a contact table).
  const otherTitle = (Object.entries(TITLES) as [DocumentCategory, RegExp][]).some(([c, re]) => c !== 'contact_sheet' && re.test(title));
  if (!otherTitle && looksLikeContactSheet(source)) return 'contact_sheet';
  const roomingPlan = ROOMING_LIST.test(title) && !CONFIRMING.test(title);
  let best: DocumentCategory = 'other';
  let bestScore = 0;
  let titled = false;
  for (const [category, cues] of Object.entries(CUES) as [DocumentCategory, RegExp[]][]) {
    let score = 0;
    for (const cue of cues) {
      if (cue.test(name)) score += 2;
      if (cue.test(text)) score += 1;
    }
    if (TITLES[category]?.test(title)) { score += 4; titled = true; }
    if (category === 'itinerary' && VISITING_PACK.test(title)) { score += 8; titled = true; }
    if (roomingPlan && category === 'itinerary') { score += 4; titled = true; }
    if (roomingPlan && category === 'hotel_confirmation') score -= 4;
    // A hire's routing (two or more trips, one per row) is a plan of movements, whatever the order calls
    // itself; a carrier's ticket titled as one ("E-TICKET", "Billet") lists the trips it is valid for.
    if (category === 'itinerary' && routeTables(source).routed >= 2 && !TICKET_TITLE.test(title)) score += 3;
    // So is a ride booked with a transport company, confirmed as rows from a pick-up to a drop-off (schedule-ride-form.ts).
    if (category === 'itinerary' && rideStopSpans(source).length) score += 3;
    // A rail operator's ticket (trains, no flight named) is no flight ticket, whatever its PNR, seats and "e-ticket" say.
    // So is a coach operator's, and neither is a boarding pass (an airline's), whatever "boarding pass" its title says.
    if ((category === 'flight_ticket' || category === 'boarding_pass') && (RAIL_WORD.test(text) || BUS_WORD.test(text)) && !CUES.flight_ticket[0]!.test(text)) continue;
    if (category === 'invoice' && NOT_AN_INVOICE.test(text) && !PROFORMA.test(text)) continue;
    // A restaurant's table or a ferry's crossing is booked, not a hotel stay.
    if (category === 'hotel_confirmation' && (RESTAURANT.test(text) || seaCrossings(source).length)) score -= 4;
    if (score > bestScore) { best = category; bestScore = score; }
  }
  const from = source.metadata['from'];
  // A sender that marks its reservations up for mail clients (schema.org) writes a confirmation from a template, however it greets.
  const automated = (typeof from === 'string' && AUTOMATED_SENDER.test(from)) || (typeof subject === 'string' && CONFIRMATION_SUBJECT.test(subject)) || holdsReservations(source);
  if (isMail(source) && !titled && !automated && GREETING.test(text.slice(0, 400))) return 'other';
  // A phone screenshot of a chat is correspondence, whatever it mentions (text/chat-screenshot.ts).
  if (!titled && isPhoto(source) && screenshotChat(source.text)) return 'other';
  return bestScore >= 3 ? best : 'other';
}

export const extract: SectionExtractor<DocumentEntry> = (ctx) =>
  ctx.sources.filter((s) => s.origin === 'file').map((source): Draft<DocumentEntry> => {
    const ev = evidenceAt(source, null, 'inferred');
    const draft: Draft<DocumentEntry> = {
      fileName: found(source.name, { ...ev, method: 'inferred' }),
      category: found(categorise(source), ev),
    };
    if (source.mimeType) draft.mimeType = found(source.mimeType, ev);
    draft.sizeBytes = found(source.sizeBytes, ev);
    if (source.pageCount !== null && !source.error) draft.pages = found(source.pageCount, ev);
    return draft;
  });
