/**
 * Confidence as people see it. A score is a calibrated probability (IMPORT_DATA.md), so the bands are
 * plain odds: "high" is right at least nine times in ten. Fields under REVIEW_THRESHOLD are listed as
 * needing a look until a person edits them or says they look right. Every band has a word and a symbol
 * as well as a colour, so colour is never the only cue.
 */
import type { FieldConfidence } from '../../interfaces.js';

export const REVIEW_THRESHOLD = 0.8;

export type Band = 'high' | 'medium' | 'low' | 'checked' | 'none';

export const BANDS: { band: Band; symbol: string; label: string; explain: string }[] = [
  { band: 'high', symbol: '●', label: 'High', explain: '90% or more: usually right' },
  { band: 'medium', symbol: '◐', label: 'Medium', explain: '80–89%: worth a glance' },
  { band: 'low', symbol: '▲', label: 'Low', explain: 'under 80%: needs a look' },
  { band: 'checked', symbol: '✓', label: 'Checked', explain: 'edited or confirmed by you' },
  { band: 'none', symbol: '○', label: 'Not found', explain: 'no value in the documents' },
];

export function bandOf(confidence: FieldConfidence | undefined, checked: boolean): Band {
  if (checked) return 'checked';
  if (!confidence) return 'none';
  if (confidence.score >= 0.9) return 'high';
  return confidence.score >= REVIEW_THRESHOLD ? 'medium' : 'low';
}

export const bandInfo = (band: Band) => BANDS.find((b) => b.band === band)!;

export const percent = (score: number): string => `${Math.round(score * 100)}%`;
