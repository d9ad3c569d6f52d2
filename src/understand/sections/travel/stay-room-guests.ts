/**
 * Guests listed per room in a hotel's confirmation, one room a line: "Room 1 – Twin: Ann Lee / Bo Ek",
 * "Zimmer 2: Max Weber", "Camera 3 (doppia): Sara Neri & Luca Riva". Each name (two to four
 * capitalised words) after the colon is a guest of that room.
 */
import { normalisePersonName } from '../../normalise/index.js';
import type { Hit } from './phrases.js';

const ROOM_WORD = String.raw`(?:[Rr]oom|ROOM|R[Mm]\.?|[Zz]immer|[Cc]amera|[Cc]hambre|[Hh]abitaci[óo]n|[Rr]um|[Rr]om|[Kk]amer|[Vv][æa]relse|[Hh]uone|[Qq]uarto|[Pp]ok[óo]j)`;
/**
 * The room's label ends in a colon, or (a confirmation page's two columns, "Room 1 – guests ⇥ Ann Lee, Bo Ek") in a tab,
 * or (a day sheet's rooming lines, "Rm 2  Ann Lee / Bo Ek") in a column gap right after the room's number.
 */
const ROOM_LINE = new RegExp(String.raw`^[ \t]*${ROOM_WORD}[ \t]*\d{1,2}\b(?:[^:\t\n]{0,40}(?::|\t)| {2,})[ \t]*([^\n]+)$`, 'gmu');
/** Two to four capitalised names, a surname's lower-case particles between them ("Riaan van Wyk", "Ana de la Cruz"). */
const PERSON = /^\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:(?:van|von|de|der|den|du|da|di|del|la|le|ten|ter)[ \t]+){0,2}\p{Lu}[\p{L}'’-]+){1,3}$/u;

export function roomGuests(text: string): Hit<string>[] {
  const out: Hit<string>[] = [];
  for (const m of text.matchAll(ROOM_LINE)) {
    // A confirmation's columns ("Room 2 ⇥ Twin ⇥ Ann Lee / Bo Ek"): the room's type stands between, the guests are the last column.
    const list = m[1]!.includes('\t') ? m[1]!.slice(m[1]!.lastIndexOf('\t') + 1) : m[1]!;
    const listAt = m.index + m[0].length - list.length;
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
