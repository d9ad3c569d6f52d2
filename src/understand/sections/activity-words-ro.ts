/**
 * Romanian words for the items of a show day, added to the kinds' patterns of activity-kinds.ts as
 * the Latvian ones are: bounded by "no Latin letter before it" (`\b` knows no "ă" or "ș"), and also
 * written without diacritics, as ASCII keyboards write them ("proba de sunet", "descarcare").
 */
import type { ActivityKind } from '../../interfaces.js';
import { NO_LATIN_BEFORE } from './activity-words-lv-id.js';

const RO = NO_LATIN_BEFORE;

export const ROMANIAN_KINDS: Partial<Record<ActivityKind, string>> = {
  soundcheck: `${RO}prob[aă] (?:de )?sunet`,
  load_in: `${RO}desc[aă]rcare|${RO}montaj(?:ul)?(?![a-zà-ž])`,
  doors: `${RO}accesul publicului|${RO}acces public|${RO}deschiderea por[țţt]ilor|${RO}por[țţt]ile se deschid|${RO}deschidere por[țţt]i`,
  curfew: `${RO}ora de [îi]nchidere|${RO}sf[âa]r[șşs]it(?:ul)? (?:programului|concertului)|${RO}final(?:ul)? (?:programului|concertului)`,
  transfer: `${RO}preluare de la|${RO}transport (?:la|de la|spre)`,
  interview: `${RO}interviu`,
  meeting: `${RO}[îi]nt[âa]lnire|${RO}[șşs]edin[țţt][aă]`,
  set: `${RO}recital|${RO}spectacol(?:ul)?(?![a-zà-ž])|${RO}urcare(?:a)? pe scen[aă]`,
};

/** Romanian words of meals, stays and flights: items of other sections. */
export const ROMANIAN_OTHER_SECTION = new RegExp(`${RO}(?:cin[aă](?![a-zà-ž])|pr[âa]nz|mic(?:ul)? dejun|cazare|zborul(?![a-zà-ž])|aterizare|decolare)`, 'i');
