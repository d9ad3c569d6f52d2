/**
 * The types that cross Intake's layers. Data flows one way:
 *
 *   bytes ──extract──▶ ExtractedSource ──understand──▶ ImportResult ──jobs/server──▶ show
 *
 * Each layer owns its internals; only what is written here is shared.
 */

// ─── The data contract (docs/IMPORT_DATA.md): what an import produces ───────────────────────

export type DealType = 'guarantee' | 'guarantee_vs_percentage' | 'door_split' | 'flat' | 'other';
export type FlightDirection = 'inbound' | 'outbound';
export type FoodKind = 'catering' | 'restaurant' | 'buyout';
export type ActivityKind =
  | 'soundcheck' | 'load_in' | 'doors' | 'set' | 'curfew' | 'transfer' | 'meeting' | 'interview' | 'other';
export type DocumentCategory =
  | 'contract' | 'rider' | 'itinerary' | 'hotel_confirmation' | 'flight_ticket'
  | 'boarding_pass' | 'visa' | 'invoice' | 'contact_sheet' | 'other';

export interface General {
  artist: string | null;
  eventName: string | null;
  venue: string | null;
  address: string | null;
  city: string | null;
  country: string | null;
  date: string | null;
  doorsTime: string | null;
  setTime: string | null;
  setLengthMinutes: number | null;
  soundcheckTime: string | null;
  curfewTime: string | null;
}

export interface Deal {
  fee: number | null;
  currency: string | null;
  dealType: DealType | null;
  paymentTerms: string | null;
  depositPercent: number | null;
  notes: string | null;
}

export interface Hotel {
  name: string | null;
  address: string | null;
  city: string | null;
  country: string | null;
  checkInDate: string | null;
  checkInTime: string | null;
  checkOutDate: string | null;
  checkOutTime: string | null;
  rooms: number | null;
  guests: string[];
  bookingReference: string | null;
  phone: string | null;
  email: string | null;
  notes: string | null;
}

export interface Passenger {
  name: string | null;
  seat: string | null;
  ticketNumber: string | null;
}

export interface Flight {
  airline: string | null;
  flightNumber: string | null;
  date: string | null;
  fromAirport: string | null;
  fromCity: string | null;
  toAirport: string | null;
  toCity: string | null;
  departureTime: string | null;
  arrivalTime: string | null;
  durationMinutes: number | null;
  aircraft: string | null;
  travelClass: string | null;
  bookingReference: string | null;
  direction: FlightDirection | null;
  passengers: Passenger[];
}

export interface Food {
  name: string | null;
  kind: FoodKind | null;
  address: string | null;
  city: string | null;
  phone: string | null;
  email: string | null;
  date: string | null;
  time: string | null;
  guestCount: number | null;
  bookingReference: string | null;
  notes: string | null;
}

export interface Activity {
  name: string | null;
  kind: ActivityKind;
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  location: string | null;
  destination: string | null;
  notes: string | null;
}

export interface Contact {
  name: string | null;
  role: string | null;
  company: string | null;
  phone: string | null;
  email: string | null;
}

export interface Technical {
  equipment: string | null;
  backline: string | null;
  stage: string | null;
  lighting: string | null;
  sound: string | null;
  video: string | null;
  other: string | null;
}

export interface DocumentEntry {
  fileName: string;
  mimeType: string | null;
  sizeBytes: number | null;
  pages: number | null;
  category: DocumentCategory;
}

export interface ImportWarning {
  code: string;
  message: string;
  sources: string[];
}

export interface ImportData {
  general: General;
  deal: Deal;
  hotels: Hotel[];
  flights: Flight[];
  food: Food[];
  activities: Activity[];
  contacts: Contact[];
  technical: Technical;
  documents: DocumentEntry[];
  warnings: ImportWarning[];
}

export type ExtractionMethod =
  | 'label' | 'pattern' | 'table' | 'schema_org' | 'ocr' | 'llm' | 'merged' | 'inferred';

