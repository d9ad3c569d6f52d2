/**
 * understand(): the sources of one import → the show's data with calibrated confidence.
 *
 *   sources ─▶ general ─▶ deal ─▶ hotels ─▶ flights ─▶ food ─▶ activities ─▶ contacts ─▶ technical ─▶ documents
 *                 │ (merged at once: later sections read ctx.general)
 *   drafts per section ─▶ merge (dedup, conflicts) ─▶ assemble (contract JSON + ConfidenceMap)
 *
 * Each section is a SectionExtractor (src/understand/sections/<name>.ts), called once per source
 * so progress can name the source being read and an abort is noticed between sources.
 * Invariants: the sections run in IMPORT_SECTIONS order; onProgress is awaited before each section
 * (sections_completed = the number finished) and once after the last one (sections_completed = total);
 * the signal is checked between sections and sources; nothing here touches the network or the clock.
 */
import { IMPORT_SECTIONS } from '../interfaces.js';
import type {
  Activity, Contact, Deal, DocumentCategory, DocumentEntry, ExtractedSource, Flight, Food, General, Hotel, ImportData,
  ImportResult, ImportSection, ImportWarning, ProgressUpdate, Technical,
} from '../interfaces.js';
import { Assembler, SHAPES } from './assemble.js';
import { doubtsOf, withDoubts, type Features } from './confidence/index.js';
import type { SectionExtractor, UnderstandContext } from './context.js';
import type { Draft, Found } from './found.js';
import {
  authorityOf, correctionAuthority, DEAL_TERMS, inPrecedence, mergeFields, mergeList, onFields, preferSpecificNames, sameActivity,
  sameContact, sameFlight, sameFood, sameHotel, type Conflict, withoutCorrectedActivities, withoutSupersededActivities,
} from './merge/index.js';
import { isProvisional } from './merge/provisional.js';
import { deferredScheduleAuthority } from './merge/deferred-schedule.js';
import { draftNames, overDraftAuthority } from './merge/draft-documents.js';
import { withRescheduledFlights } from './merge/rescheduled-flights.js';
import { extract as activities } from './sections/activities.js';
import { extract as contacts } from './sections/contacts.js';
import { extract as deal } from './sections/deal.js';
import { categorise, extract as documents } from './sections/documents.js';
import { extract as flights } from './sections/flights.js';
import { extract as food } from './sections/food.js';
import { extract as general } from './sections/general.js';
import { extract as hotels } from './sections/hotels.js';
import { withoutDeskSigners } from './merge/desk-signers.js';
import { withoutPlaceDeskRows } from './merge/place-desk-rows.js';
import { sameActivityOrMoment } from './merge/one-off-moments.js';
import { withoutLoneContact } from './sections/lone-contact.js';
import { extract as technical } from './sections/technical.js';
import { showSourcesOf } from './sections/show-relevance.js';
import { restoreSpans, spokenAsDigits } from './text/spoken.js';
import { withLatinDigits } from './text/native-digits.js';
import { withChristianEraDates } from './text/buddhist-era-dates.js';
import { withSomaliClocks } from './text/somali-clock.js';
import { withEnglishHalf } from './text/english-half.js';
import { withHausaClocks } from './text/hausa-clock.js';
import { originalTexts, restoreNativeText } from './text/native-values.js';

export interface UnderstandOptions {
  onProgress?(update: ProgressUpdate): void | Promise<void>;
  signal?: AbortSignal;
}

