/**
 * understand(): the sources of one import → the show's data with calibrated confidence.
 *
 *   sources ─▶ general ─▶ deal ─▶ hotels ─▶ flights ─▶ food ─▶ activities ─▶ contacts ─▶ technical ─▶ documents
 *                 │ (merged at once: later sections read ctx.general)
 *   drafts per section ─▶ merge (dedup, authority, conflicts: merge/import.ts) ─▶ assemble (contract JSON + ConfidenceMap)
 *
 * Each section is a SectionExtractor (src/understand/sections/<name>.ts), called once per source
 * so progress can name the source being read and an abort is noticed between sources.
 * Invariants: the sections run in IMPORT_SECTIONS order; onProgress is awaited before each section
 * (sections_completed = the number finished) and once after the last one (sections_completed = total);
 * the signal is checked between sections and sources; nothing here touches the network or the clock.
 */
import { IMPORT_SECTIONS } from '../interfaces.js';
import type {
  Activity, Contact, Deal, DocumentEntry, ExtractedSource, Flight, Food, General, Hotel, ImportData,
  ImportResult, ImportSection, ImportWarning, ProgressUpdate, Technical,
} from '../interfaces.js';
import { Assembler, SHAPES } from './assemble.js';
import { doubtsOf, withDoubts, type Features } from './confidence/index.js';
import type { SectionDrafts, SectionExtractor, SectionTypes, UnderstandContext } from './context.js';
import type { Draft } from './found.js';
import { mergeFields, type Conflict } from './merge/index.js';
import { mergeImport } from './merge/import.js';
import { extract as activities } from './sections/activities.js';
import { extract as contacts } from './sections/contacts.js';
import { extract as deal } from './sections/deal.js';
import { extract as documents } from './sections/documents.js';
import { extract as flights } from './sections/flights.js';
import { extract as food } from './sections/food.js';
import { extract as general } from './sections/general.js';
import { extract as hotels } from './sections/hotels.js';
import { extract as technical } from './sections/technical.js';
import { showSourcesOf } from './sections/show-relevance.js';
import { showDaysInImportYear } from './sections/activity-yearless-day.js';
import { restoreSpans, spokenAsDigits } from './text/spoken.js';
import { withLatinDigits } from './text/native-digits.js';
import { withChristianEraDates } from './text/buddhist-era-dates.js';
import { withBracketedDigits } from './text/bracketed-digits.js';
import { withSomaliClocks } from './text/somali-clock.js';
import { withEnglishHalf } from './text/english-half.js';
import { withHausaClocks } from './text/hausa-clock.js';
import { originalTexts, restoreNativeText } from './text/native-values.js';

export interface UnderstandOptions {
  onProgress?(update: ProgressUpdate): void | Promise<void>;
  signal?: AbortSignal;
}

type Extractors = { [K in ImportSection]: SectionExtractor<SectionTypes[K]> };

const EXTRACTORS: Extractors = { general, deal, hotels, flights, food, activities, contacts, technical, documents };

/** Readable sources in reading order: each file, then its attachments; pasted text last. */
export function readingOrder(sources: ExtractedSource[]): ExtractedSource[] {
  const flat: ExtractedSource[] = [];
  const walk = (s: ExtractedSource) => {
    if (!s.error) flat.push(s);
    s.children.forEach(walk);
  };
  sources.filter((s) => s.origin !== 'pasted').forEach(walk);
  sources.filter((s) => s.origin === 'pasted').forEach(walk);
  return flat;
}

function unreadableWarnings(sources: ExtractedSource[]): ImportWarning[] {
  const out: ImportWarning[] = [];
  const walk = (s: ExtractedSource) => {
    if (s.error) out.push({ code: s.error.code, message: `${s.name}: ${s.error.message}`, sources: [s.name] });
    else if (!s.text.trim() && !s.children.length) {
      out.push({ code: 'empty_source', message: `${s.name}: no text could be read from this file.`, sources: [s.name] });
    }
    s.children.forEach(walk);
  };
  sources.forEach(walk);
  return out;
}

function conflictWarnings(section: string, conflicts: Conflict[]): ImportWarning[] {
  return conflicts.map((c) => ({
    code: 'conflict',
    message: `${section}${c.field.startsWith('[') ? '' : '.'}${c.field}: the documents disagree — ${c.values
      .map((v, i) => `${JSON.stringify(v.value)} (${v.source})${i === 0 ? ' was kept' : ''}`).join(' vs ')}.`,
    sources: [...new Set(c.values.map((v) => v.source))],
  }));
}

export async function understand(sources: ExtractedSource[], options: UnderstandOptions = {}): Promise<ImportResult> {
  return (await understandWithEvidence(sources, options)).result;
}

/**
 * understand(), also returning the evidence features behind each confidence entry and its doubts
 * (for calibration: the class table is fitted on the features, before the doubts lower the scores).
 */
