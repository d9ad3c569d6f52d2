/**
 * technical: the show's technical needs as free text per area (equipment, backline, stage, lighting,
 * sound, video, other). Read only from riders and from a block headed "Technical…" elsewhere, so a
 * day sheet's "Stage: Main stage" is not taken for a stage requirement. Each area is a heading
 * followed by its paragraph (taken whole, labels inside it included) or a `Label: text` line.
 */
import type { ExtractedSource, Technical } from '../../interfaces.js';
import type { SectionExtractor } from '../context.js';
import { found, type Draft } from '../found.js';
import { normaliseText } from '../normalise/index.js';
import { evidenceAt, labelKey, read, type LabelKey, type Line } from '../text/index.js';
import { categorise } from './documents.js';

const AREA: Partial<Record<LabelKey, keyof Technical>> = {
  equipment: 'equipment', backline: 'backline', stage: 'stage', lighting: 'lighting', sound: 'sound', video: 'video',
  technical: 'other',
};

function areaOf(text: string): keyof Technical | null {
  const key = labelKey(text);
  return key ? AREA[key] ?? null : null;
}

/**
 * A heading line: short, no sentence punctuation at the end, optionally numbered. A bracketed remark
 * is left aside ("Backline (vom Veranstalter zu stellen)"), a word before the area too ("Eigenes
 * Equipment", "House Lighting"); a heading joining two areas ("Strom & Sonstiges") is a mixed
 * block, read as other, unless both name the same one ("Ton / PA").
 */
function headingKey(line: Line): keyof Technical | null {
  const t = line.text.trim().replace(/^\d+(\.\d+)*[.)]?\s*/, '').replace(/:$/, '');
  if (!t || t.length > 40 || /[.!?]$/.test(t)) return null;
  const whole = areaOf(t);
  if (whole) return whole;
  const parts = t.replace(/\s*\([^)]*\)$/, '').split(/\s+(?:[/&+]|and|und|och|og|et|y|en)\s+/i);
  const areas = parts.map((p) => areaOf(p) ?? areaOf(p.split(/\s+/).pop()!));
  if (areas.some((a) => !a)) return null;
  return new Set(areas).size === 1 ? areas[0]! : 'other';
}

function technicalBlockStart(lines: Line[]): number {
  return lines.findIndex((l) => /^\s*(\d+[.)]\s*)?(technical|technik|teknik|técnic|technique|techniek)\w*\b/i.test(l.text) && l.text.trim().length < 50);
}

/** Headed paragraphs; returns the lines they cover, which labels then leave alone. */
function fromHeadings(source: ExtractedSource, lines: Line[], from: number, draft: Draft<Technical>): Set<number> {
  const covered = new Set<number>();
  for (let i = from; i < lines.length; i++) {
    const area = headingKey(lines[i]!);
    if (!area || draft[area]) continue;
    const body: Line[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j]!;
      if (!l.text.trim()) { if (body.length) break; continue; }
      if (headingKey(l)) break;
      body.push(l);
    }
    const text = normaliseText(body.map((l) => l.text).join(' '));
    if (!text) continue;
    draft[area] = found(text, evidenceAt(source, [body[0]!.start, body[body.length - 1]!.end], 'label'));
    for (const l of body) covered.add(l.index);
  }
  return covered;
}

export const extract: SectionExtractor<Technical> = (ctx) => ctx.sources.flatMap((source) => {
  const r = read(source);
  const rider = categorise(source) === 'rider';
  const block = technicalBlockStart(r.lines);
  if (!rider && block < 0) return [];
  const from = rider ? 0 : block;
  const draft: Draft<Technical> = {};
  // A headed paragraph is the area's text as a whole; a label inside it ("Power: …") is part of it.
  const covered = fromHeadings(source, r.lines, from, draft);
  for (const l of r.labelled) {
    const area = l.key ? AREA[l.key] : undefined;
    if (!area || draft[area] || l.line.index < from || covered.has(l.line.index)) continue;
    const text = normaliseText(l.value);
    if (text) draft[area] = found(text, evidenceAt(source, l.span, 'label'));
  }
  return Object.keys(draft).length ? [draft] : [];
});
