/**
 * A house's gear told in prose, as a promoter's mail or a supplier's chat message writes it without a
 * technical block or rows: "Tech: Jo has got the backline covered – Ludwig kit, Fender Bassman. PA is d&b
 * V8 with 4 subs. Stage is 10m x 8m." or "Rig: Meyer Leo 6 a side, FOH SD7" / "Stage 12x8m, riser
 * 2x2, backline kit Yamaha 22"". Each sentence, and each comma clause opening with an area's word, is
 * one area's text; clauses after it without an area word go on with it. A passage counts only when three
 * areas or more are written with a figure each (a size, a count, a model): a day sheet's "Stage 2" or
 * "sound by the house crew" names an area and specifies nothing.
 */
import type { ExtractedSource, Technical } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { normaliseText } from '../normalise/index.js';
import { evidenceAt, labelKey, type Line } from '../text/index.js';
import type { ChatTurn } from '../text/mask.js';

type Area = keyof Technical;

const PROSE_AREA: Partial<Record<string, Area>> = {
  equipment: 'equipment', backline: 'backline', stage: 'stage', lighting: 'lighting', sound: 'sound', video: 'video', power: 'other',
};

/** Gear words prose opens an area with that a row's label does not ("System: d&b", "A 60kVA generator backs up the mains"). */
const PROSE_WORDS: [RegExp, Area][] = [[/^(?:system|rig)$/i, 'sound'], [/^(?:generators?|gensets?)$/i, 'other']];

const MIN_AREAS = 3;
const CLOCK = /(?<![\d.])\d{1,2}[:.]\d{2}(?![\d.])|\b\d{1,2}\s*(?:am|pm)\b/i;

// Every word of a source's prose is looked up (labelKey folds it through the whole lexicon): remembered,
// and forgotten in bulk past a bound so a long-running worker's memory stays flat.
const areaOfBare = new Map<string, Area | null>();
const REMEMBERED_WORDS = 20_000;

function areaOfWord(word: string): Area | null {
  const bare = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  if (!bare) return null;
  const known = areaOfBare.get(bare);
  if (known !== undefined) return known;
  const key = labelKey(bare);
  const area = (key && PROSE_AREA[key]) ?? PROSE_WORDS.find(([re]) => re.test(bare))?.[1] ?? null;
  if (areaOfBare.size >= REMEMBERED_WORDS) areaOfBare.clear();
  areaOfBare.set(bare, area);
  return area;
}

/** The area a sentence is about: the first area word in it ("Jo has got the backline covered …", "A 60kVA generator …"). */
function sentenceArea(sentence: string): Area | null {
  for (const word of sentence.split(/\s+/)) {
    const area = areaOfWord(word);
    if (area) return area;
  }
  return null;
}

/** The clause's own text, without its lead-in: "PA is X" → X, "… the backline as per rider – X" → X, "System: X" → X. */
function leadInDropped(clause: string): string {
  const dash = clause.match(/\s[–—-]\s+(.+)$/s);
  if (dash && areaOfWordsBefore(clause.slice(0, dash.index))) return dash[1]!;
  const copula = clause.match(/^(?:the\s+)?[\p{L}&]+(?:\s+[\p{L}&]+)?\s+(?:is|are|will be)\s+(.+)$/isu);
  if (copula && areaOfWordsBefore(clause.slice(0, clause.length - copula[1]!.length))) return copula[1]!;
  const colon = clause.match(/^[^:]{1,30}:\s*(.+)$/s);
  if (colon && areaOfWordsBefore(clause.slice(0, clause.indexOf(':')))) return colon[1]!;
  return clause;
}

function areaOfWordsBefore(text: string): boolean {
  return text.split(/\s+/).some((w) => areaOfWord(w));
}

/** "…on site, so power is safe": the remark after "so" is the writer's, not the gear. */
function withoutAfterthought(text: string): string {
  return text.replace(/,?\s+so\s+.*$/is, '').replace(/[.!;\s]+$/, '').trim();
}

/** A phone number ("+44 7700 900456", "0803 555 0142") or an e-mail address. */
const REACHABLE = /(?:\+|(?<!\d)0)\d[\d ()-]{6,}\d|@\S+\.\p{L}/u;

/** Sentences of a passage: a full stop before a capital ends one ("… Sound Co. PA is …" keeps "Co."). */
function sentencesOf(passage: string): string[] {
  return passage.split(/(?<=[.!?])\s+(?=\p{Lu})|\n+/u).map((s) => s.trim()).filter(Boolean);
}

/** The area texts a passage writes, in order; a clause opening with an area word starts a new one. */
function areaTexts(passage: string): Map<Area, string> {
  const parts: { area: Area; text: string[] }[] = [];
  for (const sentence of sentencesOf(passage.replace(/^\s*tech(?:nical)?\s*:\s*/i, ''))) {
    const area = sentenceArea(sentence);
    // A timed line is a schedule's ("13:00 Load-in … hired backline"), not the gear; a line with a
    // number to call or an address to write is a crew list's person ("Sound: Jo Bell, +44 …").
    if (!area || CLOCK.test(sentence) || REACHABLE.test(sentence)) continue;
    const clauses = sentence.split(/,\s+/);
    let current = { area, text: [leadInDropped(clauses[0]!)] };
    parts.push(current);
    for (const clause of clauses.slice(1)) {
      const opens = areaOfWord(clause.split(/\s+/)[0]!);
      if (opens && opens !== current.area) parts.push(current = { area: opens, text: [leadInDropped(clause)] });
      else current.text.push(clause);
    }
  }
  const texts = new Map<Area, string>();
  for (const { area, text } of parts) {
    const written = normaliseText(withoutAfterthought(text.join(', ')));
    // A figure is what makes it a specification: "22\" kick", "8 per side", "12m x 8m", "500kVA".
    if (!written || !/\d/.test(written) || texts.has(area)) continue;
    texts.set(area, written);
  }
  return texts;
}

/** Runs of non-blank lines; a chat message or an e-mail paragraph each stands on its own. */
function passages(lines: Line[], turns: ChatTurn[]): Line[][] {
  const runs: Line[][] = [];
  let run: Line[] = [];
  for (const line of lines) {
    const opensTurn = turns.some((t) => t.span[0] >= line.start && t.span[0] < line.end);
    if (line.text.trim() && !opensTurn) { run.push(line); continue; }
    if (run.length) runs.push(run);
    run = line.text.trim() ? [line] : [];
  }
  if (run.length) runs.push(run);
  return runs;
}

/** The technical areas of the first passage that specifies three or more, or nothing. */
export function technicalProse(source: ExtractedSource, lines: Line[], turns: ChatTurn[]): Draft<Technical> {
  for (const run of passages(lines, turns)) {
    const texts = areaTexts(run.map((l) => l.text.replace(/^\s*>+\s?/, '')).join('\n'));
    if (texts.size < MIN_AREAS) continue;
    const evidence = evidenceAt(source, [run[0]!.start, run[run.length - 1]!.end], 'label');
    const draft: Draft<Technical> = {};
    for (const [area, text] of texts) draft[area] = found(text, evidence);
    return draft;
  }
  return {};
}
