/**
 * "Tour Manager (Pale Orchards)", "TM (Acme Touring)": a role cell with the organisation it is held at in
 * brackets, told apart from brackets that only qualify the role (a region, a stage, a scope, "(venue)").
 */
import { countryCode } from '../../reference/index.js';
import { ROLE_WORDS } from './people.js';

/** A capital, or a letter of a script without capitals (Devanagari, Bengali, Arabic). */
const NAME_START = /^(?:\p{Lu}|[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Arabic}])/u;

/** A region a role covers ("Booking agent (Asia)", "Promoter (Nordics)"): where, not who it is held at. */
const REGION_ASIDE = /^(?:europe|eu|emea|apac|asia|americas|north america|south america|latin america|scandinavia|nordics?|benelux|dach|baltics|worldwide|world|international|rest of (?:the )?world|row)$/i;

/** A bracket that qualifies the role rather than naming who it is held at ("(FOH)", "(day 1)", "(venue)"), also the act's or house's side in other languages ("(Künstler)", "(Artiste)", "(Haus)"). */
const ROLE_ASIDE = /^(?:venue|house|in-house|local|band|artist|tour|day of show|dos|k[üu]nstler(?:in)?|artiste|artista|artiest|haus|hus|huset)$/iu;
/** A bracket naming the stage the role is held on ("Stage manager (Main Stage)", "Regidor (Escenari Gran)"): where, not who. */
const STAGE_ASIDE = /(?<![\p{L}])(?:stage|bühne|scen[ae]?|scène|escenari|escenario|palco|podium|sahne|lava)(?![\p{L}])/iu;

/** A bracket listing the role's fields with spaced slashes ("Technician (Sound / Light)"): what it covers, not who it is held at. */
const SCOPE_LIST = /^[\p{L}-]+(?:\s+\/\s+[\p{L}-]+)+$/u;

/**
 * "Tour Manager (Pale Orchards)" in a sheet without a company column: the capitalised name in brackets
 * after the role is the organisation the role is held at (as a POC's "Name (role · company)"); in a
 * script without capitals ("प्रमोटर (सगरमाथा इभेन्ट्स)") any name in brackets may be.
 */
export function roleAtCompany(role: string): { role: string; company: string } | null {
  const m = /^([^()]+?)\s*\(([^()]+)\)$/.exec(role);
  const company = m?.[2]!.trim();
  if (!m || !company || !NAME_START.test(company) || /\d/.test(company) || ROLE_WORDS.test(company) || ROLE_ASIDE.test(company) || STAGE_ASIDE.test(company) || SCOPE_LIST.test(company)) return null;
  if (REGION_ASIDE.test(company) || countryCode(company)) return null;
  return { role: m[1]!.trim(), company };
}
