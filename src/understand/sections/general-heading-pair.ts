/**
 * A sheet's heading line that places its one day in segments of their own: "Saturday, 10 July 2027 ·
 * Harbour Esplanade · Quay Road s/n, 30202 Portville (Province), Spain". A name segment (no figures)
 * followed by a street-address segment with its city is the venue and its address; a full date
 * (with its year) on the same line makes the sheet about that show, though it names no act or time
 * (a festival's contact sheet headed with its day and site).
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { findDates } from '../normalise/index.js';
import { evidenceAt, read } from '../text/index.js';
import { labelKey } from '../text/lexicon.js';
import { addAddress } from './general-venue.js';
import { placeOf } from './place.js';

/** A street with its house number, or "s/n" (sin número), opening the address. */
const STREET_FIRST = /^(?:\p{L}[\p{L} .'’-]+\s(?:\d+[a-z]?|s\/n)|\d+[a-z]?\s\p{L}[\p{L} .'’-]+),/u;
const NAME = /^\p{Lu}[^\d,:@]{2,60}$/u;
const HEADING_LINES = 6;

interface Pair { venue: { value: string; at: number }; address: { value: string; at: number }; dated: boolean }

function pairIn(source: ExtractedSource): Pair | null {
  for (const line of read(source).lines.slice(0, HEADING_LINES)) {
    const segments: { text: string; at: number }[] = [];
    let from = 0;
    for (const part of line.text.split(/\s+[·|•]\s+/)) {
      const at = line.text.indexOf(part, from);
      from = at + part.length;
      segments.push({ text: part.trim(), at: line.start + at + part.indexOf(part.trim()) });
    }
    for (let i = 0; i + 1 < segments.length; i++) {
      const [name, next] = [segments[i]!, segments[i + 1]!];
      if (!NAME.test(name.text) || name.text.split(/\s+/).length > 6 || labelKey(name.text) || !STREET_FIRST.test(next.text) || !placeOf(next.text).city) continue;
      const dated = findDates(line.text).some((d) => d.hasYear);
      return { venue: { value: name.text, at: name.at }, address: { value: next.text, at: next.at }, dated };
    }
  }
  return null;
}

/** What may stand beside a date on its own line: its weekday and punctuation ("Saturday, 9 May 2027"). */
const DATE_ONLY_REST = /^[\p{L}\s.,()–—-]{0,14}$/u;

/**
 * A show box under a rider's title: a line that is a street address with its city and a line that is a full
 * date alone, one above the other ("Quay Road 12, 0150 Portville" / "Friday 8 October 2027"). The venue's
 * name beside them may be lost to a scan; the address line is the show's.
 */
function showBoxIn(source: ExtractedSource): { value: string; at: number } | null {
  const lines = read(source).lines.slice(0, HEADING_LINES);
  const address = lines.find((l) => STREET_FIRST.test(l.text.trim()) && !findDates(l.text).length && !!placeOf(l.text.trim()).city);
  const dated = lines.some((l) => findDates(l.text).some((d) => d.hasYear && DATE_ONLY_REST.test(l.text.slice(0, d.index) + l.text.slice(d.index + d.length))));
  if (!address || !dated) return null;
  const value = address.text.trim();
  return { value, at: address.start + address.text.indexOf(value) };
}

/** Whether the heading places a dated show (so the source describes one). */
export function headingPlacesShow(source: ExtractedSource): boolean {
  return !!pairIn(source)?.dated || !!showBoxIn(source);
}

export function fromHeadingPair(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.venue) return;
  const pair = pairIn(source);
  if (!pair) {
    const box = showBoxIn(source);
    if (box && !draft.address) addAddress(draft, source, box.value, box.at, 'pattern');
    return;
  }
  draft.venue = found(pair.venue.value, evidenceAt(source, [pair.venue.at, pair.venue.at + pair.venue.value.length], 'pattern'));
  addAddress(draft, source, pair.address.value, pair.address.at, 'pattern');
}
