/**
 * A caterer's own paper (a hospitality advance, a meal schedule) opens with its letterhead: the
 * firm's name beside a tagline naming its trade ("GREEN FORK ⇥ podiumcatering · crew food",
 * "Fig & Thyme · Catering & Events"). The meals of its meal table are the ones it serves, so a row
 * naming no other provider is named after it (as "Dinner by X" names a provider).
 */
import { normaliseText } from '../normalise/index.js';
import type { Reading } from '../text/index.js';
import { unshout } from './general-act.js';

const TRADE = /catering|caterer|traiteur|cateraar|partyservice|\bcuisine\b/i;

export function catererOfLetterhead(reading: Reading): { value: string; span: [number, number] } | null {
  const line = reading.lines.find((l) => l.text.trim());
  if (!line) return null;
  const [name, ...rest] = line.text.split(/\t+|\s+[·|–—]\s+/).map((s) => s.trim()).filter(Boolean);
  if (!name || !rest.length || !rest.some((s) => TRADE.test(s)) || TRADE.test(name)) return null;
  if (!/^\p{Lu}/u.test(name) || /\d|:/.test(name) || name.split(/\s+/).length > 5) return null;
  const at = line.start + line.text.indexOf(name);
  return { value: unshout(normaliseText(name)!), span: [at, at + name.length] };
}
