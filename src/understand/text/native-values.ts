/**
 * Free-text values as the source writes them. A source with native digits is read through a copy
 * with ASCII digits and English dates and clocks (text/native-digits.ts), so a note or a name read
 * from it says "50% … 15 Sep" where the source writes "۵۰٪ … ۱۵ سپتامبر". A free-text field read
 * verbatim from the copy takes the original's text at the same span; typed fields (dates, times,
 * numbers, phones) keep the copy's reading. Every string loses the copy's padding (text/rendering-pad.ts).
 */
import type { ExtractedSource } from '../../interfaces.js';
import { withoutRenderingPad } from './rendering-pad.js';

/** Fields whose value is the source's own words. */
const FREE_TEXT = new Set([
  'eventName', 'venue', 'address', 'name', 'notes', 'paymentTerms', 'role', 'company', 'location', 'destination',
  'backline', 'lighting', 'sound', 'video', 'stage', 'fromCity', 'toCity', 'travelClass', 'guests',
]);

/** Source name → its original text, for the sources read through a different copy. */
export function originalTexts(originals: readonly ExtractedSource[], copies: readonly ExtractedSource[]): Map<string, { copy: string; original: string }> {
  const out = new Map<string, { copy: string; original: string }>();
  originals.forEach((original, i) => {
    const copy = copies[i]!;
    if (copy === original) return;
    if (copy.text !== original.text) out.set(original.name, { copy: copy.text, original: original.text });
    for (const [name, pair] of originalTexts(original.children, copy.children)) out.set(name, pair);
  });
  return out;
}

type Leaf = { value: unknown; source: string; span: [number, number] | null };
const isLeaf = (v: unknown): v is Leaf => !!v && typeof v === 'object' && 'value' in v && 'source' in v && 'span' in v;

/** Restores the original words of free-text values in `drafts` (in place). */
export function restoreNativeText(drafts: unknown, texts: ReadonlyMap<string, { copy: string; original: string }>): void {
  if (!texts.size || !drafts || typeof drafts !== 'object') return;
  if (Array.isArray(drafts)) { for (const d of drafts) restoreNativeText(d, texts); return; }
  for (const [key, v] of Object.entries(drafts as Record<string, unknown>)) {
    const leaves = Array.isArray(v) ? v : [v];
    for (const item of leaves) {
      if (isLeaf(item)) restoreLeaf(item, FREE_TEXT.has(key), texts);
      else restoreNativeText(item, texts);
    }
  }
}

function restoreLeaf(leaf: Leaf, freeText: boolean, texts: ReadonlyMap<string, { copy: string; original: string }>): void {
  if (typeof leaf.value !== 'string') return;
  const pair = texts.get(leaf.source);
  if (freeText && pair && leaf.span) {
    const copy = pair.copy.slice(...leaf.span);
    const original = pair.original.slice(...leaf.span);
    if (copy === leaf.value) { leaf.value = original; return; }
    // A value joined from wrapped lines: the same words with its line breaks as spaces.
    if (!leaf.value.includes('\n') && oneLine(copy) === leaf.value) { leaf.value = oneLine(original); return; }
  }
  leaf.value = withoutRenderingPad(leaf.value);
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
