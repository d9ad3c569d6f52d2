/**
 * A contact sheet's rows that name no person: a desk or a service line ("Box Office", "Reception",
 * "Front desk", "Guest list" with its mailbox) and the practical notes a venue puts below its people ("Wi-Fi", "Parking",
 * "Nearest A&E") — the latter carry neither a phone nor an e-mail, so a row without either must at
 * least be written as a person's full name ("Carl Berg", as a crew list gives a driver without numbers).
 */
import { looksLikePersonName } from './people.js';

/**
 * Desks and services, in the languages of the lexicon: a row named so is not a person. An emergency
 * line ("Police", a named hospital, clinic or police station: "Lakeside General Hospital (24 hrs)") is none either.
 */
const DESK = /^(?:box[- ]?office|ticket(?:ing| office|s)?|reception|front ?desk|switchboard|main office|office|accounts?|billing|info(?:rmation)?|wi-?fi|wlan|parking|parkeren|kassa|kassa \/ kantoor|kantoor|kasse|billetterie|accueil général|taquilla|biljettkontor|emergency|emergencies|urgences?|notruf|nearest (?:a&e|hospital|er)|hospital|a&e|police|polizei|ambulance|fire (?:brigade|service)|(?:[\p{L}'’.&-]+ ){1,4}(?:hospital|clinic|police station)(?: \([^()]*\))?|guest ?list|gästeliste|gaesteliste|gastenlijst|accreditation|akkreditierung)$/iu;

/**
 * Whether a table row named `name` (its cell `written` as it stands), with or without a phone or e-mail, is a
 * person's. A bilingual cell names a desk in either half ("Kaartjiekantoor / Box office").
 */
export function isPersonRow(name: string, reachable: boolean, written = name): boolean {
  const desk = [name, ...written.split(/\s+\/\s+/)].some((half) => DESK.test(half.trim()));
  return !desk && (reachable || looksLikePersonName(name.replace(/\s*,\s*/g, ' ')));
}
