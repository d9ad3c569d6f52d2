/**
 * A holiday-rental platform's confirmation names the place by its listing: a line giving the kind of
 * place ("Entire apartment · Lyon", "Private room in a townhouse") over the listing's title ("Canal
 * loft – balcony & bikes"), which has no lodging word in it. That title is the stay's name, the first
 * street address below it the stay's address, the first reference below it ("Confirmation code X")
 * its reference, and the first labelled phone below it (the host's, the only number of the stay) its phone.
 */
import type { Hit } from './phrases.js';
import { addresses, bookingReferences } from './phrases.js';
import { isStreetAddress } from '../place.js';

const PLACE_KIND = /^[ \t]*(?:entire|whole|private|shared)[ \t]+(?:apartment|flat|home|house|place|loft|villa|cottage|cabin|condo|chalet|rental unit|guest suite|guesthouse|studio|room|townhouse|bungalow)\b(?:[ \t]*(?:[·•|–-]|in\b)[^\n]*)?$/im;
const LABEL_LINE = /^[^:\n]{1,40}:\s/;

export interface Listing {
  title: Hit<string>;
  address?: Hit<string>;
  reference?: Hit<string>;
  /** The labelled phone's number as written. */
  phone?: Hit<string>;
}

export function listingOf(text: string): Listing | undefined {
  const kind = PLACE_KIND.exec(text);
  if (!kind) return undefined;
  const below = /^\n[ \t]*\n?[ \t]*([^\n]+)/.exec(text.slice(kind.index + kind[0].length));
  const title = below?.[1]!.trim();
  if (!below || !title || title.length > 80 || !/\p{L}{3}/u.test(title) || LABEL_LINE.test(title)) return undefined;
  const at = kind.index + kind[0].length + below[0].indexOf(title);
  const out: Listing = { title: { value: title, index: at, length: title.length } };
  const rest = text.slice(at);
  const address = addresses(rest).find((a) => isStreetAddress(a.value));
  if (address) out.address = { ...address, index: at + address.index };
  const reference = bookingReferences(rest)[0];
  if (reference) out.reference = { ...reference, index: at + reference.index };
  const phone = /^[ \t]*(?:phone|tel(?:ephone)?|mobile)\.?[ \t]*:[ \t]*(\+?\d[\d ()/-]{6,}\d)/im.exec(rest);
  if (phone) out.phone = { value: phone[1]!, index: at + phone.index + phone[0].length - phone[1]!.length, length: phone[1]!.length };
  return out;
}
