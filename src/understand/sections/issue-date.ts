/**
 * An invoice's, a booking confirmation's or a supplier's order confirmation's bare "Date:" ("Datum /
 * Date: 21-09-2027") is the day the paper was issued, not the show's: such papers label the show's day
 * as one ("Show date", "Auftrittsdatum") when they give it at all.
 */
import type { DocumentCategory, ExtractedSource } from '../../interfaces.js';
import { foldLabel, type Line } from '../text/index.js';
import { categorise } from './documents.js';

const BOOKING_PAPERS: ReadonlySet<DocumentCategory> = new Set<DocumentCategory>(['invoice', 'hotel_confirmation', 'flight_ticket', 'boarding_pass']);

/** A supplier's confirmation of goods ordered, in the supported languages: "Order confirmation", "Bestellbestätigung". */
const ORDER_CONFIRMATION = /(?<!\p{L})(?:order confirmation|confirmation of (?:your )?order|bestellbest[äa]tigung|confirma[çc][ãa]o de encomenda|confirmaci[óo]n de(?:l)? pedido|confirmation de commande|orderbevestiging|ordrebekr[æa]ftelse|orderbekr[äa]ftelse|ordrebekreftelse|conferma d['’]ordine)(?!\p{L})/iu;

/** The first lines, where a paper says what it is. */
const HEAD_CHARS = 1500;

/** "Date", "Datum", "Fecha", "Dato", "Data", "Päivämäärä", also two of them side by side ("Datum / Date"). */
const BARE_DATE_WORDS = new Set(['date', 'datum', 'fecha', 'dato', 'data', 'paivamaara', 'pvm']);

/** "Date:", "Datum / Date:": a label of date words only, naming no particular day. */
function isBareDateLabel(label: string): boolean {
  const words = foldLabel(label).split(' ').filter(Boolean);
  return words.length > 0 && words.every((w) => BARE_DATE_WORDS.has(w));
}

/**
 * A label naming the day a booking was made or a contract drawn up ("Booking date", "Data da reserva",
 * "Buchungsdatum", "Date of contract", "Vertragsdatum"), folded: on any paper, that day is the booking's
 * or the contract's, never the show's.
 */
const BOOKING_DATE_LABEL = /^(?:(?:booking|reservation|order|agreement|contract) date|date of (?:the )?(?:booking|reservation|agreement|contract)|data da reserva|fecha de (?:la )?reserva|date de (?:la )?reservation|data (?:della |di )?prenotazione|buchungsdatum|bokningsdatum|bestillingsdato|boekingsdatum|vertragsdatum|fecha del contrato|date du contrat|data del contratto|data do contrato|contractdatum|avtalsdatum|kontraktdato)$/;

/** Whether a "date" label of `source` dates the paper itself: a booking's date, or a bare date label on an invoice or booking. */
export function isIssueDate(source: ExtractedSource, label: string): boolean {
  if (BOOKING_DATE_LABEL.test(foldLabel(label))) return true;
  return isBareDateLabel(label) && (BOOKING_PAPERS.has(categorise(source)) || ORDER_CONFIRMATION.test(source.text.slice(0, HEAD_CHARS)));
}

/**
 * A signature's line to sign on, or the words that open a signature block: whole words by letters, not
 * `\b` (to which "é" is no word's letter). "Firma" with a name after its colon ("Firma: Nordlys Sp. z o.o.")
 * is the Polish label of a company, not the Spanish or Italian signature.
 */
const SIGNATURE_MARK = /_{6,}|(?<!\p{L})(?:signed|signature|signatures|unterschrift|unterzeichnet|firmado|signé|handtekening|underskrift|podpis|firma(?!\s*:\s*\p{L}))(?!\p{L})/iu;

/**
 * "Ort, Datum", "Place and date", "Lieu et date", "Lugar y fecha", folded: the line a contract is
 * signed on, where and when, above the signatures; its date is the signing's on any paper.
 */
const PLACE_AND_DATE = /^(?:(?:ort|place|lieu|lugar|luogo|plaats|sted|plats) (?:(?:und|and|et|y|e|en|og|och) )?(?:datum|date|fecha|data|dato)|(?:datum|date|fecha|data|dato) (?:(?:und|and|et|y|e|en|og|och) )?(?:ort|place|lieu|lugar|luogo|plaats|sted|plats))$/;

/**
 * Whether a bare "Date:" at `lineIndex` dates a signature: under a line to sign on or a signature
 * block's opening ("SIGNED by the parties", "Signature") within the four lines above, it is the day
 * the paper was signed, not the show's.
 */
export function isSigningDate(lines: Line[], lineIndex: number, label: string): boolean {
  if (PLACE_AND_DATE.test(foldLabel(label))) return true;
  return isBareDateLabel(label) && lines.slice(Math.max(0, lineIndex - 4), lineIndex).some((l) => SIGNATURE_MARK.test(l.text));
}

/**
 * "Samarqand shahri ⇥ 2028-yil 3-fevral", "г. Москва ⇥ «12» марта 2027 г.", "Bakı şəhəri": the city a contract
 * is concluded in, written before its date under the title, as contracts of the former Soviet states open. The
 * date is the signing's; `before` is the line's text before the date.
 */
const CITY_OF_SIGNING = /^\s*(?:\p{Lu}[\p{L}ʻʼ'-]+\s+(?:shahri|sh\.|şəhəri)|(?:г\.|м\.|город|місто)\s*\p{Lu}[\p{L}-]+)[\s,]*$/u;

/**
 * "En Lugo, a 9 de marzo de 2028", "Em Lisboa, aos 5 de maio", "Fait à Lyon, le 2 mars": a Romance
 * contract's place and day of signing, opening the line above its parties ("REUNIDOS", "ENTRE").
 */
const ROMANCE_PLACE_OF_SIGNING = /^\s*(?:[Ee][nm]|[Ff]ait à|[Ff]et a)\s+\p{Lu}[\p{L}' .-]*,\s*(?:a|ao|aos|le|a día)\s*$/u;

/**
 * "En Vigo, el 12 de marzo de 2028", "En Lugo, o 4 de xullo": with the article, the way prose gives an event's
 * day too ("En Bilbao, el 12 de junio tocáis en…"), so it is the signing's only on a line of its own.
 */
const ROMANCE_PLACE_AND_ARTICLE = /^\s*[Ee][nm]\s+\p{Lu}[\p{L}' .-]*,\s*(?:el|o)(?: día)?\s*$/u;

/** Whether the date after `before` (followed by `after` on its line) is the day a paper was signed, where. */
export function isCityOfSigning(before: string, after: string): boolean {
  return CITY_OF_SIGNING.test(before) || ROMANCE_PLACE_OF_SIGNING.test(before) || (ROMANCE_PLACE_AND_ARTICLE.test(before) && /^[\s.,;]*$/.test(after));
}
