/**
 * A rebooked stay's mail writes both references: the old one said to be void ("conf #123 is dead",
 * "Buchungsnr. 123 wurde storniert") is no booking's, and one labelled new ("New confirmation #", "neue
 * Buchungsnummer", "nouvelle réservation") is the stay's.
 */
import { bookingReferences, type Hit } from './travel/phrases.js';

const VOID_AFTER = /^[\p{L}\p{N}/-]*[ \t:),–-]{0,3}(?:(?:is|was|has\s+been|are|ist|wurde|est|a\s+été|är|er|blev|werd|è|fue|ha\s+sido)\s+)?(?:now\s+|jetzt\s+|nu\s+)?(?:dead|void|voided|cancell?ed|invalid|no\s+longer\s+valid|storniert|ungültig|hinfällig|annul[ée]e?|invalide|cancelad[oa]|anulad[oa]|annullat[oa]|avbokad|ogiltig|ugyldig|annulleret|geannuleerd|ongeldig)(?![\p{L}])/iu;

const NEW_BEFORE = /(?<![\p{L}])(?:new|neue[rs]?|nouvel(?:le)?|nuev[oa]|nuov[oa]|nytt?|nye|nieuwe?|nowy|nowa|novo|nova)\s+[\p{L}.#\s-]{0,30}[:#]?\s*$/iu;

interface Ref { index: number }

/** Of the references found in `text`, the stay's: none said to be void, and one labelled new before the rest. */
export function currentReference<T extends Ref>(text: string, refs: T[]): T | undefined {
  const standing = refs.filter((r) => !VOID_AFTER.test(text.slice(r.index)));
  return standing.find((r) => NEW_BEFORE.test(text.slice(Math.max(0, r.index - 40), r.index))) ?? standing[0];
}

/**
 * A hotel paragraph that calls a reference void tells of a rebooking: the new reference may stand later
 * in the same paragraph (to the next blank line), beyond the labelled value's own lines.
 */
export function rebookedReference(text: string, from: number): Hit<string> | undefined {
  const blank = /\n[ \t>]*\n/g;
  blank.lastIndex = from;
  const end = blank.exec(text)?.index ?? text.length;
  const paragraph = text.slice(from, end);
  const refs = bookingReferences(paragraph);
  if (!refs.some((r) => VOID_AFTER.test(paragraph.slice(r.index)))) return undefined;
  const ref = currentReference(paragraph, refs);
  return ref ? { value: ref.value, index: from + ref.index, length: ref.length } : undefined;
}
