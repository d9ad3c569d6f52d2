/**
 * Is this source about the reader's own show? A venue's newsletter or a season programme lists
 * other acts' nights — dates, doors, prices, a volunteer to call — none of them ours. Such a source
 * yields no show data: it is sent to a mailing list (an unsubscribe footer), is an agenda of several
 * dated entries, and nowhere speaks to a performer (no soundcheck, rider, fee, "your set", "prepared
 * for"). Anything that does speak to a performer is read as usual.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { ownShowOnly } from './show-blocks.js';
import { ownShowSheetsOnly } from './show-sheets.js';
import { isRoster } from './show-roster.js';
import { toEverybody } from './show-audience.js';
import { isTourRouting } from './show-routing.js';
import { isInsuranceCertificate } from './show-insurance.js';
import { ownActRowsOnly } from './show-act-rows.js';
import { namedShowRowsOnly } from './show-scope.js';
import { firstShowRowsOnly } from './show-typed-days.js';
import { withJoinedHeaders } from '../text/wrapped-header.js';

/** A mass mailing's footer or header: unsubscribe, "you receive this because", "view online". */
const MAILING_LIST = new RegExp([
  'unsubscribe', 'view (?:it |this (?:e-?mail|message) )?in (?:your |a )?browser', 'you are receiving this', 'you received this (?:e-?mail|newsletter)',
  'se d[ée]sinscrire', 'd[ée]sinscription', 'se d[ée]sabonner', 'vous recevez cette (?:lettre|newsletter|e-?mail)', 'version en ligne',
  'newsletter abbestellen', 'vom newsletter abmelden', 'im browser ansehen',
  'darse de baja', 'date de baja', 'cancelar (?:la )?suscripci[óo]n', 'ver en (?:el )?navegador',
  'avregistrera', 'avsluta prenumeration', 'afmeld nyhedsbrev', 'afmelden', 'uitschrijven',
  'disiscriviti', 'cancella iscrizione',
].map((p) => `\\b${p}`).join('|'), 'i');

/** Words only a document for the performing act uses: its check, get-in, rider, fee, "your set". */
const PERFORMER_WORDS = new RegExp([
  'sound ?check', 'line ?check', 'load[- ]?in', 'get-in', 'rider', 'prepared for', 'day ?sheet', 'advanc(?:e|ing) (?:form|sheet|info)',
  'your (?:show|set|slot|party|band|performance|rooms?|dressing room|fee|guarantee)', 'guarantee', 'fee\\b',
  'balances?\\b', 'votre (?:concert|passage|set|loge|cachet)', 'cachet', 'loges?\\b',
  'aufbau', 'gage\\b', 'ihr auftritt', 'eure? (?:show|auftritt)',
  'prueba de sonido', 'vuestro (?:concierto|show)', 'tu (?:concierto|show)', 'camerino',
  'lydpr[øo]ve', 'ljudprov', 'garderob', 'honorar',
].map((p) => `\\b${p}`).join('|'), 'i');

/** A programme entry: a line opening with a weekday and a day of the month, then an act or event. */
const AGENDA_LINE = /^\s*(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim|mo|di|mi|do|fr|sa|so|lu|ma|ju|vi|m[åa]n|tis|ons|tor|fre|l[øö]r|s[øö]n)[a-zäéèåøö]*\.?,?\s+\d{1,2}\.?\s*[a-zäéèåøöû]+\.?(?:\s+\d{4})?\s*[–—:-]\s*\S/i;

/** Three or more programme entries on different days make an agenda. */
function isAgenda(text: string): boolean {
  const days = new Set(text.split('\n').map((line) => AGENDA_LINE.exec(line)?.[0].replace(/\s*[–—:-]\s*\S$/, '').trim().toLowerCase()).filter((d) => d));
  return days.size >= 3;
}

/** True when the source is a mailed programme of others' shows (a newsletter) and says nothing to a performer. */
export function aboutOtherShows(source: ExtractedSource): boolean {
  const text = source.text;
  // A mailing footer alone is no sign: airlines, hotels and booking sites send their confirmations so.
  return MAILING_LIST.test(text) && isAgenda(text) && !PERFORMER_WORDS.test(text);
}

/**
 * The sources the show is read from, in reading order: newsletters, rosters of other acts
 * (show-roster.ts), one act's whole-tour date sheets (show-routing.ts), press releases or circulars written to everybody (show-audience.ts)
 * and insurance certificates (show-insurance.ts) left
 * out, and in a message advancing several shows only the named show's block kept (show-blocks.ts),
 * in a workbook only the named show's sheets (show-sheets.ts), in a festival's shared list only the own act's rows (show-act-rows.ts),
 * in a tour book only the rows of the show the pasted note names (show-scope.ts), in a tour app's
 * itinerary of several shows only the first show's rows (show-typed-days.ts).
 */
export function showSourcesOf(read: ExtractedSource[]): ExtractedSource[] {
  // A bilingual table's header wrapped at its slashes is one row again (text/wrapped-header.ts).
  const sources = read.map(withJoinedHeaders);
  return sources.filter((s) => !aboutOtherShows(s) && !toEverybody(s) && !isRoster(s, sources) && !isTourRouting(s, sources) && !isInsuranceCertificate(s)).map((s) => firstShowRowsOnly(namedShowRowsOnly(ownActRowsOnly(ownShowSheetsOnly(ownShowOnly(s, sources), sources), sources), sources)));
}