/** How sure the extractor is of one leaf, and where the value came from. */
export interface FieldConfidence {
  /** Calibrated probability that the value is exactly right, 0..1. */
  score: number;
  /** The attached file's name, or "pasted text". */
  source: string;
  /** 1-based page, where the format has pages. */
  page: number | null;
  /** Character offsets [start, end) into that source's extracted `text`. */
  span: [number, number] | null;
  method: ExtractionMethod;
}

/** Field path (e.g. `hotels[0].checkInDate`, `flights[1].passengers[0].seat`) → confidence. */
export type ConfidenceMap = Record<string, FieldConfidence>;

export interface ImportResult {
  extracted: ImportData;
  confidence: ConfidenceMap;
}

// ─── Extraction: bytes → text ───────────────────────────────────────────────────────────────

export type SourceFormat =
  | 'pdf' | 'docx' | 'xlsx' | 'odt' | 'ods' | 'csv' | 'txt' | 'html' | 'eml' | 'msg' | 'ics' | 'vcf' | 'rtf'
  | 'png' | 'jpeg' | 'tiff' | 'heic' | 'unknown';

/** Why a file could not be read. Each is something a person can act on. */
export type ExtractErrorCode =
  | 'pdf_encrypted' | 'file_corrupt' | 'unsupported_type' | 'too_large' | 'too_many_pages'
  | 'timeout' | 'out_of_memory' | 'parser_crashed' | 'empty_file';

export interface ExtractIssue {
  code: string;
  message: string;
}

export interface ExtractedPage {
  /** 1-based. */
  number: number;
  text: string;
  /** Where this page's text starts in the source's `text`. */
  offset: number;
}

export interface ExtractedTable {
  rows: string[][];
  /** The 1-based page (PDF) or sheet name (XLSX, ODS) the table came from, where known. */
  page: number | null;
  sheet: string | null;
}

/** Format metadata: PDF title/author/producer, e-mail from/to/cc/date/subject, and so on. */
export type SourceMetadata = Record<string, string | string[] | null>;

/** One attached file or pasted text, read. */
export interface ExtractedSource {
  /** File name as attached, or "pasted text". */
  name: string;
  /** `file` for attached files (and their e-mail attachments), `pasted` for pasted text. */
  origin: 'file' | 'pasted' | 'attachment';
  /** Detected from content. */
  format: SourceFormat;
  /** The declared MIME type, or the detected one where nothing was declared. */
  mimeType: string;
  sizeBytes: number;
  /** Normalised text: NFKC, ligatures expanded, line-end hyphenation joined. Spans point into it. */
  text: string;
  pages: ExtractedPage[];
  tables: ExtractedTable[];
  wordCount: number;
  /** PDF pages; 1 for images; null for formats without pages. */
  pageCount: number | null;
  ocr: { used: boolean; meanConfidence: number | null };
  metadata: SourceMetadata;
  /** Raw markup of HTML sources and e-mail HTML parts, kept for schema.org JSON-LD and microdata. */
  html: string | null;
  warnings: ExtractIssue[];
  /** E-mail attachments, read the same way (at most two levels deep). */
  children: ExtractedSource[];
  /** Set when the file could not be read; the text is then empty. */
  error: (ExtractIssue & { code: ExtractErrorCode }) | null;
}

// ─── Jobs: the import lifecycle ─────────────────────────────────────────────────────────────

export const IMPORT_SECTIONS = [
  'general', 'deal', 'hotels', 'flights', 'food', 'activities', 'contacts', 'technical', 'documents',
] as const;
export type ImportSection = (typeof IMPORT_SECTIONS)[number];

/** What the worker writes to `import_jobs.progress_data` while a job runs. */
export interface ImportProgress {
  current_section: ImportSection | null;
  current_source: string | null;
  sections_completed: number;
  total_sections: number;
  started_at: string;
  last_updated: string;
}

/** What the understanding layer reports as it goes; the worker adds the timestamps. */
export type ProgressUpdate = Pick<
  ImportProgress, 'current_section' | 'current_source' | 'sections_completed' | 'total_sections'
>;

export type ImportJobStatus = 'pending' | 'processing' | 'completed' | 'failed' | 'committed' | 'cancelled';

export interface JobError {
  code: string;
  message: string;
}
