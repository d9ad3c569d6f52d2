/**
 * A form's numbered production section ("7. PRODUCTION", perhaps with a remark beside it: "stage plot
 * + input list: e-mail to production") whose rows are labelled by technical areas ("Backline",
 * "Audio / monitors", "Lighting"): the technical block of a form that has no "Technical" heading.
 * "Production" alone heads whole production advances too, so the rows under it must be areas'.
 * The block runs from the line under the heading to the next numbered section.
 */
import type { Technical } from '../../interfaces.js';
import { labelKey, type LabelKey, type Line } from '../text/index.js';

const NUMBERED_SECTION = /^\s*\d{1,2}[.)]\s*(\p{L}[^\t]*?)\s*(?:\t|$)/u;
const PRODUCTION = /^(?:production|produktion|productie|producción|production details)$/i;
/** How many of the rows under the heading must name an area, and among how many. */
const AREA_ROWS = 2;
const ROWS_LOOKED_AT = 4;

/** The lines [from, to) of a production section holding the technical rows, or null. */
export function productionBlock(lines: Line[], areas: Partial<Record<LabelKey, keyof Technical>>): [number, number] | null {
  const from = lines.findIndex((line, i) => {
    const title = NUMBERED_SECTION.exec(line.text)?.[1];
    if (!title || !PRODUCTION.test(title)) return false;
    const rows = lines.slice(i + 1).filter((l) => l.text.trim()).slice(0, ROWS_LOOKED_AT);
    return rows.filter((l) => {
      const key = labelKey(l.text.split('\t')[0]!);
      return !!key && !!areas[key];
    }).length >= AREA_ROWS;
  });
  if (from < 0) return null;
  const end = lines.findIndex((l, i) => i > from && NUMBERED_SECTION.test(l.text));
  // The remark beside the heading ("stage plot + input list: …") says where to send things, no need.
  return [from + 1, end < 0 ? lines.length : end];
}
