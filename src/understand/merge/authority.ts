/**
 * Whose word counts on a booking when documents disagree: the booking's own document — a hotel's
 * confirmation on its stay, the ticket on its flight, the contract on the deal's terms — over an
 * e-mail or a chat that repeats it. A disagreement is still reported as a conflict; scores decide
 * among sources of equal authority.
 */
import type { ExtractedSource } from '../../interfaces.js';
import type { Found } from '../found.js';

/**
 * A source's authority on one value of the item being merged (by the source's name, the value's
 * evidence and the field's path, "fee" or "[Hotel X].checkOutDate"): higher wins.
 */
export type Authority = (source: string, found?: Found<unknown>, field?: string) => number;

export const NO_AUTHORITY: Authority = () => 0;

/** The sources that are the booking's own documents (`isOwn`) outrank the others. */
export function authorityOf(sources: ExtractedSource[], isOwn: (source: ExtractedSource) => boolean): Authority {
  const own = new Set(sources.filter(isOwn).map((s) => s.name));
  // A source's authority covers what it states, not what was inferred from it.
  return (source, found) => (found?.method !== 'inferred' && own.has(source) ? 1 : 0);
}

/** The deal's terms: what a contract (an offer, a deal memo) settles, and an e-mail only repeats. */
export const DEAL_TERMS: readonly string[] = ['fee', 'currency', 'dealType', 'paymentTerms', 'depositPercent'];

/** An authority that speaks only on the named fields (the last key of a field's path). */
export function onFields(authority: Authority, fields: readonly string[]): Authority {
  return (source, found, field) => (field !== undefined && fields.includes(field.slice(field.lastIndexOf('.') + 1)) ? authority(source, found, field) : 0);
}

/**
 * Authorities in order of precedence: a value the first one grants outranks any value only a later
 * one grants (a message correcting the contract over the contract, the contract over other mail).
 */
export function inPrecedence(...authorities: Authority[]): Authority {
  return (source, found, field) => {
    const first = authorities.findIndex((a) => a(source, found, field) > 0);
    return first < 0 ? 0 : authorities.length - first;
  };
}
