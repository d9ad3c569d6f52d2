/**
 * Guests listed per room in a hotel's confirmation, one room a line: "Room 1 – Twin: Ann Lee / Bo Ek",
 * "Zimmer 2: Max Weber", "Camera 3 (doppia): Sara Neri & Luca Riva". Each name (two to four
 * capitalised words) after the colon is a guest of that room.
 */
import { normalisePersonName } from '../../normalise/index.js';
import type { Hit } from './phrases.js';

/** A room's word in the supported languages, as a room's heading or rooming line opens with it ("Hab." short for habitación). */
export const ROOM_WORD = String.raw`(?:[Rr]oom|ROOM|R[Mm]\.?|[Zz]immer|[Cc]amera|[Cc]hambre|[Hh]abitaci[óo]n|[Hh]ab\.|[Rr]um|[Rr]om|[Kk]amer|[Vv][æa]relse|[Hh]uone|[Qq]uarto|[Pp]ok[óo]j|[Нн]омер)`;
/**
 * The room's label ends in a colon, or (a confirmation page's two columns, "Room 1 – guests ⇥ Ann Lee, Bo Ek") in a tab,
 * or (a day sheet's rooming lines, "Rm 2  Ann Lee / Bo Ek") in a column gap right after the room's number. A reply
 * quoting the list keeps its "> " markers before the room's word.
 */
const ROOM_LINE = new RegExp(String.raw`^[ \t]*(?:>[ \t]?)*${ROOM_WORD}[ \t]*\d{1,2}\b(?:[^:\t\n]{0,40}(?::|\t)| {2,})[ \t]*([^\n]+)$`, 'gmu');
/**
 * A confirmation's rooming line with dashes: "Room 3 – King Deluxe – Ann Lee / Bo Ek" (the room's type between, the guests
 * next, maybe the rate after another dash: "… – Ann Lee, Bo Ek – rate BB – 90 EUR/night"); a bilingual page writes the room
 * word twice ("Бөлмө / Номер 1 – …"). A colon may end the room's number instead ("Room 1: Double Standard – Ann Lee").
 */
