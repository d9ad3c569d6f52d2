/**
 * A tour manager's note of a stay counts its rooms and says who sleeps where on the same line:
 * "Rooms: 3 (double: Ann Lee + Bo Ek, single: Cy Dahl, single: Di Fox)", or inside an itinerary's
 * hotel line, "… · 3 rooms: twin Ann Lee / Bo Ek · single Cy Dahl · …". Each room type followed by
 * names (after a colon or a space; two to four capitalised words each, joined by "+", "&", "/" or
 * "and") gives guests; the line must be the rooms line (it opens with a rooms label, or counts its
 * rooms before a colon). A rooming list may also number its rooms one a line ("1. Single - Ann Lee"), and
 * a line counting rooms of one type may list all their guests after its colon: "3 rooms (single): Ann Lee,
 * Bo Ek, Cy Dahl", Urdu "۲ کمرے (ڈبل): …" (names apart at commas, the Arabic comma "،" too).
 */
import type { Hit } from './phrases.js';
import { guestNames } from './stay-room-guests.js';

const ROOM_WORDS = String.raw`(?:rooms?|rooming|zimmer|habitaciones|chambres|rum)`;
const ROOMS_LINE = new RegExp(String.raw`^[ \t]*(?:[-*•][ \t]+)?${ROOM_WORDS}\b[^\n]*$|^[^\n]*\b\d{1,2}[ \t]+${ROOM_WORDS}[ \t]*:[^\n]*$`, 'gimu');
const TYPED_LIST = /\b(?:twin|double|single|triple|dbl|sgl|twn|suite|king|queen|doppel|einzel|dz|ez)(?:[ \t]+room)?(?:[ \t]*:[ \t]*|[ \t]+)([^,;()·•\n]+)/giu;

/** A rooming list numbered one room a line: "1. Single - Ann Lee", "2. Twin ⇥ - Bo Ek / Cy Dahl". */
const NUMBERED_ROOM = /^[ \t]*\d{1,2}[.)][ \t]+(?:twin|double|single|triple|dbl|sgl|twn|suite|king|queen|doppel|einzel|dz|ez)(?:[ \t]+room)?[ \t]*[-–—:][ \t]*([^,;()·•\n]+)$/gimu;

/** "3 rooms (single): Ann Lee, Bo Ek": a count of rooms, their type in brackets, then the guests. */
const COUNTED_TYPE_LINE = new RegExp(String.raw`^[ \t]*(?:[-*•][ \t]+)?[\d۰-۹]{1,2}[ \t]+(?:${ROOM_WORDS}|کمر[ےہ])[ \t]*\([^()\n]{1,20}\)[ \t]*:[ \t]*([^\n]+)$`, 'gimu');

export function roomTypeGuests(text: string): Hit<string>[] {
  const out: Hit<string>[] = [];
  for (const m of text.matchAll(COUNTED_TYPE_LINE)) {
    const list = m[1]!.trimEnd();
    out.push(...(guestNames(list, m.index + m[0].length - m[1]!.length, /[ \t]*(?:,|،|\+|&|\/|\band\b)[ \t]*/u) ?? []));
  }
  for (const m of text.matchAll(NUMBERED_ROOM)) {
    const list = m[1]!.trimEnd();
    out.push(...(guestNames(list, m.index + m[0].length - m[1]!.length, /[ \t]*(?:\+|&|\/|\band\b|\bund\b)[ \t]*/u) ?? []));
  }
  for (const line of text.matchAll(ROOMS_LINE)) {
    for (const m of line[0].matchAll(TYPED_LIST)) {
      const list = m[1]!.trimEnd();
      const listAt = line.index + m.index + m[0].length - m[1]!.length;
      out.push(...(guestNames(list, listAt, /[ \t]*(?:\+|&|\/|\band\b|\bund\b)[ \t]*/u) ?? []));
    }
  }
  return out;
}
