/**
 * Is this source written to everybody rather than to the act? A festival's press release (its whole
 * line-up, ticket prices, a press officer) and a venue's circular to all promoters and hirers (noise
 * limits, loading bans, standard door times) are full of show words that belong to no show. Such a
 * source gives no show data when it carries at least two marks of its broadcast form and nowhere
 * addresses one show of the reader ("your show", "prepared for", a day sheet, a rider, a fee).
 */
import type { ExtractedSource } from '../../interfaces.js';

/** The marks of a press release: its heading (not a "Press release:" field), embargo, "ends" line, notes to editors, press contact. */
const PRESS_RELEASE: RegExp[] = [
  /^\W*(?:press release|news release|media release|pressemitteilung|presseinformation|communiqu[ée] de presse|nota de prensa|comunicado de prensa|comunicato stampa|persbericht|pressmeddelande|pressemelding|pressemeddelelse|lehdistötiedote)\b(?!\s*:)/im,
  /\b(?:for immediate release|embargoed|embargo until|under embargo|sperrfrist|sous embargo|embargo hasta|embargo fino)\b/i,
  /^\W*(?:ends|###)\W*$/im,
  /\b(?:notes? (?:to|for) editors|hinweis(?:e)? f[üu]r (?:die )?redaktion|note aux r[ée]dactions|nota para (?:los )?editores|note per la redazione)\b/i,
  /\b(?:press|media) (?:contact|enquiries|inquiries)\b|\bpressekontakt\b|\bcontact presse\b|\bcontacto de prensa\b|\bpresskontakt\b/i,
];

/** The marks of a circular: addressed to all promoters or hirers, dear colleagues, every event, until further notice. */
const CIRCULAR: RegExp[] = [
  /\bto:?\s+all (?:promoters|hirers|artists|touring|visiting|production|producers|bands|acts|users|tenants|companies|organisers|organizers)\b|\ban alle (?:veranstalter|künstler|mieter)|(?<![a-zà-ÿ])à tous les (?:organisateurs|producteurs|artistes|promoteurs)|\ba todos los (?:promotores|artistas|organizadores)|\btill alla (?:arrangörer|artister)/i,
  /\b(?:dear (?:colleagues|promoters|hirers|partners)|liebe kolleg(?:innen|en)|chers coll[èe]gues|estimad[oa]s compa[ñn]er[oa]s|bäste kollegor)\b/i,
  /\b(?:all|every) (?:events?|shows|performances|hires)\b|\balle veranstaltungen\b|\btous les (?:événements|spectacles)\b|\btodos los (?:eventos|espectáculos)\b/i,
  /\b(?:until further notice|bis auf weiteres|jusqu'à nouvel ordre|hasta nuevo aviso|tills vidare)\b/i,
];

/**
 * Words that address one show of the reader: its day sheet, rider, fee, "your set". Narrower than
 * show-relevance.ts's performer words: a circular rules on soundchecks and loading for everybody.
 */
const OWN_SHOW = new RegExp([
  'prepared for', 'day ?sheet', 'advanc(?:e|ing) (?:form|sheet|info)', 'rider', 'guarantee', '(?<!(?:booking|service|ticket|parking|handling) )fee\\b',
  'your (?:show|set|slot|gig|concert|performance|party|band|rooms?|dressing room|fee|guarantee|booking|reservation)',
  'ihr(?:e)? (?:auftritt|konzert|show)', 'votre (?:concert|passage|set|loge|cachet)', 'vuestro (?:concierto|show)', 'tu (?:concierto|show)',
].map((p) => `\\b${p}`).join('|'), 'i');

/** Whether the text addresses one show of the reader (its day sheet, rider, fee, "your set"). */
export function addressesOwnShow(text: string): boolean {
  return OWN_SHOW.test(text);
}

/** How many of the form's marks the text carries. */
function marks(text: string, form: RegExp[]): number {
  return form.filter((re) => re.test(text)).length;
}

/** True when the source is a press release or a circular to all hirers that addresses no show of ours. */
export function toEverybody(source: ExtractedSource): boolean {
  const text = source.text;
  return (marks(text, PRESS_RELEASE) >= 2 || marks(text, CIRCULAR) >= 2) && !addressesOwnShow(text);
}
