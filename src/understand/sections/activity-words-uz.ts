/**
 * Uzbek words (Latin script) for the items of a show day, added to the kinds' patterns of activity-kinds.ts
 * as the Azerbaijani ones are: bounded by "no letter before it" (the modifier letters "ʻ" and "ʼ"
 * included), since `\b` knows only ASCII letters. Stems take every case ending ("ovoz tekshiruvi",
 * "eshiklar ochilishi"). "Chiqish" is the performance, but "mehmonxonadan chiqish" (leaving the hotel) and
 * "chiqish vaqti" as a hotel's are not; "isinish dasturi" (the warm-up programme) is the support's set.
 */
import type { ActivityKind } from '../../interfaces.js';

const UZ = "(?<![a-zʻʼ'])";

export const UZBEK_KINDS: Partial<Record<ActivityKind, string>> = {
  soundcheck: `${UZ}ovoz tekshiruv|${UZ}saundchek`,
  load_in: `${UZ}yuk tushirish|${UZ}yukni tushirish`,
  doors: `${UZ}eshiklar(?:ning)? ochil`,
  curfew: `${UZ}komendantlik soati`,
  transfer: `${UZ}kutib olish`,
  interview: `${UZ}intervyu|${UZ}matbuot`,
  set: `${UZ}(?<!xonadan |mehmonxonadan )chiqish(?! vaqt)|${UZ}isinish dasturi`,
};

/** Uzbek words of meals, stays and flights: items of other sections. */
export const UZBEK_OTHER_SECTION = /(?<![a-zʻʼ'])(?:tushlik|kechki ovqat|nonushta|joylashish|mehmonxonadan chiqish|aviachipta|reys(?![a-zʻʼ']))/i;
