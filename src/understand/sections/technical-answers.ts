/**
 * technical from an advance questionnaire answered inline ("Backline vom Haus? / Backline needed?"
 * over "Only a bass amp, the rest is ours"): a question naming a technical area gives that area the
 * answer. A question about the band's own gear ("Eigenes FOH-Pult / own FOH desk & IEM?") is what
 * the band brings, so its answer is `equipment`. Questions about a person (an engineer, a contact)
 * and answers that reach someone or only say yes/no are left to the other sections.
 */
import type { ExtractedSource, Technical } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { normaliseText } from '../normalise/index.js';
import { evidenceAt, labelKey, questionAnswers, type LabelKey, type Line } from '../text/index.js';

/** "own", "eigenes", "bring": the question is about the band's own gear. */
const OWN_GEAR = /(?<![\p{L}])(?:own|eigene[nrsm]?|bring\w*|mitbringen|propres?|propi[oa]s?|egen|eget|eigen)(?![\p{L}])/iu;
/** Gear a band may bring that names no area of its own: a desk, in-ears, microphones. */
const GEAR = /(?<![\p{L}])(?:desks?|consoles?|mixers?|\p{L}*pult|iems?|in-?ears?|mics?|microphones?|mikrofone?|racks?|gear)(?![\p{L}])/iu;
/** A question about a person: "FOH engineer?", "Eigener Lichttechniker?", "Own LD?". */
const ABOUT_PERSON = /(?:techniker|tekniker|engineer|technician|designer|operator|kontakt|contact|(?<![\p{L}])LD(?![\p{L}]))/iu;
/** "Yes: …", "Ja, …": the answer's assent before the gear it lists. */
const ASSENT = /^(?:yes|ja|oui|s[ií]|yep)\b[\s:,.–-]*/i;
const REFUSAL = /^(?:no|nein|non|nej|none|keine?|n\/a|-|–)\b[\s.!]*$/i;

/** The technical area a question names, by any of its words. */
function areaOfQuestion(question: string, areas: Partial<Record<LabelKey, keyof Technical>>): keyof Technical | null {
  const keys = [labelKey(question), ...question.split(/[^\p{L}]+/u).filter(Boolean).map((w) => labelKey(w))];
  const area = keys.map((k) => (k ? areas[k] : undefined)).find((a) => a && a !== 'other');
  return area ?? null;
}

export function technicalAnswers(
  source: ExtractedSource, lines: Line[], areas: Partial<Record<LabelKey, keyof Technical>>,
): Draft<Technical> {
  const draft: Draft<Technical> = {};
  for (const qa of questionAnswers(source, lines)) {
    if (ABOUT_PERSON.test(qa.label) || qa.value.includes('@') || /\+?\d[\d ]{7,}\d/.test(qa.value)) continue;
    // A bracketed remark explains the question ("Your slot (day, stage, time)"): its words name no area.
    const area = areaOfQuestion(qa.label.replace(/\([^()]*\)/g, ' '), areas);
    const own = OWN_GEAR.test(qa.label) && (area || GEAR.test(qa.label));
    const target = own ? 'equipment' : area;
    if (!target) continue;
    const assent = ASSENT.exec(qa.value)?.[0].length ?? 0;
    const text = normaliseText(qa.value.slice(assent));
    if (!text || REFUSAL.test(text) || draft[target]) continue;
    draft[target] = found(text, evidenceAt(source, [qa.span[0] + assent, qa.span[1]], 'label'));
  }
  return draft;
}
