/**
 * Czech and Lithuanian words for the items of a show day, added to the kinds' patterns of
 * activity-kinds.ts as the Latvian ones are, and bounded the same way (no Latin letter before the
 * word: JavaScript's `\b` knows no "ř" or "ė"). A word's inflected forms share its stem
 * ("zvuková zkouška", "zvukovou zkoušku"; "garso patikra", "garso patikrinimas").
 */
import type { ActivityKind } from '../../interfaces.js';
import { NO_LATIN_BEFORE } from './activity-words-lv-id.js';

const B = NO_LATIN_BEFORE;

export const CZECH_LITHUANIAN_KINDS: Partial<Record<ActivityKind, string>> = {
  soundcheck: `${B}zvukov(?:á|a|ou) zkouš?s?k|${B}zkouška zvuku|${B}zvukovk|${B}garso (?:patikr|repetic)`,
  load_in: `${B}vykládk|${B}vykladk|${B}stavba (?:aparatury|pódia|podia)|${B}iškrov|${B}iskrov|${B}įkrov|${B}montavim`,
  doors: `${B}otevření (?:klubu|sálu|dveří|areálu)|${B}otevreni (?:klubu|salu|dveri|arealu)|${B}vpouštění|${B}durys(?![a-zà-ž])|${B}durų atidarym|${B}įleidim|${B}ileidim`,
  curfew: `${B}ukončení (?:produkce|akce|programu|vystoupení)|${B}ukonceni (?:produkce|akce|programu)|${B}konec (?:akce|produkce|programu)|${B}pabaiga(?![a-zà-ž])|${B}renginio pabaig`,
  transfer: `${B}odvoz|${B}přeprav|${B}pervežim|${B}pervezim|${B}pavėžėjim|${B}transferas`,
  interview: `${B}rozhovor|${B}interviu(?![a-zà-ž])`,
  meeting: `${B}schůzk|${B}susitikim`,
  set: `${B}vystoupení|${B}vystoupeni|${B}předkapel|${B}predkapel|${B}koncertas|${B}pasirodym|${B}apšildym|${B}apsildym`,
};

/** Czech and Lithuanian words of meals, stays and flights: items of other sections. */
export const CZECH_LITHUANIAN_OTHER_SECTION = new RegExp(`${B}(?:snídaně|snidane|oběd|obed(?![a-zà-ž])|večeře|vecere|ubytování|pusryčiai|pusryciai|pietūs|pietus|vakarienė|vakariene|maitinimas|įsiregistrav|isiregistrav|išsiregistrav|issiregistrav|skrydis|skrydž)`, 'i');
