/**
 * In a chat, a later message recounts a booked meal by its meal word and a bare number: "Dinner is 7
 * with our merch person", "dinner for 8 now". The new count stands when it is said outright, or, asked as a
 * question ("Dinner is 9 with the driver, can you change it?"), when a later message confirms that number
 * at the meal's place ("Done, 9 at Casa Verde"). Only for the one earlier meal written with that
 * meal word; a number followed by a clock ("dinner is 7pm", "7:30") is a time, no count.
 */
import type { Food } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { escapeRegExp, evidenceAt, lineAt, turnIndexAt, type ChatTurn, type Reading } from '../text/index.js';
import { MEAL } from './food-words.js';

/** "Dinner is 7", "dinner for 8", "dinner will be 9": the meal word, then a head count. */
const RECOUNT = new RegExp(String.raw`(?<![\p{L}])(?<meal>${MEAL})[ \t]+(?:is|for|will be|=|now)[ \t]+(?:now[ \t]+)?(?<count>\d{1,2})(?![\d:.,]|[ \t]*(?:am|pm|h\b|o['’]clock|uhr))`, 'giu');

export function chatRecounts(reading: Reading, meals: Draft<Food>[]): void {
  const turns = reading.turns;
  if (turns.length < 2) return;
  const text = reading.source.text;
  // Each meal's line, read once: a recount's word must be written on exactly one of them.
  const mealLines = meals.map((o) => (o.name?.span ? reading.lines[lineAt(reading.lines, o.name.span[0])]!.text : null));
  for (const meal of meals) {
    const at = meal.name?.span?.[0];
    if (at === undefined || !meal.guestCount) continue;
    const line = reading.lines[lineAt(reading.lines, at)]!.text;
    const first = turnIndexAt(turns, at);
    if (first < 0) continue;
    for (let t = first + 1; t < turns.length; t++) {
      const said = text.slice(turns[t]!.span[0], turns[t]!.span[1]);
      for (const m of said.matchAll(RECOUNT)) {
        const word = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(m.groups!.meal!)}(?![\p{L}])`, 'iu');
        if (!word.test(line) || mealLines.filter((l) => l !== null && word.test(l)).length !== 1) continue;
        const count = Number(m.groups!.count);
        const asked = /\?/.test(said.slice(m.index));
        if (asked && !confirmedLater(text, turns.slice(t + 1), count, meal.name!.value)) continue;
        const start = turns[t]!.span[0] + m.index + m[0].length - m.groups!.count!.length;
        meal.guestCount = found(count, evidenceAt(reading.source, [start, start + m.groups!.count!.length], 'pattern'));
      }
    }
  }
}

/** "9 at Casa Verde", "ok 9 @ El Faro": a later message repeating the count at the meal's place (its last two words). */
function confirmedLater(text: string, later: ChatTurn[], count: number, place: string): boolean {
  const tail = place.trim().split(/\s+/).slice(-2).map(escapeRegExp).join(String.raw`\s+`);
  const confirm = new RegExp(String.raw`(?<![\d:.])${count}[ \t]+(?:at|@|en|in|bei|chez|à)[ \t]+(?:the[ \t]+)?${tail}(?![\p{L}])`, 'iu');
  return later.some((t) => confirm.test(text.slice(t.span[0], t.span[1])));
}
