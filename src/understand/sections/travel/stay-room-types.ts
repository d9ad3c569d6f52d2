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
/**
 * "EZ: Ann Lee, Bo Ek, Cy Dahl · DZ: Di Fox / Ed Gray": after its colon a room type may list all its guests
 * apart at commas, up to the next room type.
 */
const ROOM_TYPE = String.raw`(?:twin|double|single|triple|dbl|sgl|twn|suite|king|queen|doppel|einzel|dz|ez)`;
const TYPED_COMMA_LIST = new RegExp(String.raw`\b${ROOM_TYPE}(?:[ \t]+room)?[ \t]*:[ \t]*((?:[^,;()·•\n]|,(?![ \t]*${ROOM_TYPE}\b))+)`, 'giu');

/** A rooming list numbered one room a line: "1. Single - Ann Lee", "2. Twin ⇥ - Bo Ek / Cy Dahl". */
const NUMBERED_ROOM = /^[ \t]*\d{1,2}[.)][ \t]+(?:twin|double|single|triple|dbl|sgl|twn|suite|king|queen|doppel|einzel|dz|ez)(?:[ \t]+room)?[ \t]*[-–—:][ \t]*([^,;()·•\n]+)$/gimu;

/** "3 rooms (single): Ann Lee, Bo Ek": a count of rooms, their type in brackets, then the guests. */
const COUNTED_TYPE_LINE = new RegExp(String.raw`^[ \t]*(?:[-*•][ \t]+)?[\d۰-۹]{1,2}[ \t]+(?:${ROOM_WORDS}|کمر[ےہ])[ \t]*\([^()\n]{1,20}\)[ \t]*:[ \t]*([^\n]+)$`, 'gimu');

/**
 * "Rooming is 3 x twin: Ann Lee & Bo Ek / Cy Dahl & Di Fox": a count of rooms of one type, then each room's
 * guests apart at slashes, room-mates joined by "&", "+" or "and", up to a bracket or a dash.
 */
const COUNTED_TYPE_LIST = new RegExp(String.raw`\b\d{1,2}[ \t]*[x×][ \t]*${ROOM_TYPE}(?:[ \t]+rooms?)?[ \t]*:[ \t]*([^,;()·•\n–—]+)`, 'giu');

/** "Rooms are under Ann Lee, Bo Ek and Cy Dahl.", "room booked under Di Fox": the names the rooms are held under, to the sentence's end. */
const ROOMS_UNDER = /\brooms?[ \t]+(?:(?:are|is)[ \t]+)?(?:(?:booked|held|reserved)[ \t]+)?under[ \t]+(?:the[ \t]+names?[ \t]+(?:of[ \t]+)?)?([^.;:\n]+)/giu;

export function roomTypeGuests(text: string): Hit<string>[] {
  const out: Hit<string>[] = [];
  for (const m of text.matchAll(ROOMS_UNDER)) {
    const list = m[1]!.trimEnd();
    out.push(...(guestNames(list, m.index + m[0].length - m[1]!.length, /[ \t]*(?:,[ \t]*(?:and[ \t]+)?|&|\band\b)[ \t]*/u) ?? []));
  }
  for (const m of text.matchAll(COUNTED_TYPE_LINE)) {
    const list = m[1]!.trimEnd();
    out.push(...(guestNames(list, m.index + m[0].length - m[1]!.length, /[ \t]*(?:,|،|\+|&|\/|\band\b)[ \t]*/u) ?? []));
  }
  for (const m of text.matchAll(COUNTED_TYPE_LIST)) {
    const list = m[1]!.trimEnd();
    out.push(...(guestNames(list, m.index + m[0].length - m[1]!.length, /[ \t]*(?:\+|&|\/|\band\b)[ \t]*/u) ?? []));
  }
  for (const m of text.matchAll(NUMBERED_ROOM)) {
    const list = m[1]!.trimEnd();
    out.push(...(guestNames(list, m.index + m[0].length - m[1]!.length, /[ \t]*(?:\+|&|\/|\band\b|\bund\b)[ \t]*/u) ?? []));
  }
  for (const line of text.matchAll(ROOMS_LINE)) {
    const typed = [...line[0].matchAll(TYPED_COMMA_LIST)];
    const lists = typed.map((m) => guestNames(m[1]!.trimEnd(), line.index + m.index + m[0].length - m[1]!.length, /[ \t]*(?:,|\+|&|\/|\band\b|\bund\b)[ \t]*/u));
    // Only when every type's list reads as names (else each type holds the name before its comma, "double: Ann Lee, single: …").
    if (typed.some((m) => m[1]!.includes(',')) && lists.every((g) => g?.length)) {
      out.push(...lists.flatMap((g) => g!));
      continue;
    }
    for (const m of line[0].matchAll(TYPED_LIST)) {
      const list = m[1]!.trimEnd();
      const listAt = line.index + m.index + m[0].length - m[1]!.length;
      out.push(...(guestNames(list, listAt, /[ \t]*(?:\+|&|\/|\band\b|\bund\b)[ \t]*/u) ?? []));
    }
  }
  return out;
}
