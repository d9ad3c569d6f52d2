/**
 * A booking site's or app's confirmation closes with lodgings it would also sell ("Other properties you
 * may like", "You might also like", "Similar hotels nearby"), each with its address, a check-in hour and
 * a price "from €80 / night": none of them is booked. From such a heading on, the e-mail says nothing
 * more about the stay, so the hotel readers see that part blanked (spaces, so offsets hold).
 */
import type { ExtractedSource } from '../../interfaces.js';

const UPSELL_HEADING = /^[ \t]*(?:other|similar|more|recommended|popular)\s+(?:properties|hotels|stays|places to stay|accommodations?)(?:\s+(?:you\s+(?:may|might|could)\s+(?:also\s+)?like|nearby|near\s+you|in\s+\S+(?:\s+\S+)?|for\s+you))?[ \t]*:?[ \t]*$|^[ \t]*(?:you\s+(?:may|might)\s+also\s+like|(?:properties|hotels|stays)\s+you\s+(?:may|might)\s+(?:also\s+)?like|travell?ers\s+also\s+(?:booked|viewed))[ \t]*:?[ \t]*$/im;

const withoutUpsellCache = new WeakMap<ExtractedSource, ExtractedSource>();

/** The source with its upsell block (the heading to the end) blanked, or the source itself when it has none. */
export function withoutUpsell(source: ExtractedSource): ExtractedSource {
  const hit = withoutUpsellCache.get(source);
  if (hit) return hit;
  const m = UPSELL_HEADING.exec(source.text);
  const out = m ? { ...source, text: source.text.slice(0, m.index) + source.text.slice(m.index).replace(/[^\n]/g, ' ') } : source;
  withoutUpsellCache.set(source, out);
  return out;
}
