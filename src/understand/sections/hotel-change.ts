/**
 * A newer message of a thread that announces a change of hotel ("ZMIANA HOTELU!", "change of hotel",
 * "Hotelwechsel"), or tells of the old booking's cancellation ("Hotel X hat storniert"), and names the new
 * one replaces the hotels only older (more deeply quoted) messages named: the old booking is gone, not a
 * second stay; the hotel named as cancelled is gone too. In a chat export (all messages at one depth) the
 * message telling of the change or of the old booking's cancellation ("Das Hotel hat storniert. Neu:
 * Hotel X") replaces the hotels only earlier messages named; what is written from that message on
 * (check-in, booking number) is the new hotel's.
 */
import type { Hotel } from '../../interfaces.js';
import type { Draft } from '../found.js';
import { escapeRegExp, sentenceAround, type Reading } from '../text/index.js';
import { hotelOwnWords } from './hotel-own-words.js';

const HOTEL_CHANGE = /(?<![\p{L}])(?:hotel\s+change|change\s+of\s+hotels?|new\s+hotel|different\s+hotel|hotelwechsel|neues\s+hotel|anderes\s+hotel|zmiana\s+hotelu|nowy\s+hotel|inny\s+hotel|cambio\s+(?:de\s+|di\s+)?(?:hotel|albergo)|nuevo\s+hotel|nuovo\s+(?:hotel|albergo)|changement\s+d['’]h[ôo]tel|nouvel\s+h[ôo]tel|nytt\s+hotell|hotellbyte|byte\s+av\s+hotell|nyt\s+hotel|hotelskift|nieuw\s+hotel|ander\s+hotel|hotelwijziging|uusi\s+hotelli|changed\s+(?:the\s+)?hotels?|hotel\s+(?:has\s+)?changed|(?:hanno\s+|abbiamo\s+)?cambiato\s+(?:l['’]\s*)?(?:hotel|albergo)|cambiado\s+(?:de\s+|el\s+)?hotel|hotel\s+ge[äa]ndert|hotel\s+gewijzigd|chang[ée]\s+d['’]h[ôo]tel)(?![\p{L}])/iu;

/**
 * The old booking called off: "cancelled", "storniert", "annulé", "cancelado", "avbokat"; Hinglish
 * writes the English verb with a Hindi helper ("cancel kar diya", "cancel ho gaya"), Tanglish with a
 * Tamil one ("cancel pannitom" we cancelled, "cancel aayiduchu" it got cancelled).
 */
const CANCELLED = /(?<![\p{L}])(?:cancel\s+(?:kar\s+di(?:ya|ye)|ho\s+gay[ai]|pann\p{L}*|aay\p{L}*|aag\p{L}*|aach\p{L}*)|cancell?ed|storniert|abgesagt|annul[ée]e?s?|cancelad[oa]|cancellat[oa]|avbokad|avbokat|afbestilt|geannuleerd|anulowan[oya])(?![\p{L}])/iu;

export function withoutReplacedHotels(r: Reading, hotels: Draft<Hotel>[]): Draft<Hotel>[] {
  if (r.turns.length >= 3) return withoutReplacedInChat(r, hotels);
  const messageAt = (at: number | undefined) => (at === undefined ? undefined : r.messages.find((m) => m.span[0] <= at && at < m.span[1]));
  const depthOf = (h: Draft<Hotel>) => messageAt(h.name?.span?.[0])?.depth;
  // The words of the change are no hotel's name ("HANNO CAMBIATO HOTEL (vedi sotto)").
  hotels = hotels.filter((h) => !h.name || h.name.value.replace(HOTEL_CHANGE, '').replace(/[^\p{L}\p{N}]+/gu, '') !== '');
  // A hotel named in a sentence telling of its cancellation ("Hotel X cancelled all our rooms") is gone.
  const cancelled = hotels.filter((h) => h.name?.span && CANCELLED.test(sentenceAround(r.source.text, ...h.name.span)));
  const standing = hotels.filter((h) => !cancelled.includes(h));
  const inMessage = (m: (typeof r.messages)[number]) => standing.some((h) => h.name?.span && m.span[0] <= h.name.span[0] && h.name.span[0] < m.span[1]);
  // The message telling of the change, or of a cancellation while naming the hotel booked instead.
  const changing = r.messages.find((m) => HOTEL_CHANGE.test(r.source.text.slice(m.span[0], m.span[1])))
    ?? r.messages.find((m) => cancelled.some((h) => m.span[0] <= h.name!.span![0] && h.name!.span![0] < m.span[1]) && inMessage(m));
  if (!changing) return hotels;
  hotels = standing;
  // A forward's note ("they changed hotel, see her mail below") tells of a change the next older
  // message naming a hotel makes: the new hotel is the newest one named from the telling message on.
  const depths = hotels.map(depthOf).filter((d): d is number => d !== undefined);
  if (!depths.some((d) => d >= changing.depth)) return hotels;
  const newest = depths.some((d) => d <= changing.depth) ? changing.depth : Math.min(...depths.filter((d) => d >= changing.depth));
  return hotels.filter((h) => depthOf(h) === undefined || depthOf(h)! <= newest);
}

function withoutReplacedInChat(r: Reading, hotels: Draft<Hotel>[]): Draft<Hotel>[] {
  const nameAt = (h: Draft<Hotel>) => h.name?.span?.[0] ?? -1;
  for (const turn of r.turns) {
    const said = r.source.text.slice(turn.span[0], turn.span[1]);
    if (!HOTEL_CHANGE.test(said) && !CANCELLED.test(said)) continue;
    const old = hotels.filter((h) => nameAt(h) >= 0 && nameAt(h) < turn.span[0]);
    // The turn must name the new hotel itself: a cancelled show-day item is no hotel change.
    const named = hotels.find((h) => nameAt(h) >= turn.span[0] && nameAt(h) < turn.span[1]);
    if (old.length >= 2 && !named && CANCELLED.test(said)) {
      // "Yes, the Ridgeway is cancelled": a later message calls off a hotel by a word of its name; a
      // hotel named after that one stands instead.
      const gone = old.filter((h) => callsOff(said, hotelOwnWords(h.name!.value, [h.city?.value])));
      if (gone.length === 1 && old.some((h) => nameAt(h) > nameAt(gone[0]!))) return hotels.filter((h) => h !== gone[0]);
      continue;
    }
    if (!old.length || !named) continue;
    const next = named as Record<string, unknown>;
    for (const h of old) {
      for (const [k, v] of Object.entries(h)) {
        const at = (Array.isArray(v) ? v[0] : v) as { span?: [number, number] | null } | undefined;
        if (next[k] === undefined && at?.span && at.span[0] >= turn.span[0]) next[k] = v;
      }
    }
    return hotels.filter((h) => !old.includes(h));
  }
  return hotels;
}

/** A lodging or booking word: what a sentence calling off a hotel speaks of. */
const LODGING = /(?<!\p{L})(?:hotels?|hotell|h[ôo]tel|hostel|motel|rooms?|bookings?|booked|reservations?|accommodation|lodging|stay|zimmer|buchung|reservierung|unterkunft|reservas?|habitaci[óo]n(?:es)?|alojamiento|chambres?|r[ée]servation|h[ée]bergement|camer[ae]|prenotazione|kamers?|boeking|rom|bestilling|bokning|pok[óo]j|rezerwacja|nocleg)(?!\p{L})/iu;
/** Words of four letters or more that tell nothing of what is called off ("yes, that has been cancelled too"). */
const FILLER = /^(?:also|already|that|this|then|just|okay|yeah|sorry|thanks?|now|sadly|unfortunately|confirmed|officially|indeed|guys|well|still|have|been|will|from|there|here)$/iu;

/**
 * A message's sentence cancelling by one of a hotel's `own` words: it speaks of lodging ("the Ridgeway
 * booking is cancelled") or of nothing else ("yes Ridgeway cancelled"); "the Ridgeway radio interview
 * is cancelled" calls off something else.
 */
function callsOff(said: string, own: string[]): boolean {
  return said.split(/(?<=[.!?])\s+|\n/).some((sentence) => {
    if (!CANCELLED.test(sentence)) return false;
    const hit = own.filter((w) => new RegExp(`(?<!\\p{L})${escapeRegExp(w)}(?!\\p{L})`, 'iu').test(sentence));
    if (!hit.length) return false;
    if (LODGING.test(sentence)) return true;
    const hitWords = new Set(hit.map((w) => w.toLowerCase()));
    return sentence.split(/[^\p{L}]+/u).every((w) => w.length < 4 || hitWords.has(w.toLowerCase()) || CANCELLED.test(w) || FILLER.test(w));
  });
}