const ROOM_DASH_LINE = new RegExp(String.raw`^[ \t]*(?:\p{L}+[ \t]*\/[ \t]*)?${ROOM_WORD}[ \t]*\d{1,2}[ \t]*[-–—:][ \t]*[^-–—:\t\n]{1,40}?[ \t]+[-–—][ \t]*([^\n]+)$`, 'gmu');
/** Two to four capitalised names, a surname's lower-case particles between them ("Riaan van Wyk", "Ana de la Cruz"). */
const PERSON = /^\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:(?:van|von|de|der|den|du|da|di|del|la|le|ten|ter)[ \t]+){0,2}\p{Lu}[\p{L}'’-]+){1,3}$/u;

/**
 * A rooming list under the stay, one room a line by its type: "– Twin: Ann Lee, Bo Ek", "Single – Cy Dahl",
 * "Double ⇥ – Di Fox / Ed Gray" (a bullet, the room's type, a colon or dash, its guests); German lists write the
 * type short and may number the rooms of a type ("DZ 1: Ann Lee / Bo Ek", "EZ: Cy Dahl").
 */
const ROOM_TYPE_LINE = /^[ \t]*(?:[-–•*][ \t]*)?(?:twin|double|single|triple|dbl|sgl|twn|dz|ez|doppelzimmer|einzelzimmer)(?:[ \t]+room)?(?:[ \t]*\d{1,2})?[ \t]*(?::|[-–—])[ \t]*([^\n]+)$/gimu;
/**
 * The same list written guests first: "Ann Lee – single", "Bo Ek & Cy Dahl – twin" (the names, a spaced
 * dash or a colon, the room's type ending the line).
 */
const GUESTS_THEN_TYPE_LINE = /^[ \t]*(?:[-–•*][ \t]+)?(\p{Lu}[^\n:–—]{2,80}?)[ \t]+(?:[-–—]|:)[ \t]*(?:twin|double|single|triple|king|queen|dbl|sgl|twn)(?:[ \t]+room)?[ \t]*$/gimu;
/** A room's kind read as two capitalised words ("Twin – Deluxe Room") is no guest. */
const ROOM_KIND_WORD = /\b(?:room|rooms|bed|beds|view|suite|deluxe|superior|standard|executive|classic)\b/iu;

export function roomGuests(text: string): Hit<string>[] {
  const out: Hit<string>[] = [];
  const dashed = new Set(text.matchAll(ROOM_DASH_LINE));
  const typeLast = new Set(text.matchAll(GUESTS_THEN_TYPE_LINE));
  for (const m of [...text.matchAll(ROOM_LINE), ...dashed, ...text.matchAll(ROOM_TYPE_LINE), ...typeLast].sort((a, b) => a.index - b.index)) {
    // A confirmation's columns ("Room 2 ⇥ Twin ⇥ Ann Lee / Bo Ek"): the room's type stands between, the guests are the last column.
    const cell = m[1]!.includes('\t') ? m[1]!.slice(m[1]!.lastIndexOf('\t') + 1) : m[1]!;
    // On a dashed line the guests end at the next spaced dash (the rate, the board).
    const list = dashed.has(m) ? cell.split(/[ \t]+[-–—][ \t]+/)[0]! : cell;
    const listAt = typeLast.has(m) ? m.index + m[0].indexOf(m[1]!) : m.index + m[0].length - cell.length;
    if (ROOM_KIND_WORD.test(list)) continue;
    // Every part a person's name: a room type or a remark after the colon is no guest list.
    out.push(...(guestNames(list, listAt, /[ \t]*(?:\/|&|,|\band\b|\bund\b|\bet\b|\be\b|\by\b|\boch\b|\bog\b)[ \t]*/u) ?? []));
  }
  return out;
}

/** A guest list cut at `separator` into names, each with its offset (`listAt` is the list's); null unless every part is a person's name. */
export function guestNames(list: string, listAt: number, separator: RegExp): Hit<string>[] | null {
  const parts = list.split(separator).map((p) => p.trim());
  if (!parts.every((p) => PERSON.test(p))) return null;
  const out: Hit<string>[] = [];
  let offset = 0;
  for (const p of parts) {
    const at = list.indexOf(p, offset);
    offset = at + p.length;
    const name = normalisePersonName(p);
    if (name) out.push({ value: name, index: listAt + at, length: p.length });
  }
  return out;
}

/** "Room 1 - Deluxe King", "Room 2: Double": a room's heading, its type after a dash or colon, alone on its line. */
const ROOM_HEADING = new RegExp(String.raw`^[ \t]*${ROOM_WORD}[ \t]*\d{1,2}[ \t]*[-–—:·][ \t]*\p{L}[^\n\d]{0,40}\n([^\n]+)`, 'gmu');
/** The room's board printed after its guests on their line ("Ann Lee Breakfast included", an app's two columns read as one). */
const BOARD_AFTER = /[ \t]+(?:[-–·•][ \t]*)?(?:breakfast|room only|half board|full board|all inclusive)\b.*$/iu;

/**
 * A booking app's room card: the room's heading ("Room 2 - Garden Double") over its guests' line
 * ("Ann Lee, Bo Ek"), the board maybe run onto it. Each name on that line is a guest of that room.
 */
export function roomHeadingGuests(text: string): Hit<string>[] {
  const out: Hit<string>[] = [];
  for (const m of text.matchAll(ROOM_HEADING)) {
    const list = m[1]!.replace(BOARD_AFTER, '');
    out.push(...(guestNames(list, m.index + m[0].length - m[1]!.length, /[ \t]*(?:\/|&|,|\band\b)[ \t]*/u) ?? []));
  }
  return out;
}
