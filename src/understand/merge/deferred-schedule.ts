/**
 * A contract may call its own schedule indicative and leave the final times to the venue's day sheet
 * ("The schedule above is indicative. Final times are set out in the Venue's day sheet, which
 * prevails"). The show's times another source of the import states then outrank the contract's; the
 * disagreement is still reported as a conflict (merge/fields.ts).
 */
import type { ExtractedSource } from '../../interfaces.js';
import type { Authority } from './authority.js';
import { INDICATIVE } from '../text/indicative-words.js';

const SCHEDULE = String.raw`(?:schedule|times|timings|timetable|running\s+order|zeitplan|zeiten|tijdschema|tijden|schema|tider|horario|horaires)`;
/** Times of something other than the show's day: "Travel times are approximate" defers nothing. */
const OTHER_TIMES = String.raw`(?<!(?:travel|driving|drive|flight|arrival|departure|journey|transfer|check-?in|check-?out|hotel|reise|fahrt|flug|rese|restid|viaje|vuelo|trajet|vol|reis)\s+)`;
/** "The schedule above is indicative", "Zeiten sind vorläufig", "Het tijdschema is indicatief". */
const INDICATIVE_SCHEDULE = new RegExp(String.raw`${OTHER_TIMES}\b${SCHEDULE}\b[^.]{0,40}?\b(?:is|are|ist|sind|is|zijn|är|es|son|est|sont)\s+(?:only\s+|merely\s+|nur\s+|slechts\s+)?${INDICATIVE}(?![\p{L}])`, 'iu');

/**
 * A festival's artist info leaves its slot times to a later message: "Your artist liaison will confirm
 * your times by e-mail", "final set times will be confirmed by mail", "Zeiten werden per E-Mail bestätigt",
 * "tijden worden per mail bevestigd". Any document saying so defers, a contract or not.
 */
const CONFIRMED_LATER = new RegExp([
  String.raw`\bconfirm\w*\s+(?:your\s+|the\s+|all\s+)?(?:final\s+)?(?:set\s+|slot\s+|show\s+|stage\s+)?${SCHEDULE}\s+(?:by|via|per|in\s+an?)\s+(?:e-?mail|mail|message)\b`,
  String.raw`\b(?:final\s+)?(?:set\s+|slot\s+|show\s+)?${SCHEDULE}\s+(?:will\s+be|are\s+to\s+be|to\s+be)\s+confirmed\s+(?:by|via|per|in\s+an?)\s+(?:e-?mail|mail|message)\b`,
  String.raw`\b(?:zeiten|zeitplan)\s+(?:werden|wird)\s+(?:\S+\s+){0,3}?per\s+(?:e-?mail|mail)\s+bestätigt`,
  String.raw`\b(?:tijden|tijdschema)\s+(?:worden|wordt)\s+(?:\S+\s+){0,3}?per\s+(?:e-?mail|mail)\s+bevestigd`,
].join('|'), 'iu');

/** The show's times in `general`, by their field name. */
const SHOW_TIMES = new Set(['doorsTime', 'setTime', 'soundcheckTime', 'curfewTime']);

/** Values of the show's times from sources other than a contract that defers its schedule outrank that contract's. */
export function deferredScheduleAuthority(sources: ExtractedSource[], isContract: (source: ExtractedSource) => boolean): Authority {
  const deferring = new Set(sources.filter((s) => (isContract(s) && INDICATIVE_SCHEDULE.test(s.text)) || CONFIRMED_LATER.test(s.text)).map((s) => s.name));
  if (!deferring.size) return () => 0;
  return (source, found, field) =>
    field !== undefined && SHOW_TIMES.has(field.slice(field.lastIndexOf('.') + 1)) && found?.method !== 'inferred' && !deferring.has(source) ? 1 : 0;
}
