/**
 * technical: the show's technical needs as free text per area (equipment, backline, stage, lighting,
 * sound, video, other). Read from riders (the whole document) and, elsewhere, only inside a block
 * headed "Technical…" (an advancing form's "6. Technik", a workbook's "Tech" sheet), which ends at
 * the next heading of another topic — so a day sheet's "Stage: Main stage" or a contact list's
 * "FOH: Jo, 0171…" is not taken for a requirement. Each area is a heading followed by its paragraph
 * (taken whole, labels inside it included) or a `Label: value` row. Rows for power, or headed
 * "Other", go to `other`, power with its label ("Power: 32 A CEE") as the field is written.
 */
import { isTwoLanguageLabel } from '../text/bilingual-stacked.js';
import { knownHalf } from '../text/bilingual-value.js';
import type { ExtractedSource, Technical } from '../../interfaces.js';
import type { SectionExtractor } from '../context.js';
import { found, type Draft, type Found } from '../found.js';
import { normaliseText } from '../normalise/index.js';
import {
  evidenceAt, headingText, isNotApplicable, isPendingValue, labelKey, opensSection, read, sectionTitle, type Labelled, type LabelKey, type Line,
} from '../text/index.js';
import { categorise, isVisitingPack } from './documents.js';
import { technicalAnswers } from './technical-answers.js';
import { foldText } from '../../reference/index.js';
import { productionBlock } from './technical-production.js';
import { wrappedValue } from '../text/wrapped-value.js';
import { continuationBelow, isUnansweredQuestion, spacedNeighbours } from './technical-spaced-rows.js';
import { speckAnswer } from './technical-speck-answer.js';
import { technicalProse } from './technical-prose.js';
import { runningLines } from '../text/page-furniture.js';

const AREA: Partial<Record<LabelKey, keyof Technical>> = {
  equipment: 'equipment', backline: 'backline', stage: 'stage', lighting: 'lighting', sound: 'sound', video: 'video',
  technical: 'other', power: 'other',
};

/** Keys whose label is part of the text in `other` ("Strom: 1 x 32 A"); a generic "Other:" label is not. */
const LABEL_KEPT_IN_OTHER: ReadonlySet<LabelKey> = new Set(['power']);

function areaOf(text: string): keyof Technical | null {
  const key = labelKey(text);
  return key ? AREA[key] ?? null : null;
}

/**
 * A heading line naming an area. A word before the area is left aside ("Eigenes Equipment", "House
 * Lighting"); a heading joining two areas ("Strom & Sonstiges") is a mixed block, read as other,
 * unless both name the same one ("Ton / PA"); Italian joins them with "e" ("Corrente e varie").
 */
function headingKey(line: Line): keyof Technical | null {
  const t = headingText(line);
  if (!t || isUnansweredQuestion(line)) return null;
  const whole = areaOf(t);
  if (whole) return whole;
  const parts = t.split(/\s+(?:[/&+]|and|und|och|og|et|y|en|e)\s+/i);
  // "Video & Streaming": a part that is no label at all goes along with the area it is joined to.
  const named = parts.filter((p) => labelKey(p) || labelKey(p.split(/\s+/).pop()!));
  if (!named.length) return null;
  const areas = named.map((p) => areaOf(p) ?? areaOf(p.split(/\s+/).pop()!));
  if (areas.some((a) => !a)) return null;
  return new Set(areas).size === 1 ? areas[0]! : 'other';
}

/**
 * The word a technical section is headed with, in the languages read (either half of "Tekniikka / Technical",
 * "Stage X – Technical"), or a venue's spec ("House spec", "Production / Venue specs"); not "Production" alone,
 * which also heads a whole production advance.
 */
