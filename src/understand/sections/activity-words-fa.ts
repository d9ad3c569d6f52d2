/**
 * Persian words for the items of a show day, added to the kinds' patterns of activity-kinds.ts. A
 * word is bounded by "no Arabic-script letter" on either side (`\b` knows only ASCII letters), so
 * "ون" (the van) is no part of "بیرون".
 */
import type { ActivityKind } from '../../interfaces.js';

const B = '(?<![\\u0600-\\u06FF])';
const E = '(?![\\u0600-\\u06FF])';

export const PERSIAN_KINDS: Partial<Record<ActivityKind, string>> = {
  soundcheck: `${B}ساندچک|${B}تست صدا${E}`,
  load_in: `${B}بارگیری${E}|${B}لود این${E}`,
  doors: `${B}(?:باز ?شدن )?درها${E}|${B}ورود تماشاگران`,
  curfew: `${B}کرفیو|${B}پایان برنامه`,
  transfer: `${B}پیکاپ|${B}ترانسفر|${B}تاکسی|${B}ون${E}|${B}ماشین${E}|${B}حرکت به سمت`,
  interview: `${B}مصاحبه|${B}رادیو`,
  meeting: `${B}جلسه${E}`,
  set: `${B}روی صحنه|${B}شروع برنامه|${B}اجرای${E}|${B}اجرا${E}`,
};

/** Persian words of meals, stays and flights: items of other sections. */
export const PERSIAN_OTHER_SECTION = new RegExp(`${B}(?:شام|ناهار|نهار|صبحانه|کترینگ|هتل|پرواز)${E}`);
