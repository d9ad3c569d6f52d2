/**
 * An agency's summary may book a party's groups apart, each group's part headed by its airline
 * locator ("CREW – NORDWIND – LOCATOR KX4T2P" over its flights and tickets, then "BAND – … – LOCATOR
 * …"): a flight and a ticket belong to the part they are written in. Read only when two or more
 * lines naming an airline's reference (PNR, locator) each head flights of their own; a hotel's
 * confirmation number heads no part.
 */
import { bookingReferences, type Hit } from './phrases.js';

export interface BookingSection {
  reference: Hit<string>;
  start: number;
  end: number;
}

/** The parts of `text` under each airline reference line, or null when the text is no such summary. */
export function bookingSections(text: string, flightsAt: number[]): BookingSection[] | null {
  // A part starts with its reference's line: a flight written before the locator on it ("LH 123 FRA–MUC · PNR …") is the part's.
  const heads: { reference: Hit<string>; lineStart: number }[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const airline = bookingReferences(line).filter((r) => r.airline);
    if (airline.length === 1) heads.push({ reference: { ...airline[0]!, index: lineStart + airline[0]!.index }, lineStart });
    lineStart += line.length + 1;
  }
  const sections = heads.map(({ reference, lineStart: start }, i) => ({ reference, start, end: heads[i + 1]?.lineStart ?? text.length }));
  const distinct = new Set(sections.map((s) => s.reference.value));
  if (distinct.size < 2 || distinct.size !== sections.length) return null;
  const holdsFlights = sections.every((s) => flightsAt.some((at) => at >= s.start && at < s.end));
  return holdsFlights ? sections : null;
}

/** The section an offset lies in. */
export function sectionAt(sections: BookingSection[] | null, at: number): BookingSection | undefined {
  return sections?.find((s) => at >= s.start && at < s.end);
}
