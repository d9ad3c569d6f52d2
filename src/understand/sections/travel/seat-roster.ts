/**
 * A coach or rail ticket lists its travellers in a table after the journey ("Name | Type | Seat",
 * "Name | Tariff | Coach | Seat / Place"). A transfer has no seat field, so the party's seats are
 * kept as the trip's note: "Coach 24, seats 31 A, 32 B" when one coach holds them all, else
 * "Seats 12A A, 12B B". Fares, tariffs and luggage extras are not kept.
 */
import type { Line } from '../../text/index.js';
import type { Hit } from './phrases.js';
import { cellsOf, type Cell } from './route-table.js';

/** Column labels, in the languages tickets print (a bilingual label "Seat / Place" is split on its slash). */
export const NAME_COL = /^(?:names?|naam|nom|nombre|nome|passengers?|passagiers?|passagers?|travell?ers?|reizigers?|voyageurs?|reisende[rn]?|viajeros?|passeggeri|resenärer)$/i;
export const SEAT_COL = /^(?:seats?|places?|plaats(?:en)?|zitplaats(?:en)?|sitzpl[äa]tze?|platz|plazas?|asientos?|posti?|lugar(?:es)?|s[æa]de|plass|plats|paikka)$/i;
const COACH_COL = /^(?:coach|car|voiture|rijtuig|wagen|coche|carrozza|vogn|vagn|carruagem)$/i;
/** A seat as printed, before any remark ("31 (window)"). */
const SEAT = /^\d{1,3}[A-K]?(?![\p{L}\d])/u;
/** How far after the journey the travellers' table may start. */
const LOOK_AHEAD = 8;

export function columnOf(cells: Cell[], re: RegExp): number {
  return cells.findIndex((c) => c.text && c.text.split(/\s*\/\s*/).some((part) => re.test(part.trim())));
}

/** The seats of the travellers' table starting within a few lines after `from`, as a note. */
export function seatRoster(lines: Line[], from: number): Hit<string> | undefined {
  for (let i = from; i < Math.min(lines.length, from + LOOK_AHEAD); i++) {
    const head = cellsOf(lines[i]!);
    const name = columnOf(head, NAME_COL), seat = columnOf(head, SEAT_COL), coach = columnOf(head, COACH_COL);
    if (head.length < 2 || name < 0 || seat < 0 || name === seat) continue;
    const rows: { name: string; seat: string; coach?: string }[] = [];
    let end = lines[i]!.end;
    for (let j = i + 1; j < lines.length && lines[j]!.text.includes('\t'); j++) {
      const cells = cellsOf(lines[j]!);
      const who = cells[name]?.text, where = SEAT.exec(cells[seat]?.text ?? '')?.[0];
      if (!who || !/\p{L}/u.test(who) || !where) break;
      rows.push({ name: who, seat: where, ...(coach >= 0 && cells[coach]?.text ? { coach: cells[coach]!.text } : {}) });
      end = lines[j]!.end;
    }
    if (!rows.length) return undefined;
    const coaches = new Set(rows.map((r) => r.coach));
    const one = coaches.size === 1 ? [...coaches][0] : undefined;
    const list = rows.map((r) => `${!one && r.coach ? `coach ${r.coach} seat ` : ''}${r.seat} ${r.name}`).join(', ');
    const value = one ? `Coach ${one}, seats ${list}` : `Seats ${list}`;
    return { value, index: lines[i]!.start, length: end - lines[i]!.start };
  }
  return undefined;
}
