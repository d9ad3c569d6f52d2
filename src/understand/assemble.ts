/**
 * Merged Drafts → the contract: every key present (null where not found, [] for empty lists), and a
 * ConfidenceMap entry for every non-null leaf, by path (`general.date`, `hotels[0].guests[1]`,
 * `flights[0].passengers[0].seat`).
 */
import type {
  Activity, ConfidenceMap, Contact, Deal, DocumentEntry, ExtractedSource, Flight, Food, General, Hotel, Passenger, Technical,
} from '../interfaces.js';
import { featuresOf, scoreOf, type Features } from './confidence/index.js';
import type { Draft, Found } from './found.js';

/** The contract's shape for each record: these keys, in this order, all null or []. */
export const SHAPES = {
  general: {
    artist: null, eventName: null, venue: null, address: null, city: null, country: null, date: null,
    doorsTime: null, setTime: null, setLengthMinutes: null, soundcheckTime: null, curfewTime: null,
  } satisfies Record<keyof General, null>,
  deal: {
    fee: null, currency: null, dealType: null, paymentTerms: null, depositPercent: null, notes: null,
  } satisfies Record<keyof Deal, null>,
  hotels: {
    name: null, address: null, city: null, country: null, checkInDate: null, checkInTime: null, checkOutDate: null,
    checkOutTime: null, rooms: null, guests: [], bookingReference: null, phone: null, email: null, notes: null,
  } satisfies Record<keyof Hotel, null | []>,
  flights: {
    airline: null, flightNumber: null, date: null, fromAirport: null, fromCity: null, toAirport: null, toCity: null,
    departureTime: null, arrivalTime: null, durationMinutes: null, aircraft: null, travelClass: null,
    bookingReference: null, direction: null, passengers: [],
  } satisfies Record<keyof Flight, null | []>,
  passengers: { name: null, seat: null, ticketNumber: null } satisfies Record<keyof Passenger, null>,
  food: {
    name: null, kind: null, address: null, city: null, phone: null, email: null, date: null, time: null,
    guestCount: null, bookingReference: null, notes: null,
  } satisfies Record<keyof Food, null>,
  activities: {
    name: null, kind: null, date: null, startTime: null, endTime: null, location: null, destination: null, notes: null,
  } satisfies Record<keyof Activity, null>,
  contacts: { name: null, role: null, company: null, phone: null, email: null } satisfies Record<keyof Contact, null>,
  technical: {
    equipment: null, backline: null, stage: null, lighting: null, sound: null, video: null, other: null,
  } satisfies Record<keyof Technical, null>,
  documents: { fileName: null, mimeType: null, sizeBytes: null, pages: null, category: null } satisfies Record<keyof DocumentEntry, null>,
} as const;

type Shape = Record<string, null | readonly never[]>;

/** Which nested lists hold records, and the shape of those records. */
const NESTED: Record<string, Shape> = { passengers: SHAPES.passengers };

/**
 * The contract's text is trimmed and single-spaced (IMPORT_DATA.md); a section that joins cells or lines
 * with tabs or newlines must not make the whole output schema-invalid, so every string leaf is
 * collapsed here as a last guard.
 */
function singleSpaced(value: unknown): unknown {
  return typeof value === 'string' && /\s\s|[^\S ]|^\s|\s$/.test(value) ? value.replace(/\s+/g, ' ').trim() : value;
}

export class Assembler {
  readonly confidence: ConfidenceMap = {};
  /** The evidence features behind each entry of `confidence`, for calibration. */
  readonly features: Record<string, Features> = {};

  private readonly sources: ReadonlyMap<string, ExtractedSource>;

  /** @param sources the readable sources, whose format and OCR the features of their values record. */
  constructor(sources: readonly ExtractedSource[]) {
    this.sources = new Map(sources.map((s) => [s.name, s]));
  }

  private entry(path: string, f: Found<unknown>): void {
    const at = { source: this.sources.get(f.source), path };
    this.features[path] = featuresOf(f, at);
    this.confidence[path] = {
      score: scoreOf(f, at),
      source: f.source,
      page: f.page,
      span: f.span,
      method: f.support > 1 ? 'merged' : f.method,
    };
  }

  /** One record of `shape` from a Draft, recording confidence under `path`. */
  record<T>(shape: Shape, draft: Draft<T> | undefined, path: string): T {
    const out: Record<string, unknown> = {};
    const d = (draft ?? {}) as Record<string, unknown>;
    for (const [key, empty] of Object.entries(shape)) {
      const value = d[key];
      const at = `${path}.${key}`;
      if (Array.isArray(empty)) {
        const list = (Array.isArray(value) ? value : []) as unknown[];
        const nested = NESTED[key];
        out[key] = list.map((item, i) => {
          if (nested) return this.record(nested, item as Draft<unknown>, `${at}[${i}]`);
          const f = item as Found<unknown>;
          this.entry(`${at}[${i}]`, f);
          return singleSpaced(f.value);
        });
      } else if (value !== undefined && value !== null && (value as Found<unknown>).value !== null) {
        const f = value as Found<unknown>;
        this.entry(at, f);
        out[key] = singleSpaced(f.value);
      } else out[key] = null;
    }
    return out as T;
  }

  list<T>(shape: Shape, drafts: Draft<T>[], section: string): T[] {
    return drafts.map((d, i) => this.record<T>(shape, d, `${section}[${i}]`));
  }
}