// Japanese heads it with its gear, "機材" ("■ 機材・制作").
// Azerbaijani by its adjective ("Texniki məlumat", also in capitals with their dotted "İ").
// Cyrillic by its adjective ("Технические требования", "Технічний райдер", "Технически изисквания"); "Техника" alone heads prose.
// Nepali and Hindi by theirs too ("प्राविधिक (सारांश)", "तकनीकी विवरण").
const TECHNICAL_TOPIC = /^(?:技術|技术|機材|प्राविधिक|तकनीकी|tech|технич|техніч|technical|technik|teknik|tekniik|técnic|tecnic|technique|techniek|technisch|tækni|tehnik|texn[iİ]k|(?:(?:house|venue|production|stage)\s+)?spec(?:s|ification)?\b)/i;

function isTechnicalHeading(line: Line): boolean {
  const t = sectionTitle(line);
  // A stage's name may stand before a dash: "Main Stage – technical summary".
  return !!t && t.length <= 50 && t.split(/\s+[/–—-]\s+/).some((half) => TECHNICAL_TOPIC.test(half));
}

/** A heading of another topic ends a technical block; its own area headings ("LIGHTING", "Sonstiges") do not. */
function isOtherTopicHeading(line: Line): boolean {
  return opensSection(line) && !headingKey(line) && !isTechnicalHeading(line);
}

/**
 * "7. Technik" … "8. Sonstiges": a miscellany numbered beside the technical section (guest list, Wi-Fi,
 * merchandise) is the paper's own last section, not the technical block's "other".
 */
function isNumberedMiscellany(line: Line, technical: Line): boolean {
  const title = headingText(line);
  return NUMBERED_SECTION.test(technical.text) && NUMBERED_SECTION.test(line.text) && !!title && labelKey(title) === 'technical' && !isTechnicalHeading(line);
}

/** The lines [from, to) a non-rider's technical block covers, or null when it has none. */
function technicalBlock(lines: Line[]): [number, number] | null {
  const from = lines.findIndex(isTechnicalHeading);
  if (from < 0) return null;
  const end = lines.findIndex((l, i) => i > from && (isOtherTopicHeading(l) || isNumberedMiscellany(l, lines[from]!)));
  return [from, end < 0 ? lines.length : end];
}

/**
 * Three or more lines in a row, each a `Label: value` row of a technical area ("Backline: …", "Sound: …",
 * "Stage: …"), as an e-mail lists the house's gear without a "Technical" heading: they are a block of their own.
 * A row naming or reaching a person ("Sound: Jo Bell", "Sound: Jo Bell, +44 …", "Lighting: kim@…") is a crew
 * list's, not a need.
 */
const AREA_RUN = 3;
const PERSON_ONLY = /^\s*\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,2}\s*$/u;
function reachesSomeone(value: string): boolean {
  // A phone has seven digits or more in one run ("22/12/16" sizes a drum kit).
  const phone = (value.match(/\+?\d[\d ()-]{5,}\d/g) ?? []).some((run) => run.replace(/\D/g, '').length >= 7);
  return value.includes('@') || phone || PERSON_ONLY.test(value);
}
function areaRowRun(lines: Line[], labelled: Labelled[], labelledLines: Set<number>): [number, number] | null {
  const rows = [...new Set(labelled.filter((l) => l.key && AREA[l.key] && AREA[l.key] !== 'other' && !reachesSomeone(l.value)).map((l) => l.line.index))].sort((a, b) => a - b);
  // Rows a scan spaced apart still run on (technical-spaced-rows.ts).
  const next = (k: number) => k + 1 < rows.length && spacedNeighbours(lines, labelledLines, rows[k]!, rows[k + 1]!);
  for (let i = 0; i + AREA_RUN - 1 < rows.length; i++) {
    let end = i;
    while (next(end)) end++;
    if (end - i + 1 >= AREA_RUN) return [rows[i]!, powerRowAfter(lines, labelled, labelledLines, rows[end]!) + 1];
    i = end;
  }
  return null;
}

