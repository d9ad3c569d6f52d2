/**
 * Georgian words for the items of a show day, added to the kinds' patterns of activity-kinds.ts as the
 * Russian ones are: bounded by "no Georgian letter before it", since `\b` knows only ASCII letters.
 * Stems take every case ending ("ტრანსფერი", "ტრანსფერით"); loanwords are written with or without
 * their hyphen ("ლოუდ-ინი", "საუნდჩეკი").
 */
import type { ActivityKind } from '../../interfaces.js';

const KA = '(?<![\\u10D0-\\u10FF])';

export const GEORGIAN_KINDS: Partial<Record<ActivityKind, string>> = {
  soundcheck: `${KA}საუნდ ?-?ჩეკ|${KA}ლაინ ?-?ჩეკ|${KA}ხმის შემოწმება`,
  load_in: `${KA}ლოუდ ?-?ინ|${KA}ჩატვირთვა`,
  doors: `${KA}კარების გახსნა|${KA}კარები(?![\\u10D0-\\u10FF])`,
  transfer: `${KA}ტრანსფერ|${KA}ტაქსი|${KA}მიკროავტობუს`,
  interview: `${KA}ინტერვიუ|${KA}რადიო`,
  meeting: `${KA}შეხვედრა`,
  set: `${KA}კონცერტ|${KA}ჰედლაინერ`,
};

/** Georgian words of meals, stays and flights: items of other sections. */
export const GEORGIAN_OTHER_SECTION = new RegExp(`${KA}(?:ვახშამ|სადილ|საუზმ|კეითერინგ|სასტუმრო|ჩექ ?-?ინ|ჩექ ?-?აუთ|ფრენ|ჩამოფრენ|გაფრენ|რეის)`);
