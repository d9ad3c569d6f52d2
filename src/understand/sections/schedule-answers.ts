/**
 * A questionnaire's answer that starts with a time ("Soundcheck?" / "16:00–17:00 please") is the
 * item its question names: the question gives the name and kind, the rest of the answer is a remark.
 */
import type { ActivityKind, ExtractedSource } from '../../interfaces.js';
import { questionAnswers, type Line } from '../text/index.js';
import { activityKind } from './activity-kinds.js';

export interface AnsweredItem {
  name: string;
  kind: ActivityKind;
}

/** Line start of each answer → the item its question names, for questions naming a known kind of item. */
export function answeredItems(source: ExtractedSource, lines: Line[]): Map<number, AnsweredItem> {
  const out = new Map<number, AnsweredItem>();
  for (const qa of questionAnswers(source, lines)) {
    const kind = activityKind(qa.label);
    // "Stagetime / set length?": several things asked at once name no single item.
    if (!kind || kind === 'other' || /\//.test(qa.label)) continue;
    const answerLine = lines.find((l) => l.start <= qa.span[0] && qa.span[0] <= l.end);
    if (answerLine) out.set(answerLine.start, { name: qa.label, kind });
  }
  return out;
}