/** A power row right after a run's last row ("Power: 32 A CEE") closes the run; else the last row does. */
function powerRowAfter(lines: Line[], labelled: Labelled[], labelledLines: Set<number>, last: number): number {
  const power = labelled.find((l) => l.key === 'power' && l.line.index > last);
  return power && spacedNeighbours(lines, labelledLines, last, power.line.index) ? power.line.index : last;
}

/**
 * Headed paragraphs within [from, to); returns the lines they cover, which labels then leave alone.
 * A heading whose first line is a row of another area ("6. Technik" over "Backline  Drumset…")
 * heads a section of rows, not a paragraph; "Other" over "Power: 32 A. Towels." is its paragraph.
 */
function fromHeadings(
  source: ExtractedSource, lines: Line[], [from, to]: [number, number], rowArea: Map<number, keyof Technical>, draft: Draft<Technical>, act: string | undefined,
): Set<number> {
  const covered = new Set<number>();
  const furniture = runningLines(lines);
  for (let i = from; i < to; i++) {
    // The act's name as a title ("MARROW LIGHTS") heads the whole rider, whatever area its last word names.
    const area = act && foldText(headingText(lines[i]!) ?? '') === foldText(act) ? null : headingKey(lines[i]!);
    if (!area || (draft[area] && !NUMBERED_SECTION.test(lines[i]!.text))) continue;
    const body = sectionBody(lines, i, to, area, rowArea, furniture);
    const written = bodyText(body);
    // "Dim / None – …" under a two-language heading: the known half's language (text/bilingual-value.ts).
    const text = normaliseText(knownHalf(lines[i]!.text, written)?.value ?? written);
    const firstRow = rowArea.get(body[0]?.index ?? -1);
    // "8. Technical" over a table (a header row, then "Sound ⇥ …"): the section's heading over rows of other areas.
    const headsRows = isTechnicalHeading(lines[i]!) && body.some((l) => (rowArea.get(l.index) ?? area) !== area);
    // A form's ticked box below an empty area row ("[x] Stage plot e-mailed") answers another question.
    if (!text || (firstRow && firstRow !== area) || headsRows || refersToRider(text) || TICK_BOX.test(text)) continue;
    // A second numbered section of the area ("3. Audio", then "5. Monitors") goes on with its text.
    const earlier = draft[area];
    draft[area] = earlier
      ? { ...earlier, value: `${earlier.value} ${text}` }
      : found(text, evidenceAt(source, [body[0]!.start, body[body.length - 1]!.end], 'label'));
    for (const l of body) covered.add(l.index);
  }
  return covered;
}

const TICK_BOX = /^\[[ x✓✔]\]/i;

/**
 * "3. Audio", "4) Licht": a rider's numbered section, whose text may run over several paragraphs; a heading
 * set in capitals may leave out the number's dot ("4 POWER & CREW").
 */