interface SectionTypes {
  general: General; deal: Deal; hotels: Hotel; flights: Flight; food: Food; activities: Activity;
  contacts: Contact; technical: Technical; documents: DocumentEntry;
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

/** Flights merged across sources, then with the new times a later message reports (merge/rescheduled-flights.ts). */
function flightsMerged(flights: Draft<Flight>[], sources: ExtractedSource[], conflicts: Conflict[]): Draft<Flight>[] {
  return withRescheduledFlights(mergeList(flights, sameFlight, '', conflicts, undefined, ownDocuments(sources, ['flight_ticket', 'boarding_pass'])), sources, conflicts);
}

function conflictWarnings(section: string, conflicts: Conflict[]): ImportWarning[] {
  return conflicts.map((c) => ({
    code: 'conflict',
    message: `${section}${c.field.startsWith('[') ? '' : '.'}${c.field}: the documents disagree — ${c.values
      .map((v, i) => `${JSON.stringify(v.value)} (${v.source})${i === 0 ? ' was kept' : ''}`).join(' vs ')}.`,
    sources: [...new Set(c.values.map((v) => v.source))],
  }));
}

/**
 * A hotel's or restaurant's own phone or e-mail goes on that item, not in contacts (IMPORT_DATA.md).
 * Only lines its markup, labels or table give it count: one found near its name in prose may be a person's.
 */
function withoutPlaceLines(contacts: Draft<Contact>[], places: Draft<Hotel | Food>[]): Draft<Contact>[] {
  const own = (f: Found<string> | undefined) => (f && f.method !== 'pattern' && f.method !== 'inferred' ? f.value : undefined);
  const lines = new Set(places.flatMap((p) => [own(p.phone), own(p.email)]).filter((v) => v));
  return contacts.filter((c) => !((c.email && lines.has(c.email.value)) || (c.phone && lines.has(c.phone.value))));
}

/** The other way round: a line guessed for a place from nearby text that is a contact's own is the person's. */
function withoutPersonLines(places: Draft<Hotel | Food>[], contacts: Draft<Contact>[]): void {
  const lines = new Set(contacts.flatMap((c) => [c.phone?.value, c.email?.value]).filter((v) => v));
  for (const place of places) {
    for (const key of ['phone', 'email'] as const) {
      const f = place[key];
      if (f?.method === 'pattern' && lines.has(f.value)) delete place[key];
    }
  }
}

/** The import's contracts that do not call themselves provisional (merge/provisional.ts). */
function bindingDocuments(sources: ExtractedSource[]) {
  return authorityOf(sources, (s) => categorise(s) === 'contract' && !isProvisional(s));
}

/** A booking's own documents (the hotel's confirmation, the ticket) are the authority on it when sources disagree. */
function ownDocuments(sources: ExtractedSource[], categories: DocumentCategory[]) {
  return authorityOf(sources, (s) => categories.includes(categorise(s)));
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
  const latinCopies = sources.map((s) => withEnglishHalf(withHausaClocks(withSomaliClocks(withChristianEraDates(withLatinDigits(s))))));
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
  const drafts: { [K in ImportSection]?: Draft<SectionTypes[K]>[] } = {};
  const conflicts = new Map<ImportSection, Conflict[]>();

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
    (drafts as Record<string, Draft<unknown>[]>)[section] = found;
    if (section === 'general') ctx.general = mergeFields(found as Draft<General>[]);
  }
  signal.throwIfAborted();
  await options.onProgress?.({ current_section: null, current_source: null, sections_completed: total, total_sections: total });

  const conflictsOf = (section: ImportSection) => {
    const list: Conflict[] = [];
    conflicts.set(section, list);
    return list;
  };
  // A message that corrects an earlier document outranks it on the show's times (merge/corrections.ts).
  const corrections = correctionAuthority(ctx.sources);
  // A contract that calls its schedule indicative gives way on the show's times (merge/deferred-schedule.ts).
  // A document not marked as a draft stands over one that is (merge/draft-documents.ts).
  const drafted = draftNames(ctx.sources);
  const mergedGeneral = mergeFields(drafts.general ?? [], conflictsOf('general'), '', inPrecedence(corrections, deferredScheduleAuthority(ctx.sources, (s) => categorise(s) === 'contract'), overDraftAuthority(drafted, ctx.sources.length)));
  const merged = {
    general: mergedGeneral,
    // The contract settles the deal's terms over e-mails and chats, unless a message explicitly corrects it.
    // A contract that is no mere offer ("subject to contract") settles them over the offer (merge/provisional.ts).
    deal: mergeFields(drafts.deal ?? [], conflictsOf('deal'), '', inPrecedence(corrections, onFields(bindingDocuments(ctx.sources), DEAL_TERMS), onFields(ownDocuments(ctx.sources, ['contract']), DEAL_TERMS))),
    technical: mergeFields(drafts.technical ?? [], conflictsOf('technical')),
    hotels: mergeList(drafts.hotels ?? [], sameHotel, '', conflictsOf('hotels'), undefined, ownDocuments(ctx.sources, ['hotel_confirmation'])),
    flights: flightsMerged(drafts.flights ?? [], ctx.sources, conflictsOf('flights')),
    food: mergeList(drafts.food ?? [], sameFood, '', conflictsOf('food')),
    // An item restating a show time the general merge rejected goes with it (merge/superseded.ts).
    activities: mergeList(withoutSupersededActivities(withoutCorrectedActivities(drafts.activities ?? [], corrections), conflicts.get('general') ?? [], ctx.general.date?.value, mergedGeneral.artist?.value, drafted), sameActivityOrMoment, '', conflictsOf('activities'), preferSpecificNames, corrections),
    contacts: mergeList(drafts.contacts ?? [], sameContact, '', conflictsOf('contacts')),
  };
  // The desk clerk who signs a place's confirmation over its lines is no contact (merge/desk-signers.ts).
  // A contacts row naming a place's front desk is that place's line, not a person (merge/place-desk-rows.ts).
  merged.contacts = withoutPlaceDeskRows(merged.contacts, [...merged.hotels, ...merged.food]);
  merged.contacts = withoutDeskSigners(withoutPlaceLines(merged.contacts, [...merged.hotels, ...merged.food]), [...merged.hotels, ...merged.food]);
  withoutPersonLines([...merged.hotels, ...merged.food], merged.contacts);
  // An import with no other data names no advance contact, only a preparer or signer (sections/lone-contact.ts).
  merged.contacts = withoutLoneContact(merged.contacts, [merged.general, merged.deal, merged.technical],
    [merged.hotels, merged.flights, merged.food, merged.activities], ctx.sources);

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
