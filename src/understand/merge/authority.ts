/**
 * Whose word counts on a booking when documents disagree: the booking's own document — a hotel's
 * confirmation on its stay, the ticket on its flight — over an e-mail or a chat that repeats it.
 * A disagreement is still reported as a conflict; scores decide among sources of equal authority.
 */
import type { ExtractedSource } from '../../interfaces.js';
import type { Found } from '../found.js';

/** A source's authority on one value of the item being merged (by the source's name and the value's evidence): higher wins. */
export type Authority = (source: string, found?: Found<unknown>) => number;

export const NO_AUTHORITY: Authority = () => 0;

/** The sources that are the booking's own documents (`isOwn`) outrank the others. */
export function authorityOf(sources: ExtractedSource[], isOwn: (source: ExtractedSource) => boolean): Authority {
  const own = new Set(sources.filter(isOwn).map((s) => s.name));
  // A source's authority covers what it states, not what was inferred from it.
  return (source, found) => (found?.method !== 'inferred' && own.has(source) ? 1 : 0);
}
