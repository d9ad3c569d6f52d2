/**
 * Evidence → features: the handful of facts about how a value was found that its probability of
 * being right depends on. Values with the same features form one evidence class; calibration
 * maps each class to the share of its values that were right on labelled data.
 */
import type { ExtractedSource } from '../../interfaces.js';
import type { Found } from '../found.js';
import { isMail, isSpreadsheet } from '../text/index.js';

export type Validation = 'valid' | 'invalid' | 'unchecked';

/**
 * What kind of text the value was read from. Narrative (e-mail bodies, pasted chats) is where
 * new documents go wrong most: values sit in prose, quoted replies and other acts' schedules.
 */
export type Genre = 'narrative' | 'document' | 'table' | 'markup' | 'image';

/** What the field holds: codes, dates and numbers are checked against reference data; names and text are not. */
export type FieldKind = 'code' | 'when' | 'number' | 'enum' | 'name' | 'text';

export interface Features {
  method: Found<unknown>['method'];
  validation: Validation;
  /** Several sources gave the same value. */
  agreed: boolean;
  /** Another source gave a different value. */
  conflict: boolean;
  /** The source was read by OCR. */
  ocr: boolean;
  /** null where the source is not known (ranking candidates while merging). */
  genre: Genre | null;
  /** null where the field is not known. */
  kind: FieldKind | null;
}

/** Where a value sits: its source and its contract path (`hotels[0].checkInDate`). */
export interface Place {
  source?: Pick<ExtractedSource, 'format' | 'origin' | 'ocr'>;
  path?: string;
}

export function genreOf(source: Pick<ExtractedSource, 'format' | 'origin' | 'ocr'>): Genre {
  if (source.origin === 'pasted' || isMail(source)) return 'narrative';
  if (isSpreadsheet(source)) return 'table';
  if (source.format === 'html') return 'markup';
  if (source.ocr.used || ['png', 'jpeg', 'tiff', 'heic'].includes(source.format)) return 'image';
  return 'document';
}

const KINDS: Record<Exclude<FieldKind, 'text'>, readonly string[]> = {
  code: ['currency', 'country', 'fromAirport', 'toAirport', 'flightNumber', 'bookingReference', 'ticketNumber', 'seat', 'email', 'phone', 'airline', 'aircraft'],
  when: ['date', 'checkInDate', 'checkOutDate', 'checkInTime', 'checkOutTime', 'doorsTime', 'setTime', 'soundcheckTime', 'curfewTime', 'departureTime', 'arrivalTime', 'startTime', 'endTime', 'time'],
  number: ['fee', 'depositPercent', 'setLengthMinutes', 'durationMinutes', 'rooms', 'guestCount'],
  enum: ['kind', 'dealType', 'direction', 'travelClass'],
  name: ['name', 'artist', 'venue', 'eventName', 'company', 'guests'],
};

/** The kind of the field at a contract path, from its last key (`flights[0].passengers[1].seat` → code). */
export function kindOf(path: string): FieldKind {
  const key = path.replace(/\[\d+\]/g, '').split('.').pop()!;
  const kind = (Object.keys(KINDS) as (keyof typeof KINDS)[]).find((k) => KINDS[k].includes(key));
  return kind ?? 'text';
}

export function featuresOf(f: Pick<Found<unknown>, 'method' | 'validated' | 'support' | 'conflict'>, at: Place = {}): Features {
  return {
    method: f.method,
    validation: f.validated === true ? 'valid' : f.validated === false ? 'invalid' : 'unchecked',
    agreed: f.support > 1,
    conflict: f.conflict,
    ocr: at.source?.ocr.used ?? false,
    genre: at.source ? genreOf(at.source) : null,
    kind: at.path ? kindOf(at.path) : null,
  };
}

/**
 * The evidence class keys, most specific first (`label|valid|narrative|when`, …, `label`);
 * calibration answers from the most specific one it has. Agreement and conflict are too rare to
 * fit per class: calibration applies them as adjustments.
 */
export function classKeys(x: Features): string[] {
  const parts = [x.ocr ? `ocr-${x.method}` : x.method, x.validation];
  if (x.genre) parts.push(x.genre);
  if (x.genre && x.kind) parts.push(x.kind);
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('|'));
}
