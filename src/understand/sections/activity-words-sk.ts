/**
 * Slovak words for the items of a show day, added to the kinds' patterns of activity-kinds.ts as the
 * Czech ones are (activity-words-cs-lt.ts), and bounded the same way. Slovak writes its own forms of
 * the Czech words ("zvuková skúška", "dvere", "vykládka", "predkapela"); an inflected form shares
 * its stem ("zvukovú skúšku").
 */
import type { ActivityKind } from '../../interfaces.js';
import { NO_LATIN_BEFORE } from './activity-words-lv-id.js';

const B = NO_LATIN_BEFORE;

export const SLOVAK_KINDS: Partial<Record<ActivityKind, string>> = {
  soundcheck: `${B}zvukov(?:á|a|ú|u) sk[úu]š?s?k|${B}sk[úu]šk[ay] zvuku`,
  load_in: `${B}vykládk|${B}vykladk|${B}stavba (?:aparatúry|aparatury|pódia|podia)`,
  doors: `${B}dvere(?![a-zà-ž])|${B}otvorenie (?:klubu|sály|saly|dverí|dveri|areálu|arealu)|${B}vpúšťanie|${B}vpustanie`,
  curfew: `${B}koniec (?:akcie|produkcie|programu)|${B}ukončenie (?:produkcie|akcie|programu)|${B}ukoncenie (?:produkcie|akcie|programu)`,
  transfer: `${B}odvoz|${B}prevoz(?![a-zà-ž])`,
  meeting: `${B}stretnutie`,
  set: `${B}vystúpeni|${B}vystupeni|${B}predkapel`,
};

/** Slovak words of meals, stays and flights: items of other sections. */
export const SLOVAK_OTHER_SECTION = new RegExp(`${B}(?:raňajk|ranajk|obed(?![a-zà-ž])|večer(?:a|u)(?![a-zà-ž])|ubytovani)`, 'i');
