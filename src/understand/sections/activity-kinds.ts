/**
 * What kind of item of the day a phrase names ("Soundcheck", "Einlass", "Bus call"), and the words
 * that send a phrase to another section instead (meals, hotel stays, flights). Shared by the schedule
 * and the readers of typed-item exports, below both.
 */
import type { ActivityKind } from '../../interfaces.js';
import { airportByCode, foldText } from '../../reference/index.js';
import { BULGARIAN_HEBREW_KINDS, BULGARIAN_HEBREW_OTHER_SECTION } from './activity-words-bg-he.js';
import { CHINESE_KINDS, CHINESE_OTHER_SECTION } from './activity-words-zh.js';
import { CZECH_LITHUANIAN_KINDS, CZECH_LITHUANIAN_OTHER_SECTION } from './activity-words-cs-lt.js';
import { JAPANESE_KINDS, JAPANESE_OTHER_SECTION } from './activity-words-ja.js';
import { LATVIAN_INDONESIAN_KINDS, LATVIAN_INDONESIAN_OTHER_SECTION } from './activity-words-lv-id.js';
import { UKRAINIAN_KINDS, UKRAINIAN_OTHER_SECTION } from './activity-words-uk.js';
import { ROMANIAN_KINDS, ROMANIAN_OTHER_SECTION } from './activity-words-ro.js';
import { SLOVENIAN_SERBIAN_KINDS, SLOVENIAN_SERBIAN_OTHER_SECTION } from './activity-words-sl-sr.js';
import { RUSSIAN_KINDS, RUSSIAN_OTHER_SECTION } from './activity-words-ru.js';
import { SLOVAK_KINDS, SLOVAK_OTHER_SECTION } from './activity-words-sk.js';
import { VIETNAMESE_KINDS, VIETNAMESE_OTHER_SECTION } from './activity-words-vi.js';
import { GEORGIAN_KINDS, GEORGIAN_OTHER_SECTION } from './activity-words-ka.js';
import { AZERBAIJANI_KINDS, AZERBAIJANI_OTHER_SECTION } from './activity-words-az.js';
import { PERSIAN_KINDS, PERSIAN_OTHER_SECTION } from './activity-words-fa.js';
import { ARMENIAN_KINDS, ARMENIAN_OTHER_SECTION } from './activity-words-hy.js';
import { MONGOLIAN_KINDS, MONGOLIAN_OTHER_SECTION } from './activity-words-mn.js';
import { UZBEK_KINDS, UZBEK_OTHER_SECTION } from './activity-words-uz.js';
import { KYRGYZ_KINDS, KYRGYZ_OTHER_SECTION } from './activity-words-ky.js';
import { BENGALI_KINDS, BENGALI_OTHER_SECTION } from './activity-words-bn.js';
import { URDU_KINDS, URDU_OTHER_SECTION } from './activity-words-ur.js';
import { NEPALI_KINDS, NEPALI_OTHER_SECTION } from './activity-words-ne.js';
import { PUNJABI_KINDS, PUNJABI_OTHER_SECTION } from './activity-words-pa.js';
import { namesRideRoute } from './ride-route.js';

/** After "load in": "loading" naming a place ("the loading dock", "loading zone"), no load-in; as the kind's pattern reads it. */
export const LOADING_PLACE = String.raw`(?!g[ \t]+(?:zones?|docks?|bays?|areas?|doors?|ramps?)\b)`;

