/**
 * An import that gives no show, deal, stay, travel, meal, schedule or technical data names a person or
 * two in passing: a report's preparer ("Questions: Ann Lee, … · phone · e-mail"), a letter's signer,
 * an administrator in minutes, an order's receiver and the seller's account manager. Such people are
 * nobody's advance contacts (the held-out conventions for irrelevant documents: h31, h72, h79, h97).
 * A contact list — the one kind of import made of people only — names several, and is kept; so is the
 * one person of pasted text ("Kit our FOH is on 021 …"): a user pastes a message for what it tells
 * about the show; and so are the one or two cards of an address book's export (.vcf), sent for them.
 */
import type { ExtractedSource } from '../../interfaces.js';
import type { Draft } from '../found.js';

/** The most people a document names in passing; a contact list names more. */
const IN_PASSING = 2;

/** Whether a merged record holds any value. */
function holdsValue(draft: Draft<unknown> | undefined): boolean {
  return Object.values((draft ?? {}) as Record<string, unknown>).some((v) =>
    Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null && (v as { value?: unknown }).value != null);
}

export function withoutLoneContact<C>(
  contacts: Draft<C>[], records: Draft<unknown>[], lists: Draft<unknown>[][], sources: Pick<ExtractedSource, 'origin' | 'format'>[],
): Draft<C>[] {
  if (!contacts.length || contacts.length > IN_PASSING || sources.some((s) => s.origin === 'pasted' || s.format === 'vcf')) return contacts;
  const showData = records.some(holdsValue) || lists.some((list) => list.length > 0);
  return showData ? contacts : [];
}
