/**
 * A document its title marks as a draft ("DAY SHEET (v1 draft)", "Entwurf v2", "Bozza v3") is not yet
 * agreed: where another document of the import, not so marked, says otherwise on the show (the signed
 * contract's "Performance 21:30" against the draft sheet's 21:45), that document's value stands. The
 * disagreement is still reported as a conflict.
 */
import type { ExtractedSource } from '../../interfaces.js';
import type { Authority } from './authority.js';

const DRAFT_WORD = String.raw`(?:draft|entwurf|brouillon|borrador|bozza|utkast|udkast|concept|luonnos)`;
/** The word as a version's mark: in brackets ("(v1 draft)", "(DRAFT)") or beside a version number ("draft v2", "v3 Entwurf"). */
const DRAFT_MARK = new RegExp(String.raw`\(\s*(?:v\.?\s*\d+\s*)?${DRAFT_WORD}(?:\s*v?\.?\s*\d+)?\s*\)|(?<![\p{L}])${DRAFT_WORD}\s+v\.?\s*\d+(?![\p{L}])|(?<![\p{L}])v\.?\s*\d+\s+${DRAFT_WORD}(?![\p{L}])`, 'iu');
/** How many of a document's first non-empty lines make its title. */
const TITLE_LINES = 3;

export function isMarkedDraft(source: Pick<ExtractedSource, 'text'>): boolean {
  const head = source.text.split('\n').filter((l) => l.trim()).slice(0, TITLE_LINES);
  // An extraction's own line ("Sheet: Fri 14-11") is no title.
  return head.some((line) => DRAFT_MARK.test(line));
}

/** The names of the import's documents marked as drafts. */
export function draftNames(sources: ExtractedSource[]): Set<string> {
  return new Set(sources.filter(isMarkedDraft).map((s) => s.name));
}

/** The documents not marked as drafts (`drafts`, of `count` in all) outrank a marked one, when the import holds both. */
export function overDraftAuthority(drafts: ReadonlySet<string>, count: number): Authority {
  if (!drafts.size || drafts.size === count) return () => 0;
  return (source, found) => (found?.method !== 'inferred' && !drafts.has(source) ? 1 : 0);
}
