/**
 * An invoice's or a booking confirmation's bare "Date:" ("Datum / Date: 21-09-2027") is the day the
 * paper was issued, not the show's: such papers label the show's day as one ("Show date",
 * "Auftrittsdatum") when they give it at all.
 */
import type { DocumentCategory, ExtractedSource } from '../../interfaces.js';
import { foldLabel } from '../text/index.js';
import { categorise } from './documents.js';

const BOOKING_PAPERS: ReadonlySet<DocumentCategory> = new Set<DocumentCategory>(['invoice', 'hotel_confirmation', 'flight_ticket', 'boarding_pass']);

/** "Date", "Datum", "Fecha", "Dato", "Data", "Päivämäärä", also two of them side by side ("Datum / Date"). */
const BARE_DATE_WORDS = new Set(['date', 'datum', 'fecha', 'dato', 'data', 'paivamaara', 'pvm']);

/** Whether a "date" label of `source` dates the paper itself: a bare date label on an invoice or booking. */
export function isIssueDate(source: ExtractedSource, label: string): boolean {
  const words = foldLabel(label).split(' ').filter(Boolean);
  return words.length > 0 && words.every((w) => BARE_DATE_WORDS.has(w)) && BOOKING_PAPERS.has(categorise(source));
}
