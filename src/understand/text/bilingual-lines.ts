/**
 * A bilingual form (its labels written in two scripts: "住所 / Address", "Адрес / Address") often
 * prints a value in the other script first and its Latin rendering after it — after a slash on the
 * same line, or on the indented line below:
 *
 *   支払 / Payment ⇥ 公演後に銀行振込
 *                  ⇥ Bank transfer after the show
 *   部屋 / Rooms   ⇥ シングル×2 / 2 singles
 *
 * The import keeps the Latin rendering, as it keeps a bilingual label's Latin half
 * (text/bilingual-value.ts). Only a value mostly in the other script is replaced; a slash inside
 * brackets ("¥1,000(税別 / excl. tax)") is a remark, not the rendering.
 */
import type { Labelled } from './labels.js';
import type { Line } from './lines.js';

export const OTHER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Lao}\p{Script=Ethiopic}]/u;
const OTHER_G = new RegExp(OTHER.source, 'gu');
export const LATIN = /\p{Script=Latin}/u;
const LATIN_G = /\p{Script=Latin}/gu;
const MAX_BELOW = 2;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** Whether a label is written in two scripts (the other one and Latin). */
function isTwoScriptLabel(label: string): boolean {
  return OTHER.test(label) && LATIN.test(label);
}

/** The Latin rendering's start after a top-level slash of `tail` (nothing in the other script after it), or -1. */
function slashRendering(tail: string): number {
  let depth = 0;
  for (let i = 0; i < tail.length; i++) {
    const ch = tail[i]!;
    if ('(（[「'.includes(ch)) depth++;
    else if (')）]」'.includes(ch)) depth = Math.max(0, depth - 1);
    else if ((ch === '/' || ch === '／') && depth === 0) {
      const rest = tail.slice(i + 1);
      if (OTHER.test(rest) || !/[\p{L}\d]/u.test(rest)) continue;
      if (LATIN.test(tail.slice(0, i))) return -1;
      return i + 1 + (rest.length - rest.trimStart().length);
    }
  }
  return -1;
}

/**
 * A label we do not know written in the other script with its Latin gloss in brackets ("공항 기사님
 * (Driver)": a role, a party): the gloss, as the words the readers of such labels know. A known
 * label keeps its words, which say where its value starts.
 */
export function glossedLabel(l: Labelled): Labelled {
  if (l.key) return l;
  const m = /^([^()]+)\(([^()]+)\)$/u.exec(l.label.trim());
  if (!m || !OTHER.test(m[1]!) || LATIN.test(m[1]!) || OTHER.test(m[2]!) || !LATIN.test(m[2]!)) return l;
  return { ...l, label: m[2]!.trim() };
}

/** A value's closing bracket holding its Latin rendering (Latin words, nothing in the other script), with where its text starts in `tail`. */
function trailingBracketRendering(tail: string): { value: string; at: number } | null {
  const m = /[(（]([^()（）]+)[)）]\s*$/u.exec(tail);
  // Only after words wholly in the other script: "박서연 Park Seoyeon (a little English)" is written in both already.
  if (!m || OTHER.test(m[1]!) || !/\p{Script=Latin}{2}/u.test(m[1]!) || LATIN.test(tail.slice(0, m.index))) return null;
  const value = m[1]!.trim();
  return { value, at: m.index + 1 + m[1]!.indexOf(value) };
}

/** A text wholly inside one pair of brackets, without them. */
function unbracketed(text: string): string {
  const m = /^[(（]([^()（）]*)[)）]$/u.exec(text.trim());
  return m ? m[1]!.trim() : text;
}

