/**
 * Field-by-field merging of Drafts that describe the same thing (the show's general details from
 * three documents, one hotel seen in a confirmation and an e-mail).
 *
 * For each field the values are grouped by their folded form. The group from the source with the
 * most authority on the item wins (merge/authority.ts), among equals the group with the best score
 * (a group's score counts how many distinct sources agree); the winner's `support` becomes that
 * number. When another *source* states a different value, the winner is marked `conflict` (which
 * lowers its score) and a Conflict is reported. Different values within one source are the
 * extractor's own uncertainty, not a conflict: the better-scored one simply wins.
 *
 * Lists of scalars (hotel guests) are unioned; lists of records (flight passengers) are merged by
 * the record's `name`.
 */
import { scoreOf } from '../confidence/index.js';
import type { Draft, Found } from '../found.js';
import { foldText } from '../../reference/index.js';
import { NO_AUTHORITY, type Authority } from './authority.js';

export interface Conflict {
  field: string;
  /** The winning value and its source first, then the others. */
  values: { value: unknown; source: string }[];
}

type AnyDraft = Record<string, unknown>;

function isFound(x: unknown): x is Found<unknown> {
  return typeof x === 'object' && x !== null && 'value' in x && 'method' in x;
}

/** The form two values are compared in: folded text, or the value itself. */
export function sameKey(value: unknown): string {
  return typeof value === 'string' ? foldText(value).replace(/[\s,.;:–-]+/g, ' ').trim() : JSON.stringify(value);
}

function mergeFound(values: Found<unknown>[], field: string, conflicts: Conflict[], authority: Authority): Found<unknown> {
  const groups = new Map<string, Found<unknown>[]>();
  for (const v of values) {
    const key = sameKey(v.value);
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  const ranked = [...groups.values()].map((group) => {
    const best = group.reduce((a, b) => (scoreOf(b) > scoreOf(a) ? b : a));
    const support = new Set(group.map((g) => g.source)).size;
    const sources = new Set(group.map((g) => g.source));
    return { best, support, sources, authority: Math.max(0, ...group.map((g) => authority(g.source, g, field))) };
  }).sort((a, b) => b.authority - a.authority
    || scoreOf({ ...b.best, support: b.support }) - scoreOf({ ...a.best, support: a.support }) || b.support - a.support);
  const [winner, ...losers] = ranked;
  const rivals = losers.filter((l) => [...l.sources].some((s) => !winner!.sources.has(s)));
  if (rivals.length) {
    conflicts.push({
      field,
      values: [winner!, ...rivals].map((r) => ({ value: r.best.value, source: r.best.source })),
    });
  }
  return { ...winner!.best, support: winner!.support, conflict: rivals.length > 0 || winner!.best.conflict };
}

function mergeArray(lists: unknown[][], field: string, conflicts: Conflict[], authority: Authority): unknown[] {
  const items = lists.flat();
  if (items.every(isFound)) {
    const byKey = new Map<string, Found<unknown>[]>();
    for (const f of items) byKey.set(sameKey(f.value), [...(byKey.get(sameKey(f.value)) ?? []), f]);
    return [...byKey.values()].map((group) => mergeFound(group, field, conflicts, authority));
  }
  return mergeList(items as Draft<{ name: string }>[], (a, b) =>
    a.name !== undefined && b.name !== undefined && sameKey(a.name.value) === sameKey(b.name.value), `${field}[]`, conflicts, undefined, authority);
}

/** One Draft from several that describe the same thing. */
export function mergeFields<T>(drafts: Draft<T>[], conflicts: Conflict[] = [], prefix = '', authority: Authority = NO_AUTHORITY): Draft<T> {
  const out: AnyDraft = {};
  const keys = new Set(drafts.flatMap((d) => Object.keys(d)));
  for (const key of keys) {
    const values = drafts.map((d) => (d as AnyDraft)[key]).filter((v) => v !== undefined);
    // A key a reader left undefined is no value: without this guard, `[].every(…)` would make it an empty list.
    if (!values.length) continue;
    const field = prefix ? `${prefix}.${key}` : key;
    if (values.every(Array.isArray)) out[key] = mergeArray(values as unknown[][], field, conflicts, authority);
    else out[key] = mergeFound(values.filter(isFound), field, conflicts, authority);
  }
  return out as Draft<T>;
}

/**
 * Drafts of a list section, deduplicated: each draft joins the first group whose merged form it
 * matches (`same`), so a match found through one document's draft also catches the next.
 */
export function mergeList<T>(
  drafts: Draft<T>[], same: (a: Draft<T>, b: Draft<T>) => boolean, prefix = '', conflicts: Conflict[] = [],
  prepare: (members: Draft<T>[]) => Draft<T>[] = (m) => m, authority: Authority = NO_AUTHORITY,
): Draft<T>[] {
  const groups: { members: Draft<T>[]; merged: Draft<T> }[] = [];
  for (const draft of drafts) {
    const group = groups.find((g) => same(g.merged, draft));
    if (group) {
      group.members.push(draft);
      group.merged = mergeFields(prepare(group.members), [], prefix, authority);
    } else groups.push({ members: [draft], merged: draft });
  }
  // Conflicts are collected once per final group, so a value is not reported again at every step;
  // they name the item ("contacts[Greta Aalto].role") so a person can find it.
  return groups.map((g) => {
    if (g.members.length === 1) return g.merged;
    const label = itemLabel(g.merged);
    return mergeFields(prepare(g.members), conflicts, label ? `${prefix}[${label}]` : prefix, authority);
  });
}

function itemLabel(draft: unknown): string | null {
  const d = draft as Record<string, Found<unknown> | undefined>;
  const named = d['name'] ?? d['flightNumber'];
  return named && isFound(named) ? String(named.value) : null;
}
