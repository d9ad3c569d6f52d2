/**
 * A day sheet's column headed for both the place and a remark ("Place / Notes", "Jagya / Nondh", "Ort /
 * Hinweis") holds the place, then after a middle dot the remark: "Hotel lobby · Ann + Bo", "Main Stage · 75
 * min, no encore". A length opening the remark is the item's length, not a remark. Where the item has no
 * place of its own — a curfew, or a ride whose name draws its route ("Hotel → venue") — the whole cell is
 * the remark ("Tempo van + gear", "Noise permit – hard stop").
 */
import type { ExtractedSource } from '../../interfaces.js';
import { found } from '../found.js';
import { labelKey } from '../text/lexicon.js';
import { evidenceAt } from '../text/index.js';
import { normaliseDuration } from '../normalise/time.js';
import { normaliseText } from '../normalise/text.js';
import type { ScheduleItem } from './schedule.js';

interface PlaceNoteParts {
  place?: { value: string; index: number };
  note?: { value: string; index: number };
  lengthMinutes?: { value: number; index: number; length: number };
}

/** Whether a column's header names a place and a remark, one on each side of its slash. */
export function isPlaceNoteHeader(header: string): boolean {
  const keys = header.split(/\s+\/\s+/).map((half) => labelKey(half));
  return keys.length === 2 && keys.includes('notes') && (keys.includes('location') || keys.includes('venue'));
}

const LEADING_LENGTH = /^(\d{2,3}\s*min(?:utes?|s)?\.?)\s*(?:,|;|·)\s*/iu;

/** The cell's place and remark; `placeless` when the item keeps no place of its own. */
function placeNoteParts(value: string, placeless: boolean): PlaceNoteParts {
  const start = value.search(/\S/);
  if (start < 0) return {};
  const text = value.trimEnd();
  if (placeless) return { note: { value: text.slice(start), index: start } };
  const dot = text.indexOf(' · ', start);
  if (dot < 0) return { place: { value: text.slice(start), index: start } };
  const parts: PlaceNoteParts = { place: { value: text.slice(start, dot).trim(), index: start } };
  let noteAt = dot + 3;
  const length = LEADING_LENGTH.exec(text.slice(noteAt));
  const minutes = length ? normaliseDuration(length[1]!) : null;
  if (length && minutes) {
    parts.lengthMinutes = { value: minutes, index: noteAt, length: length[1]!.length };
    noteAt += length[0].length;
  }
  if (noteAt < text.length) parts.note = { value: text.slice(noteAt), index: noteAt };
  return parts;
}

/** Reads a place-and-remark cell into the item: its place, its remark (unless it has one) and its length. */
export function readPlaceNoteCell(source: ExtractedSource, cell: { value: string; span: [number, number] }, item: ScheduleItem, placeless: boolean): void {
  const parts = placeNoteParts(cell.value, placeless);
  const at = (part: { value: string; index: number }) => {
    const value = normaliseText(part.value);
    const start = cell.span[0] + part.index;
    return value ? found(value, evidenceAt(source, [start, start + part.value.length], 'table')) : undefined;
  };
  if (parts.place) item.location = at(parts.place);
  if (parts.note) item.notes ??= at(parts.note);
  const length = parts.lengthMinutes;
  if (length) {
    const start = cell.span[0] + length.index;
    item.lengthMinutes ??= found(length.value, evidenceAt(source, [start, start + length.length], 'table', true));
  }
}
