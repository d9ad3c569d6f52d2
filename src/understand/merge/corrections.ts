/**
 * A message that explicitly corrects an earlier document ("One change vs the day sheet: curfew is now
 * 23:00", "Änderung zum Tagesablauf: …", "correction to the contract: the fee is …") outranks that
 * document on what it states: the correction is newer by its own word. The disagreement is still
 * reported as a conflict (merge/fields.ts).
 */
import type { Activity, ExtractedSource } from '../../interfaces.js';
import type { Draft } from '../found.js';
import type { Authority } from './authority.js';

const CHANGE_WORD = String.raw`(?:change|changes|correction|corrected|update|updated|amendment|änderung|aenderung|korrektur|cambio|cambiamento|modifica|correzione|corrección|correccion|cambios?|changement|modification|rectificatif|ændring|ändring|endring|wijziging)`;
const RELATION = String.raw`(?:vs\.?|versus|to|from|on|in|of|zu[mr]?|im|gegenüber|rispetto\s+a[lla]*|al|alla|del|sul|respecto\s+a[l]?|de[l]?|du|au|à|til|till|van|op)`;
/** The deal's documents: "correction to the contract", "Änderung zum Angebot". */
const DEAL_DOCUMENT = String.raw`contract|agreement|offer|deal(?:\s+memo)?|vertrag|angebot|avtal(?:et)?|kontrakt(?:en|et)?|contrato|oferta|contrat|offre|contratto|offerta|overeenkomst`;
const DOCUMENT_WORD = String.raw`(?:day\s*sheet|daysheet|itinerary|advance(?:\s+sheet)?|schedule|running\s+order|timetable|time\s*table|tagesablauf|ablaufplan|zeitplan|laufzettel|foglio\s+di\s+giornata|programma|scaletta|horario|hoja\s+de\s+ruta|feuille\s+de\s+route|planning|kjøreplan|dagsplan|körschema|dagschema|draaiboek|${DEAL_DOCUMENT})`;
/** A contract's own clause on changes ("changes to the agreement must be made in writing") corrects nothing. */
const BOILERPLATE = String.raw`(?![^.\n]{0,60}\b(?:must|shall|only|requires?|valid|writing|schriftlich|bedürfen|skriftlig\w*|escrito|écrit|iscritto|schriftelijk|kirjallisesti)\b)`;
/** Finnish names the document in the illative, with no preposition: "muutos aikatauluun", "korjaus sopimukseen". */
const FINNISH_CORRECTION = String.raw`(?:muutos|korjaus|päivitys)\s+(?:aikatauluun|päiväohjelmaan|keikkatietoihin|sopimukseen|tarjoukseen)`;
/** "change vs the day sheet", "update to the itinerary", "modifica rispetto al foglio di giornata". */
const CORRECTION = new RegExp(String.raw`(?:\b${CHANGE_WORD}\s+${RELATION}\s+(?:the\s+|our\s+|your\s+|dem\s+|der\s+|il\s+|la\s+|el\s+|le\s+|het\s+|de\s+)?${DOCUMENT_WORD}|\b${FINNISH_CORRECTION})\b${BOILERPLATE}`, 'iu');

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A chat export's message stamp at a line's start: "[12/10/27, 18:42:10]", "12.10.27, 18:42 -". */
const MESSAGE_START = /^\s*\[?\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}:\d{2}/;

/**
 * "Doors 18h45 instead of 19h15", "Einlass 19:30 statt 20 Uhr", "doors are now 20:15, not 20:45": a time given in place of another is
 * newer by its own word, whatever document it corrects; the statement is the new time.
 */
const CLOCK = String.raw`\d{1,2}(?:[:.h]\d{2}|\s*h\b|\s*uhr\b|\s*[ap]\.?m\.?)`;
const INSTEAD_OF = new RegExp(String.raw`${CLOCK}(?=\s*(?:,\s*not|instead of|in plaas van|rather than|au lieu de|statt|anstatt|en lugar de|en vez de|in plaats van|invece delle|invece di|i stället för|i stedet for)\s+(?:the\s+|les\s+|den\s+)?${CLOCK})`, 'giu');

/** The correction's statement, [start, end): from its change word to the end of its message or paragraph. */
function correctionRegions(text: string): [number, number][] {
  const regions: [number, number][] = [...text.matchAll(INSTEAD_OF)].map((m) => [m.index, m.index + m[0].length]);
  for (const m of text.matchAll(new RegExp(CORRECTION.source, 'giu'))) {
    let end = text.indexOf('\n', m.index);
    while (end >= 0) {
      const next = text.indexOf('\n', end + 1);
      const line = text.slice(end + 1, next < 0 ? undefined : next);
      if (!line.trim() || MESSAGE_START.test(line)) break;
      end = next;
    }
    regions.push([m.index, end < 0 ? text.length : end]);
  }
  return regions;
}

/** Values read from a correction's own statement outrank the others; the rest of that source does not. */
export function correctionAuthority(sources: ExtractedSource[]): Authority {
  const texts = new Map(sources.map((s) => [s.name, s.text]));
  const regions = new Map(sources.map((s) => [s.name, correctionRegions(s.text)]));
  return (source, found) => {
    const span = found?.span;
    if (!span || !regions.get(source)?.some(([from, to]) => span[0] >= from && span[1] <= to)) return 0;
    // "your set is now 21:30": a day read from a relative word ("now", "today") is not a corrected date.
    return ISO_DATE.test(String(found.value)) && !/\d/.test(texts.get(source)!.slice(span[0], span[1])) ? 0 : 1;
  };
}

/** Kinds a show has once: a corrected time replaces the old one instead of adding a second item. */
const ONCE_A_DAY = new Set(['curfew', 'doors']);

/** Activities without the once-a-day items (curfew, doors) a correcting source restates for the same date. */
export function withoutCorrectedActivities(drafts: Draft<Activity>[], authority: Authority): Draft<Activity>[] {
  const corrected = drafts.filter((d) => d.kind && ONCE_A_DAY.has(d.kind.value) && authority(d.kind.source, d.kind) > 0);
  return drafts.filter((d) => !d.kind || authority(d.kind.source, d.kind) > 0 || !corrected.some((c) =>
    c.kind!.value === d.kind!.value && c.date?.value === d.date?.value && c.startTime?.value !== d.startTime?.value));
}
