/**
 * A venue's own day or hospitality sheet opens with its letterhead: the venue's name in capitals
 * (perhaps with a tagline in lower case, "THE ANVIL ROOMS live music & arts"), then its street address,
 * which the line may go on after ("12 Mill Lane, Leeds LS2 7QT  Box office 0113 …"). The sheet is
 * about a show there, so the name is the venue and the address, up to its postcode and city, the
 * show's. Only a schedule's paper (an itinerary) is read so: a contract's or an invoice's letterhead
 * is a party's office.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { evidenceAt, read } from '../text/index.js';
import { categorise } from './documents.js';
import { unshout } from './general-act.js';
import { addAddress } from './general-venue.js';
import { hasLegalForm } from './people.js';
import { isStreetAddress, placeOf } from './place.js';
import { addresses } from './travel/phrases.js';
import type { Line } from '../text/index.js';

/** The letterhead is in the first lines. */
const HEAD_LINES = 3;
/** A name in capitals opening the line, before a tagline in lower case or the line's end. */
const CAPS_NAME = /^\s*(\p{Lu}[\p{Lu}'’&.-]*(?:\s+\p{Lu}[\p{Lu}'’&.-]*){0,4})(?=\s+\p{Ll}|\s*$)/u;

/** A touring company's, an agency's or a label's letterhead on its itinerary is its office, not the venue. */
const OFFICE_WORD = /(?<![\p{L}])(?:touring|tours|agency|agentur|management|booking|bookings|artists|records|productions?)(?![\p{L}])/iu;

function isOfficeName(name: string): boolean {
  return hasLegalForm(name) || OFFICE_WORD.test(name);
}

/** The most words a letterhead's address line is tried with: an address is short, a long line is prose. */
const ADDRESS_WORDS = 12;

/** The longest start of the line that is a street address with a known city ("41 Dock St, Hull HU1 1AA", "9 Quay Rd, Springfield 6011"). */
function leadingAddress(text: string): string | null {
  const words = text.trim().split(/\s+/);
  for (let n = Math.min(words.length, ADDRESS_WORDS); n >= 3; n--) {
    const candidate = words.slice(0, n).join(' ').replace(/[,;·|–-]+$/, '');
    if (!/^\d/.test(candidate) || !candidate.includes(',')) continue;
    const place = placeOf(candidate);
    // A city several countries hold ("Springfield 6011") is known by the postcode closing the address.
    if (place.city && (place.country || /\p{L}[ \t]+\d{4,5}$/u.test(candidate))) return candidate;
  }
  return null;
}

/**
 * The sheet's title in words of upper and lower case, no figures, naming what the paper is ("House Guide
 * for Touring Companies", "Technical Information"), may sit between the name and its address; a line that
 * only names something ("The Jazz Cellar") is the name itself, under the paper's own title.
 */
const SUBTITLE = /^\s*\p{Lu}[^\d\t]{5,80}$/u;
const PAPER_WORD = /(?<![\p{L}])(?:guide|handbook|information|info|pack|specification|spec|rider|sheet|advance|itinerary|schedule|welcome)(?![\p{L}])/iu;

export function fromVenueLetterhead(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.venue || draft.address || categorise(source) !== 'itinerary') return;
  const head = read(source).lines.filter((l) => l.text.trim()).slice(0, HEAD_LINES + 1);
  if (head[0] && fromOneLine(source, draft, head[0])) return;
  for (let i = 1; i < head.length; i++) {
    const address = leadingAddress(head[i]!.text);
    const subtitled = i >= 2 && SUBTITLE.test(head[i - 1]!.text) && /\p{Ll}/u.test(head[i - 1]!.text) && PAPER_WORD.test(head[i - 1]!.text);
    if (i === HEAD_LINES && !subtitled) continue;
    const nameLine = subtitled && !CAPS_NAME.exec(head[i - 1]!.text) ? head[i - 2]! : head[i - 1]!;
    const name = address ? CAPS_NAME.exec(nameLine.text) : null;
    if (!address || !name || name[1]!.length < 4 || isOfficeName(unshout(name[1]!))) continue;
    const nameAt = nameLine.start + name.index + name[0].indexOf(name[1]!);
    draft.venue = found(unshout(name[1]!), evidenceAt(source, [nameAt, nameAt + name[1]!.length], 'inferred'));
    addAddress(draft, source, address, head[i]!.start + head[i]!.text.indexOf(address), 'inferred');
    return;
  }
}

/**
 * The name and the address side by side on the letterhead's first line ("THE ANVIL ROOMS ⇥ 12 Mill Lane ·
 * Leeds, LS2 7QT"). A scan may garble the name's big type ("TH E AN |=] VIL"): the address still is the
 * show's, the venue then left to other readings.
 */
function fromOneLine(source: ExtractedSource, draft: Draft<General>, line: Line): boolean {
  const hit = addresses(line.text).find((a) => isStreetAddress(a.value) && placeOf(a.value).city);
  const before = hit ? line.text.slice(0, hit.index).trim() : '';
  if (!hit || !/\p{L}{2}/u.test(before) || isOfficeName(before)) return false;
  const name = CAPS_NAME.exec(before);
  if (name && name[1] === before && before.length >= 4) {
    const nameAt = line.start + line.text.indexOf(before);
    draft.venue = found(unshout(before), evidenceAt(source, [nameAt, nameAt + before.length], 'inferred'));
  }
  addAddress(draft, source, hit.value, line.start + hit.index, 'inferred');
  return true;
}
