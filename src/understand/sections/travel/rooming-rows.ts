/**
 * Rooming-list rows beyond the guest's own cell: the room-mate column ("Share With", "Sharing with",
 * "Roommate") naming the room's second guest, often as the hotel's "Last, First"; and a status cell
 * that cancels the row ("CANCELLED", "CXL"), which makes the row no room and its guest no guest.
 */
import type { TableCell, TableRecord } from '../../text/tables.js';

const ROOMMATE = /^(?:shar(?:e|es|ing)[ \t]+with|room[ \t-]?mate|sharer|zimmer[ \t]*partner|partage[ \t]+avec|comparte[ \t]+con)[.:]?$/iu;
const CANCELLED = /^(?:cancell?ed|cxl|cxld|canceled|storniert|annul[ée]e?|cancelad[oa]|cancellat[oa]|avbokad)$/iu;

/** The row's room-mate cell, when the table has a room-mate column. */
export function roommateCell(record: TableRecord): TableCell | undefined {
  return record.all.find((c) => ROOMMATE.test(c.header.trim()));
}

/** Whether a table has a room-mate column: then each row is one room, its second guest beside it. */
export function hasRoommateColumn(header: string[]): boolean {
  return header.some((h) => ROOMMATE.test(h.trim()));
}

/** "Byrne, Cillian" → "Cillian Byrne": a hotel system's "Last, First" turned given name first. */
export function givenNameFirst(value: string): string {
  const m = /^([^,]+),[ \t]*([^,]+)$/.exec(value.trim());
  return m ? `${m[2]!.trim()} ${m[1]!.trim()}` : value.trim();
}

/** A row whose whole cell says it is cancelled ("CANCELLED", "CXL"); a remark mentioning it does not. */
export function isCancelledRow(record: TableRecord): boolean {
  return record.all.some((c) => CANCELLED.test(c.value.trim()));
}