const NUMBERED_SECTION = /^\s*\d{1,2}(?:[.)]\s+\p{L}|[ \t]+\p{Lu}{2}[\p{Lu}\d &/,'’()-]*$)/u;

/** A list item's bullet ("* 1 x bass amp", "• Drum riser"). */
const BULLET = /^\s*[•·*▪‣-]\s+(?=\S)/u;

/** Lines that open with a bulleted item (the lines after it may be the items and their wrapped ends). */
function isBulletList(body: Line[]): boolean {
  return body.length > 0 && BULLET.test(body[0]!.text);
}

/**
 * A section's text as one paragraph; a bulleted list's items are joined with "; " and lose their bullets
 * ("* 2 x wedges" / "* 1 x drum riser" → "2 x wedges; 1 x drum riser"), a wrapped item's end going on with it.
 */
function bodyText(body: Line[]): string {
  if (!isBulletList(body)) return body.map((l) => l.text).join(' ');
  const items: string[] = [];
  for (const l of body) {
    if (BULLET.test(l.text)) items.push(l.text.replace(BULLET, '').trim());
    else items[items.length - 1] += ` ${l.text.trim()}`;
  }
  return items.join('; ');
}

/**
 * The lines of the area headed on line `at`: its paragraph, and for a numbered section the paragraphs
 * after it that open with a row of the same area, on the same page.
 */
function sectionBody(
  lines: Line[], at: number, to: number, area: keyof Technical, rowArea: Map<number, keyof Technical>, furniture: Set<string>,
): Line[] {
  const numbered = NUMBERED_SECTION.test(lines[at]!.text);
  const body: Line[] = [];
  let gap = false;
  for (let j = at + 1; j < to; j++) {
    const l = lines[j]!;
    // A page's running header or footer ("Acme Ltd · Rider v2 · Page 1 of 3") is the paper's, not the section's.
    if (furniture.has(l.text.trim())) continue;
    if (!l.text.trim()) { if (body.length && !numbered) break; gap = body.length > 0; continue; }
    // "Offer cefn llwyfan / Backline" over its text, then "Parcio / Parking": a two-language form's next row.
    if (headingKey(l) || isTwoLanguageLabel(l.text)) break;
    // "5. Input list", "9. Catering": the rider's next numbered section, of a topic no area names, ends this one.
    if (numbered && NUMBERED_SECTION.test(l.text) && opensSection(l)) break;
    // "We bring: …" under a bulleted backline list: a row of another area ends the list.
    if (isBulletList(body) && rowArea.has(l.index) && rowArea.get(l.index) !== area) break;
    // Past a blank line only another row of the same area goes on ("FOH: …" after "PA: …" under "Audio").
    if (gap && (rowArea.get(l.index) !== area || l.page !== body[0]!.page)) break;
    gap = false;
    body.push(l);
  }
  return body;
}

/**
 * A contract's technical clause that only points to the rider ("Sound, light and stage as per the
 * attached technical rider (v3).", "7.1 Per Band's rider, sent separately.", "…ekteki teknik rider'a göre … karşılanır."): one sentence, naming
 * the rider as where the needs are written, states none of them.
 */
const RIDER_POINTER = /\b(?:as per|according to|in accordance with|per|laut|gem[äa]ß|entsprechend|selon|conform[ée]ment|seg[úu]n|segons|conforme|secondo|volgens|enligt|ifølge|ekteki|ekli)\b[^.]{0,60}\brider|\brider\S*\s+(?:\([^()]*\)\s+)?(?:g[öo]re|gem[äa]ß|zufolge)/iu;
/**
 * "The technical rider (annex 1) is an integral part of this contract. Deviations … in writing …": a clause making the
 * rider part of the contract, its other sentences on how it is changed, states no needs either — no counted or
 * measured item ("2 x", "32 A", "8 m") stands in it.
 */
const RIDER_INCORPORATED = /\brider\b[^.]{0,120}\b(?:integral(?:e|en)?\s+part|integrierende[rn]?\s+Bestandteil|Bestandteile?|partie\s+int[ée]grante|parte\s+integrante|integraal\s+(?:onder)?deel|integrerad\s+del)/iu;
const MEASURED_ITEM = /\d\s*(?:x|×|kw|a|m|ch|channels?|kan[äa]le|kanaler)(?![\p{L}])/iu;
const INCORPORATION_CLAUSE = 600;
function refersToRider(text: string): boolean {
  if (text.length <= INCORPORATION_CLAUSE && RIDER_INCORPORATED.test(text) && !MEASURED_ITEM.test(text)) return true;
  return text.length <= 240 && !/[.!?]\s+\p{Lu}/u.test(text) && RIDER_POINTER.test(text);
}

/** A row's label before its value, without a list's letter ("f) Power") and with the colon its language writes (Armenian "՝"). */
function labelAsWritten(label: string): string {
  const bare = label.replace(/\s*\*+$/, '').replace(/^\s*(?:[a-h]|[ա-ժ])\)\s+/u, '');
  return /\p{Script=Armenian}$/u.test(bare) ? `${bare}՝` : `${bare}:`;
}

