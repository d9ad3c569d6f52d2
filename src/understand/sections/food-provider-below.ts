/**
 * A meal's provider written on the line under it, in a sentence of its own or a row's detail line:
 *
 *   Hot meal 19:00 – 20:00 in the band room
 *
 *   Provided by Larkspur Kitchen
 *
 *   7:15p   Dinner
 *           Catering by Willow Street Deli, crew room
 *
 * The meal named only by its meal word is that provider's; a room written after the provider's comma
 * is where it is served. Only the next written line counts (one blank line may stand between).
 */
import type { Food } from '../../interfaces.js';
import type { Draft } from '../found.js';
import type { Reading } from '../text/index.js';
import type { Reader } from './travel/reader.js';
import { MEAL_ONLY, VENUE_ROOM } from './food-words.js';

type FoodDraft = Draft<Food>;

/** "Provided by X", "Catering by: X", "Catered by X": a line naming who serves, and the rest of it. */
const PROVIDER_LINE = /^(\s*(?:(?:provided|catered|supplied|delivered|served|cooked|prepared)\s+by|catering\s+by|food\s+by)\s*:?\s+)(\p{Lu}[^,\n]{1,50}?)\s*(?:,\s*([^,\n]{2,40}?))?\s*\.?\s*$/iu;

export function providersBelow(reading: Reading, r: Reader, meals: FoodDraft[]): void {
  for (const d of meals) {
    const span = d.name?.span;
    if (!span || !MEAL_ONLY.test(d.name!.value.trim())) continue;
    const at = reading.lines.findIndex((l) => l.start <= span[0] && span[0] <= l.end);
    if (at < 0) continue;
    let next = at + 1;
    if (!reading.lines[next]?.text.trim()) next++;
    const line = reading.lines[next];
    const m = line ? PROVIDER_LINE.exec(line.text) : null;
    if (!line || !m) continue;
    const nameAt = line.start + m[1]!.length;
    d.name = r.at(m[2]!, [nameAt, nameAt + m[2]!.length], null, 'pattern');
    d.kind = r.at('catering' as const, d.name.span, null, 'inferred');
    const room = m[3]?.trim();
    if (room && VENUE_ROOM.test(room) && !d.address) {
      const roomAt = line.start + line.text.indexOf(room, m[1]!.length + m[2]!.length);
      d.address = r.at(room, [roomAt, roomAt + room.length], null, 'pattern');
    }
  }
}
