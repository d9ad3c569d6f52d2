/**
 * A booking's passenger list under a heading alone on its line ("PASSENGERS", "Passagiere:",
 * "Travellers (2)"), one person a line: the name (a title may open it), then maybe the fare's
 * details after a wide gap or a separator ("Ms Ada Lind      Basic · 1 x 20 kg bag"), up to the
 * first line that opens with no name. Low-cost carriers print no ticket numbers to read names by.
 */
import { normalisePersonName } from '../../normalise/index.js';
import type { PassengerHits } from './passengers.js';

const HEADING = /^[ \t]*(?:passengers?|passagiere?|passagerare|passasjerer|passagerer|resenärer|reisende|pasajeros?|passagers?|passeggeri|passagiers|travell?ers)[ \t]*(?:\(\d{1,2}\))?[ \t]*:?[ \t]*$/i;
const TITLE = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Herr|Frau|Sr|Sra|Mme|M)\.?[ \t]+)?`;
const WORD = String.raw`\p{Lu}[\p{L}'’-]+`;
/** The name ends the line, or stands before a wide gap, a tab or a separator. */
const ROW = new RegExp(String.raw`^[ \t]*(${TITLE}${WORD}(?: ${WORD}){1,3})(?= {2,}|\t|[ \t]*[·•|,(]|[ \t]*$)`, 'u');

export function passengerList(text: string): PassengerHits[] {
  const lines = text.split('\n');
  let offset = 0;
  let listing = false;
  const out: PassengerHits[] = [];
  for (const line of lines) {
    const start = offset;
    offset += line.length + 1;
    if (!listing) {
      listing = HEADING.test(line);
      continue;
    }
    if (!line.trim() && !out.length) continue;
    const m = ROW.exec(line);
    const name = m ? normalisePersonName(m[1]!) : null;
    if (!m || !name) {
      if (out.length) break;
      listing = false;
      continue;
    }
    out.push({ name: { value: name, index: start + line.indexOf(m[1]!), length: m[1]!.length }, seats: [] });
  }
  return out;
}