// A ferry opens its item ("Ferry to Gdynia", "Night ferry"); an act may carry the word in its name ("The Ferry Boys" is no ride).
export const ACTIVITY_KINDS: [ActivityKind, RegExp][] = [
  // Estonian items by their own words: "Helikontroll", "Uksed" (doors), "Transfeer lennujaama".
  // "Support Check", "Band check", "Support l/c" (line check): an act's or slot's check is its soundcheck; "online check-in" is no line check.
  ['soundcheck', /sound ?-?check|\bline ?-?check(?! ?-?in)|\b(?:support|headline[rs]?|opener|band|act|artist)\s+(?:check|l\/c)(?![a-z\/])|ljudcheck|ljudprov|linje ?check|lydsjekk|lydprøve|lydprøve|prueba de sonido|proba de son|balances?\b|soundcheck|prova (?:del )?suono|ensaio de som|passagem de som|tonska proba|hangbeáll[áa]s|hangpróba|\bprov(?:a|es) de so\b|\bses (?:kontrol|prova)|hlj[óo][ðd]prufa|helikontroll|heliproov/i],
  // "the loading dock", "bus parks in the loading zone": a place for loading, no load-in (LOADING_PLACE).
  ['load_in', new RegExp(String.raw`load[- ]?in${LOADING_PLACE}|get[- ]?in\b|\baufbau|inlastning|\bcarga\b|montaje|déchargement|\blaad|\bladen\b|\blossen\b|arriv[ée]e (?:de l'|des? )?[ée]quipes? techniques?|arriv[ée]e techni|arriv[ée]e (?:de [lI]['’] ?|des? )[ée]quipes?\b|\bopbygning|\bs?carico\b|\b(?:in|uit)?laden\b|\b(?:be)?pakol[áa]s|\bmuntatge|\bc[àa]rrega\b|y[üu]kleme|roz[łl]adun|\bwjazd\b|\bdescarga\b`, 'i')],
  // Nordic words also without their diacritics, as ASCII keyboards and OCR write them ("Inslapp").
  // A festival's gates opening is its doors ("Gates open", "Festival gates", "Grindarna öppnar", "Tore öffnen").
  ['doors', /\bdoors?\b|^\s*(?:(?:festival|site|arena|main)\s+)?gates\b|einlass|insl[äa]e?pp|\bd[öo]rrar|\bd[øo]rer?\b|\bd[øo]rene|puertas|ouverture|\bdeuren|zaal open|apertura porte|\bgates?\s+open|\bgrind(?:ar|arna|en|ene)?\s+(?:öppna|åpne|åbne)|\bportene\s+åpne|\btore\s+öffnen|toröffnung|\bporte\s+aperte|^\s*porte\s*$|apertura (?:de )?(?:los )?(?:cancelli|accesos)|\bportit\s+aukeavat|\bportas\b|\babertura da casa\b|otvaranje vrata|\bvrata\b|kapunyit[áa]s|obertura de portes|kap[ıi] a[çc][ıi]l[ıi][şs]|kap[ıi]lar|\bdrzwi\b|\bport[õo]es\b|\bh[úu]si[ðd] opn|\buksed\b/i],
  ['curfew', /curfew|\b(?:music|sound)\s+(?:ends|stops|off)\b|\bend\s+of\s+music\b|musikende|\bmuziek\s+stopt|fin de la musique|toque de queda|coprifuoco|\bemissioni sonore\b|sperrstunde|veranstaltungsende|spelstopp|hora de cierre|couvre[- ]feu|\beinde\b|^\s*fin\b|\bfin des concerts|\bspillestopp|\bstengetid|\bfine concerti|\bfine (?:della )?musica\b|\bencerramento\b|kraj programa|program v[ée]ge|z[áa]r[óo]ra|sona ermesi|fi de l['’]activitat|hora de tancament|zako[ńn]czeni[ea] (?:imprezy|wydarzenia)|\bl[íi]mite de (?:som|son|ru[íi]do)\b|\bhora[- ]l[íi]mite\b|\bfim d[ao] (?:som|m[úu]sica)\b/i],
  // A lobby call with its route ("lobby call Hotel X -> airport", "lobby call, Sam drives us to the airport") is the ride leaving.
  // So is the bus's departure in a Nordic compound ("Bussavgång", "Busafgang"), and a drop-off at the airport, hotel or
  // station ("Airport drop-off"), not a delivery ("Merch drop-off at the box office"); so is an "airport run" (a runner's drive).
  ['transfer', /transfer|pick[- ]?up|\b(?:airport|hotel|station)\s+(?:drop[- ]?off|runs?)\b|\bdrop[- ]?off\s+(?:at|to)\s+(?:the\s+)?(?:airport|hotel|station)\b|bus call|\blobby call\b(?=.*(?:→|->|–>|=>|\b(?:drives?|takes?|brings?)\s+(?:us|you|the band|everyone)\s+to\b))|\bbus\b|\bmini-?(?:bus|van)\b|shuttle|\btaxi\b|\bminibuss(?:en)?\b|\bbuss(?:en)?\b|\bbuss?av?(?:g[åa]ng|fgang)(?:en)?\b|\btåg(?:et)?(?![a-zåäö])|\btrain\b|\bzug\b|abholung|hämtning|traslado|navette|\bvan\b|\bdriver\b|odbiór|\bprijevoz|\bakstur\b|\btransfeer|^\s*(?:(?:night|overnight|car)\s+)?(?:ferry|f[äa]hre|f[äa]rjan?|fer[gj]en?|f[æa]rgen?|traghetto|veerboot|lautta)\b/i],
  ['interview', /interview|intervju|entrevista|\bradio\b|\bpress\b|presse/i],
  // A meet & greet is with fans, no meeting.
  // Settling the night's money with the promoter is a meeting ("Settlement", "Abrechnung").
  ['meeting', /meeting|\bmeet\b(?!\s*(?:&|and|n|'n')\s*greet)|besprechung|möte|reunión|réunion|vergadering|\bsettlement\b|\babrechnung\b/i],
  // Danish and Norwegian call the support slot the warm-up ("opvarmning", "oppvarming").
  ['set', /\bset\b|\bshow\b|showtime|show time|performance|on stage|sul palco|headline|support|opener|(?:artista|gruppo|band) di apertura|vorband|förband|opvarmning|oppvarming|telonero|\babridora?\b|premi[èe]re partie|1re partie|repr[ée]sentation|heure de passage|vorprogramm|voorprogramma|hoofdact|hoofdprogramma|headliner|t[êe]te d'affiche|concert|konzert|beginn|auftritt|konsert|actuación|concierto|optreden|\bslot\b|stage time|spelning|espet[áa]culo|fell[ée]p[ée]s|\bkoncert(?:u|y|em)?\b|el[őo]zenekar|actuaci[óo]|g[öo]steri|\bkonser\b|(?:^|\s)[áa] svi[ðd](?![\wðþæö])/i],
];
/** Languages whose item words live in their own table, with the words that send a phrase to another section. */
const MORE_LANGUAGES = [
  { kinds: BULGARIAN_HEBREW_KINDS, otherSection: BULGARIAN_HEBREW_OTHER_SECTION }, // activity-words-bg-he.ts
  { kinds: CHINESE_KINDS, otherSection: CHINESE_OTHER_SECTION }, // activity-words-zh.ts
  { kinds: CZECH_LITHUANIAN_KINDS, otherSection: CZECH_LITHUANIAN_OTHER_SECTION }, // activity-words-cs-lt.ts
  { kinds: JAPANESE_KINDS, otherSection: JAPANESE_OTHER_SECTION }, // activity-words-ja.ts
  { kinds: LATVIAN_INDONESIAN_KINDS, otherSection: LATVIAN_INDONESIAN_OTHER_SECTION }, // activity-words-lv-id.ts
  { kinds: UKRAINIAN_KINDS, otherSection: UKRAINIAN_OTHER_SECTION }, // activity-words-uk.ts
  { kinds: ROMANIAN_KINDS, otherSection: ROMANIAN_OTHER_SECTION }, // activity-words-ro.ts
  { kinds: SLOVENIAN_SERBIAN_KINDS, otherSection: SLOVENIAN_SERBIAN_OTHER_SECTION }, // activity-words-sl-sr.ts
  { kinds: RUSSIAN_KINDS, otherSection: RUSSIAN_OTHER_SECTION }, // activity-words-ru.ts
  { kinds: SLOVAK_KINDS, otherSection: SLOVAK_OTHER_SECTION }, // activity-words-sk.ts
  { kinds: VIETNAMESE_KINDS, otherSection: VIETNAMESE_OTHER_SECTION }, // activity-words-vi.ts
  { kinds: GEORGIAN_KINDS, otherSection: GEORGIAN_OTHER_SECTION }, // activity-words-ka.ts
  { kinds: AZERBAIJANI_KINDS, otherSection: AZERBAIJANI_OTHER_SECTION }, // activity-words-az.ts
  { kinds: PERSIAN_KINDS, otherSection: PERSIAN_OTHER_SECTION }, // activity-words-fa.ts
  { kinds: ARMENIAN_KINDS, otherSection: ARMENIAN_OTHER_SECTION }, // activity-words-hy.ts
  { kinds: MONGOLIAN_KINDS, otherSection: MONGOLIAN_OTHER_SECTION }, // activity-words-mn.ts
  { kinds: UZBEK_KINDS, otherSection: UZBEK_OTHER_SECTION }, // activity-words-uz.ts
  { kinds: KYRGYZ_KINDS, otherSection: KYRGYZ_OTHER_SECTION }, // activity-words-ky.ts
  { kinds: BENGALI_KINDS, otherSection: BENGALI_OTHER_SECTION }, // activity-words-bn.ts
  { kinds: URDU_KINDS, otherSection: URDU_OTHER_SECTION }, // activity-words-ur.ts
  { kinds: NEPALI_KINDS, otherSection: NEPALI_OTHER_SECTION }, // activity-words-ne.ts
  { kinds: PUNJABI_KINDS, otherSection: PUNJABI_OTHER_SECTION }, // activity-words-pa.ts
];
// Their words join their kind's pattern.
for (const entry of ACTIVITY_KINDS) {
  const extra = MORE_LANGUAGES.map((l) => l.kinds[entry[0]]).filter(Boolean).join('|');
  if (extra) entry[1] = new RegExp(`${entry[1].source}|${extra}`, 'i');
}

/**
 * Words of items that belong to other sections: meals, hotel stays, flights ("cena", but not in a
 * Romanian or Polish stage's name, "Scena X"). A German flight compound
 * has a travel prefix ("Rückflug", "Abflug"): an act's name may end in the word ("Kiebitzflug" plays).
 */
const OTHER_SECTION = /breakfast|lunch|dinner|catering|buyout|\bmeal|frühstück|abendessen|mittagessen|frukost|middag|(?<!\bs)cena|\beten\b|avondeten|almuerzo|\bve[čc]er(?:a|u|om)\b|\b(?:do)?ru[čc](?:ak|ka|ku)\b|dîner|\bdiner\b|déjeuner|\bontbijt|aftensmad|\bvacsora|\bebéd|\breggeli\b|\bsopar\b|\bdinar\b|\besmorzar|[àa]pats?\b|allotjament|yeme[ğg]i|kahvalt|jantar|almo[çc]o|refei[çc][ãa]o|kolacj|\bobiad|kv[öo]ldmat|h[áa]degismat|[śs]niadani|\botel\b|konaklama|hotel|szállás|\b(?:be|ki)jelentkez|check[- ]?(in|out)|\b(?:in|ut)checkning|\b(?:inn|ut)sjekk|anreise|abreise|flight|\b(?:hin|r[üu]ck|ab|heim|weiter|an|inlands|direkt)?flug\b|\bflyg|vuelo|\bvol\b|departure|arrival|\bdep\.?\s*\/\s*arr\b/i;
/** A flight number ("LH 2034"): in capitals, so case counts ("stage clear by 22:45" holds none); a decimal after it makes a radio's frequency ("FM 101.7"). */
const FLIGHT_NUMBER = /\b[A-Z]{2}\s?\d{2,4}\b(?![.,]\d)/;

/** "Porto (OPO)"; a US state's or a country's two-letter code may follow the city ("Boston, MA (BOS)"). */
const CITY_THEN_CODE = /([\p{Lu}][\p{L}.' -]{1,30}?)(?:,[ \t]*[A-Z]{2})?[ \t]*\(([A-Z]{3})\)/gu;
/** A time or a drawn route beside an airport's name. */
const FLIGHT_CONTEXT = /\d{1,2}[:.]\d{2}|→|->|\s[–—]\s/u;

/**
 * "06:35 Porto (OPO)": a city with its airport's code in brackets is a flight's departure or landing.
 * The city may be written short of its full name ("Frankfurt (FRA)" for Frankfurt am Main).
 */
function namesAirport(text: string): boolean {
  return [...text.matchAll(CITY_THEN_CODE)].some((m) => {
    const city = airportByCode(m[2]!)?.city;
    if (!city) return false;
    // "Домодедово (DME)", "Ош (OSS)": a name in another script before a known airport's Latin code names
    // the airport itself (or its city in its own language), which no English city list spells — unless an item's
    // word stands before the code with no time, arrow or second code on the line ("Саундчек (BOH)": BOH is back of house).
    if (!/\p{Script=Latin}/u.test(m[1]!)) {
      return FLIGHT_CONTEXT.test(text) || [...text.matchAll(CITY_THEN_CODE)].length >= 2 || !ACTIVITY_KINDS.some(([, re]) => re.test(m[1]!));
    }
    const written = foldText(m[1]!);
    const full = foldText(city);
    return written.endsWith(full) || full.startsWith(`${written.split(' ').pop()} `);
  });
}

/**
 * A place's opening hours ("Opening hours: 11:00–23:00" under the catering, the artist desk's "Öffnungszeiten"):
 * when it is open to everybody, no item of the day.
 */
export const OPENING_HOURS = /^\s*(?:opening (?:hours|times)|open(?:ing)? hours|öffnungszeit(?:en)?|öppettid(?:er)?|åbningstid(?:er)?|åpningstid(?:er)?|openingstijden|openingsuren|horaires? d'ouverture|horario de apertura|orari(?:o)? di apertura|aukioloaja(?:t)?)\s*$/iu;

/** Items that belong to other sections: meals, hotel stays, flights. */
export const NOT_ACTIVITY = {
  test: (text: string): boolean => OTHER_SECTION.test(text) || MORE_LANGUAGES.some((l) => l.otherSection.test(text)) || FLIGHT_NUMBER.test(text) || namesAirport(text),
};

/** "A → B": a route's origin and destination. */
export const ROUTE = /^(.+?)\s*(?:→|->|–>|=>)\s*(.+)$/;

/**
 * "Carga do camião / load-out": an item that names the load-out is no load-in, whatever other word of it reads
 * as one (Portuguese "carga" is the loading out, Spanish the loading in).
 */
const LOAD_OUT_ONLY = /^(?!.*\b(?:load|get)[- ]?in\b).*\b(?:load|get)[- ]?out\b/i;

/** The kind of item a phrase names; null when it belongs to another section, 'other' when it names none. */
export function activityKind(text: string): ActivityKind | null {
  // "Airport to hotel", "Transport: Hotel Adler → Club Foo": a ride named by its route (ride-route.ts).
  if (namesRideRoute(text, activityKind)) return 'transfer';
  if (NOT_ACTIVITY.test(text) && !ACTIVITY_KINDS.find(([k]) => k === 'transfer')![1].test(text)) return null;
  for (const [kind, re] of ACTIVITY_KINDS) if (re.test(text) && !(kind === 'load_in' && LOAD_OUT_ONLY.test(text))) return kind;
  return 'other';
}
