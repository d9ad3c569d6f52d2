/**
 * What the travel sections take from the rest of the import: the show's date, city and country
 * (from `general`), the date a source's relative dates are read against, and the rule for combining
 * drafts of one source that describe the same item.
 */
import type { ExtractedSource } from '../../../interfaces.js';
import type { UnderstandContext } from '../../context.js';
import type { Draft } from '../../found.js';
import { foldText } from '../../../reference/index.js';
import { dateFromIso } from '../../normalise/index.js';
import { read } from '../../text/index.js';
import { writtenYearDate } from '../written-year.js';

export function showDateOf(ctx: UnderstandContext): string | null {
  return ctx.general.date?.value ?? null;
}

export function showPlace(ctx: UnderstandContext): { city: string | null; country: string | null } {
  return { city: ctx.general.city?.value ?? null, country: ctx.general.country?.value ?? null };
}

/**
 * The date year-less and relative dates are read against: the e-mail's date, else the show's date,
 * else the first date with a year the source writes.
 */
export function referenceDate(source: ExtractedSource, ctx: UnderstandContext): Date | null {
  const fromMail = read(source).referenceDate;
  if (fromMail) return fromMail;
  const show = showDateOf(ctx);
  if (show) return dateFromIso(show);
  return writtenYearDate(source);
}

function richness(d: object): number {
  return Object.values(d).reduce<number>((n, v) => n + (Array.isArray(v) ? (v.length ? 1 : 0) : v === undefined ? 0 : 1), 0);
}

/**
 * Drafts of one source with the same name become one: the richest first, the others filling only
 * what it lacks; lists of values (a rooming list's guests, row by row) are joined, each value once.
 */
export function combineByName<T extends object>(drafts: Draft<T>[], nameOf: (d: Draft<T>) => string): Draft<T>[] {
  const groups = new Map<string, Draft<T>[]>();
  for (const d of drafts) {
    const key = foldText(nameOf(d));
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return [...groups.values()].map((group) => {
    const [best, ...rest] = [...group].sort((a, b) => richness(b) - richness(a));
    const out = { ...best! } as Record<string, unknown>;
    for (const other of rest) {
      for (const [k, v] of Object.entries(other)) {
        const have = out[k];
        if (have === undefined) out[k] = v;
        else if (Array.isArray(have) && Array.isArray(v)) {
          const seen = new Set(have.map((f: { value?: unknown }) => JSON.stringify(f.value)));
          out[k] = [...have, ...v.filter((f: { value?: unknown }) => f.value !== undefined && !seen.has(JSON.stringify(f.value)))];
        }
      }
    }
    return out as Draft<T>;
  });
}
