/**
 * A running order's row named by the show's own act and nothing else the kind words know ("20:30 — Lumen
 * Lane, 90 min", "21:00 Lumen Lane"): the act's set. Its length written after a comma or in brackets is no
 * part of its name.
 */
import type { ActivityKind } from '../../interfaces.js';
import { foldText } from '../../reference/index.js';
import { activityKind } from './activity-kinds.js';

const LENGTH_AFTER = /^[ \t]*(?:[,–—-][ \t]*|\()\d{1,3}[ \t]*\p{L}{1,8}\.?\)?[ \t]*$/u;

/** The act's name when `name` is the act's alone, or with its length after it; null otherwise. */
export function artistItemName(name: string, artist: string | undefined): string | null {
  if (!artist) return null;
  const folded = foldText(name);
  const act = foldText(artist);
  if (!folded.startsWith(act)) return null;
  const rest = name.slice(artist.length);
  return folded === act || (foldText(name.slice(0, artist.length)) === act && LENGTH_AFTER.test(rest)) ? artist : null;
}

/**
 * The act's name when a row of kind `kind` is its set: named by the act alone, and of no kind or only of the
 * kind a word of the act's own name reads as ("21:00 Static Radio" is no interview, "Showboat" no show word).
 */
export function artistSetName(name: string, kind: ActivityKind, artist: string | undefined): string | null {
  const act = artistItemName(name, artist);
  return act && (kind === 'other' || kind === activityKind(act)) ? act : null;
}
