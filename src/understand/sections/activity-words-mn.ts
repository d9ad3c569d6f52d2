/**
 * Mongolian words for the items of a show day, added to the kinds' patterns of activity-kinds.ts as the
 * Russian ones are: bounded by "no Cyrillic letter before it", since `\b` knows only ASCII letters.
 * Stems take the case endings Mongolian glues on ("шалгалт", "шалгалтын"). A ride is named by where it
 * goes, "-аас … руу" ("from … to"), or by meeting someone ("тосох", to pick up).
 */
import type { ActivityKind } from '../../interfaces.js';

const MN = '(?<![а-яёөү])';
const END = '(?![а-яёөү])';

export const MONGOLIAN_KINDS: Partial<Record<ActivityKind, string>> = {
  soundcheck: `${MN}дууны шалгалт|${MN}саунд ?-?чек`,
  load_in: `${MN}ачаа (?:буулгах|оруулах|буулгалт)`,
  doors: `${MN}хаалга нээ`,
  curfew: `${MN}(?:тоглолт|шоу) дуусах|${MN}хатуу хугацаа`,
  transfer: `${MN}тосох${END}|${MN}тээвэр${END}|${MN}руу${END}|${MN}хүргэх${END}`,
  interview: `${MN}ярилцлага|${MN}радио${END}`,
  meeting: `${MN}уулзалт`,
  set: `${MN}тоглолт${END}|${MN}дэмжих хамтлаг`,
};

/** Mongolian words of meals, stays and flights: items of other sections. */
export const MONGOLIAN_OTHER_SECTION = new RegExp(`${MN}(?:хоол${END}|оройн хоол|өглөөний цай|кейтеринг|нислэг|буудалд орох|буудлаас гарах)`, 'i');
