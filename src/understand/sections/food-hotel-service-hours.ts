/**
 * A hotel's own confirmation tells its guests when breakfast is served ("Petit-déjeuner : servi en buffet
 * au restaurant X de 6h30 à 10h30", "Breakfast served 7:00–10:30 daily"): the hotel's hours, open to every
 * guest, not a meal booked for the party. A meal read from such a line is none.
 */
import type { Food } from '../../interfaces.js';
import type { Draft } from '../found.js';
import { lineAt, type Reading } from '../text/read.js';
import { categorise } from './documents.js';

/** A serving word, then a window of two hours: "servi … de 6h30 à 10h30", "served from 7 to 10.30", "serviert von 7 bis 10 Uhr". */
const SERVING_WINDOW = /\b(?:servi|served|serviert|servido|servito|geserveerd|serveras)\b[^\n]*?\d{1,2}(?:[h:.]\d{2}|h)?\s*(?:[-–]|à|to|till|until|bis|a|al|alle|tot|till)\s*\d{1,2}(?:[h:.]\d{2}|h)?/iu;

/** The meals, without those a hotel's confirmation reads from its serving hours. */
export function withoutHotelServiceHours(reading: Reading, meals: Draft<Food>[]): Draft<Food>[] {
  if (categorise(reading.source) !== 'hotel_confirmation') return meals;
  const lineText = (at: number) => reading.lines[lineAt(reading.lines, at)]!.text;
  return meals.filter((d) => !d.time?.span || !SERVING_WINDOW.test(lineText(d.time.span[0])));
}
