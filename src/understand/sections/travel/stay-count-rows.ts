/**
 * A hotel's confirmation may list its rooms one a line under its rooms label, each opening with how
 * many of that type ("Rooms (3):" over "1x Twin (2 beds) ⇥ Ann Lee / Bo Ek ⇥ EUR 112,00", "1 x Single ⇥
 * Cy Dahl"): the tab cell written as persons' names (room-mates joined by "/", "&", "+" or "and")
 * holds that room's guests. Count rows elsewhere (a backline list's "1x Bass amp ⇥ Own") are no rooms.
 */
import type { Hit } from './phrases.js';
import { guestNames } from './stay-room-guests.js';

const ROOMS_HEAD = /^[ \t]*(?:rooms?|kamers?|zimmer|chambres?|habitaciones|camere|rum|rom|værelser)\b[^:\n]{0,20}:[ \t]*$/iu;
const COUNT_ROW = /^[ \t]*\d{1,2}[ \t]*[x×][ \t]+[^\t\n]+\t[^\n]*$/u;
const NAME_JOINER = /[ \t]*(?:\/|&|\+|\band\b|\ben\b|\bund\b)[ \t]*/u;

export function countRowGuests(text: string): Hit<string>[] {
  const out: Hit<string>[] = [];
  let underRooms = false;
  let at = 0;
  for (const line of text.split('\n')) {
    if (ROOMS_HEAD.test(line)) underRooms = true;
    else if (underRooms && COUNT_ROW.test(line)) {
      let cellAt = at;
      for (const [i, cell] of line.split('\t').entries()) {
        const names = i > 0 ? guestNames(cell.trim(), cellAt + cell.indexOf(cell.trim()), NAME_JOINER) : null;
        if (names) out.push(...names);
        cellAt += cell.length + 1;
      }
    } else underRooms = false;
    at += line.length + 1;
  }
  return out;
}
