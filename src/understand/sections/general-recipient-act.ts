/**
 * A promoter's production mail goes to the act's own people: "To: Marta <marta.tm@lumenlane.example.com>",
 * "Subject: Festival 2027 – Lumen Lane sat 10/07 – production info", "… for your concert at …". When the
 * body speaks of the reader's own show and the name the recipient's mail domain spells is written in the
 * subject, that name is the act.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { foldText } from '../../reference/index.js';
import { evidenceAt } from '../text/index.js';
import { ACT } from './general-act.js';

/** "your concert/show/gig", "il vostro concerto", "votre concert", "euer Konzert", "vuestro concierto", "jullie show". */
const YOUR_SHOW = /(?<![\p{L}])(?:your\s+(?:show|concert|gig|set)|(?:il\s+)?vostro\s+(?:concerto|live|spettacolo)|votre\s+(?:concert|spectacle)|(?:eu(?:e)?r|ihr)(?:em|es)?\s+(?:Konzert|Auftritt|Show)|vuestro\s+(?:concierto|show)|jullie\s+(?:show|optreden|concert))(?![\p{L}])/iu;

/** The first label of each recipient's mail domain ("lumenlane" of "tm@lumenlane.example.com"). */
function recipientDomains(source: ExtractedSource): string[] {
  const to = source.metadata['to'];
  const list = Array.isArray(to) ? to : typeof to === 'string' ? [to] : [];
  return list.flatMap((a) => {
    const m = /@([\p{L}\d-]+)\./u.exec(String(a));
    return m ? [m[1]!.toLowerCase().replace(/-/g, '')] : [];
  });
}

export function artistFromRecipientDomain(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.artist) return;
  const subject = source.metadata['subject'];
  if (typeof subject !== 'string' || !YOUR_SHOW.test(source.text)) return;
  const domains = recipientDomains(source);
  if (!domains.length) return;
  for (const m of subject.matchAll(new RegExp(ACT, 'gu'))) {
    // Each run of capitalised words, and each part of it ("Festival Lumen Lane Advance" holds "Lumen Lane").
    const words = m[1]!.split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      for (let j = words.length; j > i; j--) {
        const name = words.slice(i, j).join(' ');
        if (!domains.includes(foldText(name).replace(/[^\p{L}\d]/gu, ''))) continue;
        draft.artist = found(name, evidenceAt(source, null, 'pattern'));
        return;
      }
    }
  }
}
