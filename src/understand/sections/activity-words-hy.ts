/**
 * Armenian words for the items of a show day, added to the kinds' patterns of activity-kinds.ts as the
 * Georgian ones are: bounded by "no Armenian letter before it", since `\b` knows only ASCII letters.
 * Stems take every case ending ("տրանսֆեր", "տրանսֆերով"; "ելույթ", "ելույթը").
 */
import type { ActivityKind } from '../../interfaces.js';

const HY = '(?<![\\u0531-\\u0587])';

export const ARMENIAN_KINDS: Partial<Record<ActivityKind, string>> = {
  soundcheck: `${HY}սաունդ ?-?չեկ|${HY}ձայն(?:ային|ի) ստուգում`,
  load_in: `${HY}բեռնաթափում|${HY}մոնտաժ`,
  doors: `${HY}դռների բացում|${HY}հանդիսատեսի մուտք`,
  curfew: `${HY}միջոցառման ավարտ|${HY}համերգի ավարտ`,
  transfer: `${HY}տրանսֆեր|${HY}տեղափոխում|${HY}միկրոավտոբուս|${HY}տաքսի`,
  interview: `${HY}հարցազրույց|${HY}ռադիո`,
  meeting: `${HY}հանդիպում`,
  set: `${HY}(?:նախա)?ելույթ|${HY}համերգ(?![\\u0561-\\u0587]*(?:ային|աշար))`,
};

/** Armenian words of meals, stays and flights: items of other sections. */
export const ARMENIAN_OTHER_SECTION = new RegExp(`${HY}(?:նախաճաշ|ճաշ|ընթրիք|սնունդ|տեղավորում|չվերթ|ավիատոմս)`);
