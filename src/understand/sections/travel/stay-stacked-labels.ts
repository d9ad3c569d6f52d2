/**
 * A hotel's HTML confirmation mail may set each stay label alone on its line, over its value, with
 * no colon (a layout table's cells, one under the other):
 *
 *   Check-in                      Llegada
 *   Thursday, 4 March 2027        martes, 4 de mayo de 2027
 *   from 14:00                    desde las 14:00
 *   Confirmation number           Número de reserva
 *   QX-55120                      QX-55120
 *
 * Read as the labels they are: a check-in or check-out over a date line (with the hours line below it),
 * a booking reference over a code holding a figure. And a "changes made" box prints the old value and
 * the new one after an arrow ("Check-out ⇥ Fri 5 Mar ⇥ → Sat 6 Mar", "Rooms ⇥ 1 ⇥ → 2"): the new one holds.
 */
import { findTimes } from '../../normalise/index.js';
import { labelKey, type Labelled, type LabelKey, type Reading } from '../../text/index.js';
import { isLabelLine as isColonLabelLine } from '../../text/bilingual-stacked.js';
import { looseDates } from './phrases.js';

const STACKED_KEYS: ReadonlySet<LabelKey> = new Set(['check_in', 'check_out', 'booking_reference']);
const CODE = /^[A-Z0-9][A-Z0-9-]{3,19}$/i;

/** A line that is a label of its own: known as a whole, or before its colon (text/bilingual-stacked.ts). */
function isLabelLine(text: string): boolean {
  return !!labelKey(text.trim()) || isColonLabelLine(text);
}

/** The stay labels stacked over their values, on lines `taken` holds none of. */
export function stackedStayLabels(reading: Reading, taken: ReadonlySet<number>): Labelled[] {
  const out: Labelled[] = [];
  const { lines } = reading;
  const text = reading.source.text;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const label = line.text.trim();
    if (taken.has(i) || !label || label.length > 30 || /[:\t]/.test(label)) continue;
    const key = labelKey(label);
    const first = lines[i + 1]!;
    const value = first.text.trim();
    if (!key || !STACKED_KEYS.has(key) || !value || taken.has(first.index) || /\t/.test(first.text) || isLabelLine(value)) continue;
    const start = first.start + first.text.indexOf(value);
    if (key === 'booking_reference') {
      if (CODE.test(value) && /\d/.test(value)) out.push({ key, label, value, span: [start, start + value.length], line });
      continue;
    }
    if (!looseDates(value, null).length) continue;
    // The hours on the line below the date ("from 14:00", "hasta las 12:00") are the stay's too.
    const hours = lines[i + 2];
    const withHours = !!hours && !taken.has(hours.index) && !/\t/.test(hours.text) && !isLabelLine(hours.text) && findTimes(hours.text).length > 0 && !looseDates(hours.text, null).length;
    const end = withHours ? hours!.start + hours!.text.trimEnd().length : start + value.length;
    out.push({ key, label, value: text.slice(start, end), span: [start, end], line });
  }
  return out;
}

const CHANGED_TO = /^[ \t]*(?:→|->|=>|⟶)[ \t]*(\S[^\t\n]*?)[ \t]*$/u;

/** A labelled value followed on its line by an arrow and the value it was changed to: the new value. */
export function changedValue(text: string, l: Labelled): Labelled {
  const m = CHANGED_TO.exec(text.slice(l.span[1], l.line.end));
  if (!m) return l;
  const start = l.span[1] + m[0].indexOf(m[1]!);
  return { ...l, value: m[1]!, span: [start, start + m[1]!.length] };
}
