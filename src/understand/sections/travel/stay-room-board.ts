/**
 * A booking site's rooms table prints each room's board in the room's cell, after its type and beds
 * ("Zimmer 1: Doppelzimmer · Nichtraucher Frühstück inbegriffen", "Room 2: Twin · Breakfast included"): the
 * board every room row repeats is the stay's remark, written once.
 */

/** A meal said to come with the room, in the supported languages ("Frühstück inbegriffen", "Breakfast included"). */
const BOARD = /(?<![\p{L}])(?:breakfast|fr(?:ü|ue)hst(?:ü|ue)ck|frukost|frokost|morgenmad|desayuno|petit[- ]d[ée]jeuner|colazione|ontbijt|aamiainen|[śs]niadanie|half board|full board|halbpension|vollpension)[ \t]+(?:included|inklusive|inkludiert|inbegriffen|ingår|inkluderad|inkludert|inkluderet|incluido|incluso|inclusa|compris|inclus|inbegrepen|w cenie)(?![\p{L}])/iu;

/** The board phrase every room cell holds, the same in each, with its offset in the source; none otherwise. */
export function repeatedBoard(cells: { text: string; start: number }[]): { value: string; index: number } | undefined {
  const found = cells.map((c) => ({ m: BOARD.exec(c.text), c }));
  const first = found[0];
  if (!first?.m || found.some(({ m }) => m?.[0].toLowerCase() !== first.m![0].toLowerCase())) return undefined;
  return { value: first.m[0], index: first.c.start + first.m.index };
}
