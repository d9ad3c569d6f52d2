/** Reads a travel fixture through the real extraction layer and runs a section on it. */
import { readFileSync } from 'node:fs';
import { readSource } from '../../../src/extract/read.js';
import { DEFAULT_LIMITS } from '../../../src/extract/limits.js';
import { extractPastedText } from '../../../src/extract/index.js';
import type { ExtractedSource, General } from '../../../src/interfaces.js';
import { extract as contacts } from '../../../src/understand/sections/contacts.js';
import type { SectionExtractor } from '../../../src/understand/context.js';
import type { Draft, Found } from '../../../src/understand/found.js';
import { found } from '../../../src/understand/found.js';

const FIXTURES = new URL('../../fixtures/understand/', import.meta.url);

export async function fixtureSource(path: string, origin: ExtractedSource['origin'] = 'file'): Promise<ExtractedSource> {
  const bytes = readFileSync(new URL(path, FIXTURES));
  const name = path.split('/').pop()!;
  return readSource({ bytes, name, declaredType: null, origin, depth: 0 }, DEFAULT_LIMITS);
}

/** A `general` draft stating the show's date, city and country, as the general section would. */
export function show(date: string, city?: string, country?: string): Draft<General> {
  const at = <T>(value: T): Found<T> => found(value, { method: 'label', source: 'contract', page: null, span: null, validated: true });
  return { date: at(date), ...(city ? { city: at(city) } : {}), ...(country ? { country: at(country) } : {}) };
}

export function run<T>(extract: SectionExtractor<T>, source: ExtractedSource, general: Draft<General> = {}): Draft<T>[] {
  return extract({ sources: [source], general, signal: new AbortController().signal });
}

/** The values of a draft (and nested drafts), for comparing with what a reader expects. */
export function values(draft: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(draft).map(([k, v]) => [
    k,
    Array.isArray(v) ? v.map((x: Found<unknown> | object) => ('value' in x ? x.value : values(x))) : (v as Found<unknown>).value,
  ]));
}

/** The contacts read from pasted `text` as rows [name, role, company, phone, e-mail], in a show in `country` if given. */
export function contactRows(text: string, country?: string): (string | null | undefined)[][] {
  return run(contacts, extractPastedText(text), country ? show('2027-06-05', undefined, country) : {})
    .map((c) => [c.name?.value, c.role?.value ?? null, c.company?.value ?? null, c.phone?.value ?? null, c.email?.value ?? null]);
}