/** `other` from its rows, in order: power with its label, other remarks as written. */
function otherOf(source: ExtractedSource, lines: Line[], rows: Labelled[]): Found<string> | null {
  const parts = rows.map((l) => {
    const text = normaliseText(wrappedValue(lines, l).value);
    return text && LABEL_KEPT_IN_OTHER.has(l.key!) ? `${labelAsWritten(l.label)} ${text}` : text;
  }).filter((p): p is string => !!p);
  if (!parts.length) return null;
  const text = parts.map((p, i) => (i < parts.length - 1 && !/[.!?]$/.test(p) ? `${p}.` : p)).join(' ');
  return found(text, evidenceAt(source, [rows[0]!.span[0], rows[rows.length - 1]!.span[1]], 'label'));
}

export const extract: SectionExtractor<Technical> = (ctx) => ctx.sources.flatMap((source) => {
  const r = read(source);
  // A venue's visiting-artist pack describes its house as a rider does, all through (documents.ts).
  // A form's numbered production section of area rows is its technical block (technical-production.ts).
  const block = categorise(source) === 'rider' || isVisitingPack(source) ? [0, r.lines.length] as [number, number] : technicalBlock(r.lines) ?? productionBlock(r.lines, AREA);
  // An advance questionnaire has no technical block: its answers are read question by question, beside
  // any run of area rows without a heading.
  const answered: Draft<Technical> = block ? {} : technicalAnswers(source, r.lines, AREA);
  const labelledLines = new Set(r.labelled.map((l) => l.line.index));
  const range = block ?? areaRowRun(r.lines, r.labelled, labelledLines);
  // No block and no rows, or a block that held nothing (a "Tech:" line read as a heading, a mail that names
  // a rider): a mail's or a chat's prose may still tell the house's gear (technical-prose.ts).
  const prose = () => technicalProse(source, r.lines, r.turns);
  if (!range) {
    const told = Object.keys(answered).length ? answered : prose();
    return Object.keys(told).length ? [told] : [];
  }
  const inBlock = r.labelled.filter((l) => l.key && AREA[l.key] && l.line.index >= range[0] && l.line.index < range[1]);
  const draft: Draft<Technical> = { ...answered };
  // A headed paragraph is the area's text as a whole; a label inside it ("Power: …") is part of it.
  const covered = fromHeadings(source, r.lines, range, new Map(inBlock.map((l) => [l.line.index, AREA[l.key!]!])), draft, ctx.general.artist?.value);
  const rows = inBlock.filter((l) => !covered.has(l.line.index));
  for (const l of rows) {
    const area = AREA[l.key!]!;
    if (area === 'other' || draft[area]) continue;
    // A row's value wraps onto the lines below it ("We bring: guitars, … the" / "dLive surface.").
    // "Haze / FX None : 7": the answer sits in the label, a speck after it (technical-speck-answer.ts).
    const wrapped = speckAnswer(l) ?? wrappedValue(r.lines, l).value;
    // A run of spaced rows: a plain line before the next row goes on with this row's answer.
    const below = block ? null : continuationBelow(r.lines, labelledLines, l, rows.find((x) => x.line.index > l.line.index)?.line.index ?? range[1]);
    const text = normaliseText(below ? `${wrapped} ${below.text.trim()}` : wrapped);
    if (text && !isPendingValue(text) && !isNotApplicable(text)) draft[area] = found(text, evidenceAt(source, below ? [l.span[0], below.end] : l.span, 'label'));
  }
  const other = draft.other ? null : otherOf(source, r.lines, rows.filter((l) => AREA[l.key!] === 'other'));
  if (other) draft.other = other;
  const told = Object.keys(draft).length ? draft : prose();
  return Object.keys(told).length ? [told] : [];
});
