/**
 * Kyrgyz words for the items of a show day, added to the kinds' patterns of activity-kinds.ts as the
 * Russian ones are (the Russian loan words, "саундчек", "трансфер", "интервью", are Russian's): bounded by
 * "no Cyrillic letter before it", Kyrgyz's own letters (ө, ү, ң) included, since `\b` knows only ASCII
 * letters. Stems take every case ending ("эшиктер ачылганда", "эшиктердин ачылуусу"). The opening act ("ачуучу
 * топтор") plays a set; meeting someone at the airport ("тосуп алуусу") is a ride.
 */
import type { ActivityKind } from '../../interfaces.js';

const KY = '(?<![а-яёөүң])';

export const KYRGYZ_KINDS: Partial<Record<ActivityKind, string>> = {
  soundcheck: `${KY}үн текшер`,
  load_in: `${KY}жабдууларды түшүр|${KY}жүк түшүр`,
  doors: `${KY}эшиктер(?:дин)? ачыл`,
  curfew: `${KY}залды бошот|${KY}концерттин аягы`,
  transfer: `${KY}тосуп алуу`,
  set: `${KY}ачуучу топ|${KY}сахнага чыгуу`,
};

/** Kyrgyz words of meals, stays and flights: items of other sections. */
export const KYRGYZ_OTHER_SECTION = new RegExp(`${KY}(?:кечки тамак|түшкү тамак|эртең мененки тамак|мейманканага жайгаш|мейманканадан чыгуу)`, 'i');
