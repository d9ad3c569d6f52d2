/**
 * Urdu words for the items of a show day, added to the kinds' patterns of activity-kinds.ts; most are
 * English words in Urdu letters ("ساؤنڈ چیک", "پک اپ", "انٹرویو"). A word is bounded by "no
 * Arabic-script letter" on either side (`\b` knows only ASCII letters), so "وین" (the van) is no part
 * of a longer word.
 */
import type { ActivityKind } from '../../interfaces.js';

const B = '(?<![\\u0600-\\u06FF])';
const E = '(?![\\u0600-\\u06FF])';

export const URDU_KINDS: Partial<Record<ActivityKind, string>> = {
  soundcheck: `${B}ساؤنڈ ?چیک${E}|${B}لائن ?چیک${E}`,
  load_in: `${B}لوڈ ?اِ?ن${E}`,
  doors: `${B}(?:گیٹ|دروازے) کھل`,
  curfew: `${B}کرفیو${E}`,
  // "واپسی" (the way back) and "روانہ"/"روانگی" (setting off) are rides on a show day's list.
  transfer: `${B}پک ?اَ?پ${E}|${B}ٹرانسفر${E}|${B}وین${E}|${B}روانہ${E}|${B}روانگی${E}|${B}واپسی${E}`,
  interview: `${B}انٹرویو${E}|${B}ریڈیو${E}`,
  meeting: `${B}میٹنگ${E}`,
  // A music set is "کا سیٹ" ("آپ کا سیٹ", your set); bare "سیٹ" is as often a flight's seat ("سیٹ 14A").
  set: `${B}پرفارمنس${E}|${B}کا سیٹ${E}|${B}اسٹیج پر${E}`,
};

/** Urdu words of meals, stays and flights: items of other sections. */
export const URDU_OTHER_SECTION = new RegExp(`${B}(?:کھانا|ڈنر|لنچ|ناشتہ|کیٹرنگ|ہوٹل|فلائٹ)${E}`);