/** `l` with its value replaced by its Latin rendering, when it has one (see above); `l` itself otherwise. */
export function latinRendering(text: string, lines: Line[], l: Labelled): Labelled {
  const firstLetter = /\p{L}/u.exec(l.value)?.[0] ?? '';
  if (!isTwoScriptLabel(l.label) || !OTHER.test(firstLetter)) return l;
  const line = l.line;
  if (l.span[0] < line.start || l.span[0] > line.end) return l;
  const tail = text.slice(l.span[0], line.end);
  const parts: string[] = [];
  let start = -1;
  let end = -1;
  const at = slashRendering(tail);
  if (at >= 0) {
    const part = tail.slice(at).trim();
    start = l.span[0] + at;
    end = start + part.length;
    parts.push(part);
  }
  // "이도윤 Doyun Lee": a name in the other script followed by its Latin spelling, which is kept.
  const spelled = /^[^\p{Script=Latin}\d()]+?\s+(?=\p{Script=Latin})/u.exec(l.value);
  if (spelled && OTHER.test(spelled[0])) return { ...l, value: l.value.slice(spelled[0].length), span: [l.span[0] + spelled[0].length, l.span[1]] };
  // "클럽 바다 (CLUB BADA)": the rendering in brackets at the value's end, on the same line.
  const bracketed = at < 0 ? trailingBracketRendering(tail) : null;
  // With no rendering after a slash, the value itself is mostly in the other script ("〒100-0005 東京都…ビル3F").
  if (at < 0 && !bracketed && count(l.value, OTHER_G) <= count(l.value, LATIN_G)) return l;
  if (bracketed) {
    start = l.span[0] + bracketed.at;
    end = start + bracketed.value.length;
    parts.push(bracketed.value);
  }
  // A rendering after the slash goes on below only when it breaks off: at a comma ("4F Bldg., 9-9 Marunouchi,"
  // over "Chiyoda-ku, Tokyo"), or before any word ("20.42%" over "withholding tax deducted").
  const wrapsBelow = (at < 0 && !bracketed) || parts[0]!.endsWith(',') || !/\p{L}{2}/u.test(parts[0]!);
  for (const below of wrapsBelow ? lines.slice(line.index + 1, line.index + 1 + MAX_BELOW) : []) {
    const t = below.text.trim();
    // The rendering below is an indented line of its own: no label of its own, nothing in the other script.
    if (!t || !/^\s/.test(below.text) || OTHER.test(t) || /^[^:]{1,30}:\s/.test(t)) break;
    if (start < 0) start = below.start + below.text.indexOf(t);
    end = below.start + below.text.indexOf(t) + t.length;
    parts.push(t.replace(/\s+/g, ' '));
  }
  if (!parts.length) return l;
  // A rendering below written as a bracketed gloss ("(Sat 18 Sep 2027, 19:30)") is kept without its brackets.
  const value = unbracketed(parts.join(' ').replace(/\s+([)）])/g, '$1'));
  if (!LATIN.test(value)) return l;
  return { ...l, value, span: [start, end] };
}

/**
 * A table cell in the other script with its Latin rendering after a slash or on the line below,
 * indented to the cell's column ("13:00 ⇥ 搬入 ⇥ 裏口より" over "⇥ ⇥ Rear door"): the rendering,
 * with where it starts and ends in `text`; null when the cell has none.
 */
export function renderedCell(text: string, lines: Line[], line: Line, at: number, value: string): { value: string; start: number; end: number } | null {
  const firstLetter = /\p{L}/u.exec(value)?.[0] ?? '';
  if (!OTHER.test(firstLetter)) return null;
  const slash = slashRendering(value);
  if (slash >= 0) {
    const part = value.slice(slash).trim();
    return { value: part, start: at + slash, end: at + slash + part.length };
  }
  if (count(value, OTHER_G) <= count(value, LATIN_G)) return null;
  const tabs = (text.slice(line.start, at).match(/\t/g) ?? []).length;
  const parts: string[] = [];
  let start = -1;
  let end = -1;
  for (const below of lines.slice(line.index + 1, line.index + 1 + MAX_BELOW)) {
    const t = below.text.trim();
    const lead = /^\s*/.exec(below.text)![0];
    const indented = tabs > 0 ? (lead.match(/\t/g) ?? []).length >= tabs : lead.length > 0;
    if (!t || !indented || OTHER.test(t) || !LATIN.test(t) || /\t/.test(t)) break;
    if (start < 0) start = below.start + lead.length;
    end = below.start + lead.length + t.length;
    parts.push(t.replace(/\s+/g, ' '));
  }
  return parts.length ? { value: parts.join(' '), start, end } : null;
}

/**
 * A schedule cell written in the other script with its Latin gloss in brackets ("로드인 (Load-in) -
 * …", "오프닝: 별빛 (BYEOLBIT (support), 30분)"), or opening in Latin before the other script ("The
 * Band 본공연 (main set)"): the Latin name, with its offset in `cell`; null when the cell has none.
 * A gloss's clauses in the other script ("20분") are left out.
 */
export function glossedCell(cell: string): { value: string; index: number } | null {
  const firstLetter = /\p{L}/u.exec(cell)?.[0] ?? '';
  if (LATIN.test(firstLetter)) {
    const other = OTHER.exec(cell);
    const lead = other ? cell.slice(0, other.index).replace(/[\s(:,/–-]+$/u, '') : '';
    return lead && lead !== cell.trim() ? { value: lead.trim(), index: cell.indexOf(lead.trim()) } : null;
  }
  if (!OTHER.test(firstLetter)) return null;
  for (const group of bracketGroups(cell)) {
    const clauses = group.text.split(/,\s*/);
    const cut = clauses.findIndex((c) => OTHER.test(c));
    const value = (cut === -1 ? clauses : clauses.slice(0, cut)).join(', ').trim();
    if (count(value, LATIN_G) >= 2) return { value, index: group.index + group.text.indexOf(value) };
  }
  return null;
}

/** The top-level bracketed groups of `text` (inner brackets kept in their group's text), each with where its text starts. */
function bracketGroups(text: string): { text: string; index: number }[] {
  const groups: { text: string; index: number }[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if ('(（'.includes(ch) && depth++ === 0) from = i + 1;
    else if (')）'.includes(ch) && depth > 0 && --depth === 0) groups.push({ text: text.slice(from, i), index: from });
  }
  return groups;
}
