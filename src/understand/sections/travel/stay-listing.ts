/**
 * A holiday-rental platform's confirmation names the place by its listing: a line giving the kind of
 * place ("Entire apartment · Lyon", "Private room in a townhouse") over the listing's title ("Canal
 * loft – balcony & bikes"), which has no lodging word in it; or, where the kind line says who hosts it ("Entire
 * rental unit hosted by Ann") and the facts follow it ("3 bedrooms · 5 beds"), the title is the line above. That
 * title is the stay's name, the first street address below it the stay's address, the first reference
 * below it ("Confirmation code X") its reference, and the first labelled phone below it (the host's, the
 * only number of the stay) its phone. A platform's guest books for the party they travel with: the person
 * "Booked by" names below the title is a guest of the stay.
 */
import type { Hit } from './phrases.js';
import { addresses, bookingReferences } from './phrases.js';
import { isStreetAddress } from '../place.js';
import { BOOKER_LABEL } from '../booker-labels.js';

const PLACE_KIND = /^[ \t]*(?:entire|whole|private|shared)[ \t]+(?:apartment|flat|home|house|place|loft|villa|cottage|cabin|condo|chalet|rental unit|guest suite|guesthouse|studio|room|townhouse|bungalow)\b(?:[ \t]*(?:[·•|–-]|in\b|hosted by\b)[^\n]*)?$/im;
/** The listing's facts under its title: "3 bedrooms · 5 beds · 1.5 baths", "2 guests · 1 bedroom". */
const FACTS_LINE = /^\d/;
const LABEL_LINE = /^[^:\n]{1,40}:\s/;
/** A line opening with a phone's label and the number: "Phone: +31 6 …", "Tel.: 020 …" (the host's, on a rental's page). */
export const LABELLED_PHONE_LINE = /^[ \t]*(?:phone|tel(?:ephone)?|mobile)\.?[ \t]*:[ \t]*(\+?\d[\d ()/-]{6,}\d)/im;
/** "Booked by ⇥ Ann Lee", "Booked by: Ann Lee": the label's cell, then a name of two or three words. */
const BOOKER_ROW = /^([^\t:\n]+?)[ \t]*(?::[ \t]*|\t[ \t]*)(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2})[ \t]*$/gmu;

export interface Listing {
  title: Hit<string>;
  address?: Hit<string>;
  reference?: Hit<string>;
  /** The labelled phone's number as written. */
  phone?: Hit<string>;
  booker?: Hit<string>;
}

export function listingOf(text: string): Listing | undefined {
  const kind = PLACE_KIND.exec(text);
  if (!kind) return undefined;
  const title = titleBelow(text, kind.index + kind[0].length) ?? titleAbove(text, kind.index);
  if (!title || title.value.length > 80 || !/\p{L}{3}/u.test(title.value) || LABEL_LINE.test(title.value)) return undefined;
  const at = title.index;
  const out: Listing = { title };
  const rest = text.slice(at);
  const address = addresses(rest).find((a) => isStreetAddress(a.value));
  if (address) out.address = { ...address, index: at + address.index };
  const reference = bookingReferences(rest)[0];
  if (reference) out.reference = { ...reference, index: at + reference.index };
  const phone = LABELLED_PHONE_LINE.exec(rest);
  if (phone) out.phone = { value: phone[1]!, index: at + phone.index + phone[0].length - phone[1]!.length, length: phone[1]!.length };
  const booker = [...rest.matchAll(BOOKER_ROW)].find((m) => BOOKER_LABEL.test(m[1]!));
  if (booker) out.booker = { value: booker[2]!, index: at + booker.index + booker[0].lastIndexOf(booker[2]!), length: booker[2]!.length };
  return out;
}

/** The line under the kind of place (after at most one blank line), unless it is the listing's facts. */
function titleBelow(text: string, end: number): Hit<string> | undefined {
  const below = /^\n[ \t]*\n?[ \t]*([^\n]+)/.exec(text.slice(end));
  const title = below?.[1]!.trim();
  if (!below || !title || FACTS_LINE.test(title)) return undefined;
  return { value: title, index: end + below[0].indexOf(title), length: title.length };
}

/** The line right above the kind of place. */
function titleAbove(text: string, start: number): Hit<string> | undefined {
  const above = /\n[ \t]*([^\n]*\S)[ \t]*\n$/.exec(text.slice(0, start));
  if (!above) return undefined;
  const title = above[1]!;
  return { value: title, index: start - above[0].length + above[0].indexOf(title), length: title.length };
}
