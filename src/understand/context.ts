/**
 * What every section extractor is given. Sections run in the fixed order of IMPORT_SECTIONS, so a
 * later section can lean on what an earlier one found: the show's date and city (from `general`)
 * resolve "the 14th" in an e-mail and tell an inbound flight from an outbound one.
 */
import type {
  Activity, Contact, Deal, DocumentEntry, ExtractedSource, Flight, Food, General, Hotel, ImportSection, Technical,
} from '../interfaces.js';
import type { Draft } from './found.js';

export interface UnderstandContext {
  /**
   * Every readable source of the import, e-mail attachments flattened in after their message,
   * in the order the user attached them; pasted text last. Sources that failed to read are left out.
   */
  sources: ExtractedSource[];
  /** The show's general details as found so far (empty until the general section has run). */
  general: Draft<General>;
  /** Stops the work when the job's lease is lost or the process shuts down. */
  signal: AbortSignal;
}

/**
 * A section extractor reads every source and returns what it found as Drafts: for a list section
 * (hotels, flights, food, activities, contacts) one Draft per item seen, for a record section (general,
 * deal, technical) one Draft per source that states something. Merging and scoring come after.
 */
export type SectionExtractor<T> = (ctx: UnderstandContext) => Draft<T>[];

/** The contract type of each section's items (or record). */
export interface SectionTypes {
  general: General; deal: Deal; hotels: Hotel; flights: Flight; food: Food; activities: Activity;
  contacts: Contact; technical: Technical; documents: DocumentEntry;
}

/** What the sections found in one import, before merging: every source's drafts, per section. */
export type SectionDrafts = { [K in ImportSection]?: Draft<SectionTypes[K]>[] };
