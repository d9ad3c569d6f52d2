/**
 * Bulgarian and Hebrew words for the items of a show day, added to the kinds' patterns of
 * activity-kinds.ts. JavaScript's `\b` knows only ASCII letters, so a Bulgarian word is bounded by
 * "no Cyrillic letter before it"; Hebrew glues its prepositions and article on ("מהמלון", "לשדה"),
 * so its words are matched anywhere in the phrase.
 */
import type { ActivityKind } from '../../interfaces.js';

const BG = '(?<![а-яё])';

export const BULGARIAN_HEBREW_KINDS: Partial<Record<ActivityKind, string>> = {
  soundcheck: `${BG}саунд ?-?чек|${BG}тонпроба|סאונד ?צ'?ק|בדיקת סאונד`,
  load_in: `${BG}зареждане|${BG}разтоварване|${BG}товарене|טעינה|פריקה`,
  doors: `${BG}отваряне на вратите|${BG}вратите отварят|${BG}врати(?:те)?(?![а-яё])|פתיחת דלתות|דלתות`,
  curfew: `${BG}краен час|${BG}край на музиката|${BG}музиката спира|קרפיו|עוצר`,
  transfer: `${BG}трансфер|${BG}бус(?![а-яё])|${BG}такси|${BG}взимане от|איסוף|הסעה|טרנספר|מונית|יציאה מה?מלון`,
  interview: `${BG}интервю|${BG}радио|ראיון|רדיו`,
  meeting: `${BG}среща|פגישה`,
  set: `${BG}подгряващ|${BG}концерт(?![а-яё])|${BG}изпълнение|${BG}хедлайнер|חימום`,
};

/** Bulgarian and Hebrew words of meals, stays and flights: items of other sections. */
export const BULGARIAN_HEBREW_OTHER_SECTION = new RegExp(`${BG}(?:вечеря|обяд|закуска|кетъринг|хотел|настаняване|напускане|полет|излитане|кацане)|ארוחת|ארוחה|קייטרינג|מלון|צ'ק-?(?:אין|אאוט)|טיסה|המראה|נחיתה`, 'i');
