/**
 * Azerbaijani words for the items of a show day, added to the kinds' patterns of activity-kinds.ts as the
 * Georgian ones are: bounded by "no letter before it" (Azerbaijani letters included), since `\b` knows only
 * ASCII letters. Stems take every case ending ("səs yoxlaması", "qapıların açılması", "boşaldılması").
 * "Çıxış" is the performance, but "otaqdan çıxış" (leaving the room) is the hotel's check-out.
 */
import type { ActivityKind } from '../../interfaces.js';

const AZ = '(?<![a-zəğıöşüçİ])';

export const AZERBAIJANI_KINDS: Partial<Record<ActivityKind, string>> = {
  soundcheck: `${AZ}səs yoxlama|${AZ}xətt yoxlama`,
  load_in: `${AZ}boşald[ıi]lma|${AZ}yükləmə`,
  doors: `${AZ}qap[ıi]lar[ıi]n açılma`,
  curfew: `${AZ}səhnənin bağlanma`,
  transfer: `${AZ}qarşılama|${AZ}yola salma`,
  interview: `${AZ}müsahibə|${AZ}mətbuat`,
  set: `${AZ}(?<!otaqdan |oteldən )ç[ıi]x[ıi]ş(?! vaxt)|${AZ}konsert`,
};

/** Azerbaijani words of meals, stays and flights: items of other sections. */
export const AZERBAIJANI_OTHER_SECTION = /(?<![a-zəğıöşüç])(?:şam yeməy|səhər yeməy|nahar(?![a-zəğıöşüç])|otaqdan çıxış|oteldən çıxış|yerləşmə|uçuş|reys(?![a-zəğıöşüç]))/i;