export async function understandWithEvidence(
  sources: ExtractedSource[], options: UnderstandOptions = {},
): Promise<{ result: ImportResult; features: Record<string, Features>; doubts: Record<string, string[]> }> {
  const signal = options.signal ?? new AbortController().signal;
  // Arabic-Indic and Persian digits are read as ASCII ones, through a copy of the same length (text/native-digits.ts),
  // and Thai or Lao paperwork's Buddhist-era years as A.D. ones (text/buddhist-era-dates.ts).
  // A Somali clock with its part of the day after it, as the 24-hour time (text/somali-clock.ts), and a
  // Hausa one ("ƙarfe 5:45 na yamma", text/hausa-clock.ts).
  // A message written again in English below a divider is read by its English half (text/english-half.ts).
  // A contract's numbers in words with their digits in brackets, "veintiuno (21)", as the digits (text/bracketed-digits.ts).
  const latinCopies = sources.map((s) => withBracketedDigits(withEnglishHalf(withHausaClocks(withSomaliClocks(withChristianEraDates(withLatinDigits(s)))))));
  const ctx: UnderstandContext = { sources: readingOrder(latinCopies), general: {}, signal };
  // Free-text values read from such a copy keep the source's own digits and words (text/native-values.ts).
  const nativeTexts = originalTexts(sources, latinCopies);
  // A newsletter, programme or roster of other acts' nights gives no show data, and of a message
  // advancing several shows only the named one's block is read (sections/show-relevance.ts).
  const showSources = showSourcesOf(ctx.sources);
  // Spoken numbers ("às oito e meia") are read as digits, through a copy whose spans map back (text/spoken.ts).
  const spoken = new Map(showSources.map((s) => [s, spokenAsDigits(s)] as const));
  const spokenSeen = new WeakSet<object>();
  const total = IMPORT_SECTIONS.length;
  const drafts: SectionDrafts = {};

  for (const [done, section] of IMPORT_SECTIONS.entries()) {
    signal.throwIfAborted();
    const found: Draft<unknown>[] = [];
    const extract = EXTRACTORS[section] as SectionExtractor<unknown>;
    // Documents lists what the user attached, read or not (not e-mail attachments, not pasted text).
    const sectionSources = section === 'documents' ? sources.filter((s) => s.origin === 'file') : showSources;
    for (const source of sectionSources) {
      signal.throwIfAborted();
      await options.onProgress?.({ current_section: section, current_source: source.name, sections_completed: done, total_sections: total });
      const reading = spoken.get(source);
      const sourceDrafts = extract({ ...ctx, sources: [reading?.source ?? source] });
      if (reading) restoreSpans(sourceDrafts, reading, spokenSeen);
      restoreNativeText(sourceDrafts, nativeTexts);
      found.push(...sourceDrafts);
    }
    if (!sectionSources.length) {
      await options.onProgress?.({ current_section: section, current_source: null, sections_completed: done, total_sections: total });
    }
    // A dateless note's year-less show day takes the year the import's other documents write (activity-yearless-day.ts).
    const sectionDrafts = section === 'general' ? showDaysInImportYear(found as Draft<General>[], showSources) : found;
    (drafts as Record<string, Draft<unknown>[]>)[section] = sectionDrafts;
    if (section === 'general') ctx.general = mergeFields(sectionDrafts as Draft<General>[]);
  }
  signal.throwIfAborted();
  await options.onProgress?.({ current_section: null, current_source: null, sections_completed: total, total_sections: total });

  const { merged, conflicts } = mergeImport(drafts, ctx.sources, ctx.general);

  const a = new Assembler(ctx.sources);
  const extracted: ImportData = {
    general: a.record<General>(SHAPES.general, merged.general, 'general'),
    deal: a.record<Deal>(SHAPES.deal, merged.deal, 'deal'),
    hotels: a.list<Hotel>(SHAPES.hotels, merged.hotels, 'hotels'),
    flights: a.list<Flight>(SHAPES.flights, merged.flights, 'flights'),
    food: a.list<Food>(SHAPES.food, merged.food, 'food'),
    activities: a.list<Activity>(SHAPES.activities, merged.activities, 'activities'),
    contacts: a.list<Contact>(SHAPES.contacts, merged.contacts, 'contacts'),
    technical: a.record<Technical>(SHAPES.technical, merged.technical, 'technical'),
    documents: a.list<DocumentEntry>(SHAPES.documents, drafts.documents ?? [], 'documents'),
    warnings: [
      ...unreadableWarnings(sources),
      ...[...conflicts].flatMap(([section, list]) => conflictWarnings(section, list)),
    ],
  };
  // Facts about the whole import that its values' own evidence cannot see lower their scores (confidence/doubts.ts).
  const doubts = doubtsOf(extracted, a.confidence, ctx.sources);
  return { result: { extracted, confidence: withDoubts(a.confidence, doubts) }, features: a.features, doubts };
}
