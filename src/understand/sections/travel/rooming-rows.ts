/**
 * Rooming-list rows beyond the guest's own cell: the room-mate column ("Share With", "Sharing with",
 * "Roommate") naming the room's second guest, often as the hotel's "Last, First"; and a status cell
 * that cancels the row ("CANCELLED", "CXL", "Declined"), which makes the row no room and its guest no guest.
 */
import type { TableCell, TableRecord } from '../../text/tables.js';

const ROOMMATE = /^(?:shar(?:e|es|ing)[ \t]+with|room[ \t-]?mate|sharer|zimmer[ \t]*partner|partage[ \t]+avec|comparte[ \t]+con)[.:]?$/iu;
// A status cell declining a request ("Declined", "Abgelehnt") leaves the row as unplanned as a cancelled one.
const CANCELLED = /^(?:cancell?ed|cxl|cxld|canceled|storniert|annul[ée]e?|cancelad[oa]|cancellat[oa]|avbokad|declined|rejected|abgelehnt|afgewezen|rechazad[oa]|refus[ée]e?)$/iu;

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

/**
 * A remark opening with the status in capitals, then its date or reason ("CANCELLED 03/05 – flight moved",
 * "CXL: no longer touring"), is a status cell too; a remark merely mentioning it ("cancelled the upgrade") is not.
 */
const CANCELLED_LEAD = /^(?:CANCELL?ED|CXLD?|STORNIERT|ANNUL[ÉE]E?|CANCELAD[OA]|CANCELLAT[OA])(?=[ \t]*[-–—:(\d])/u;

/** A row whose whole cell says it is cancelled ("CANCELLED", "CXL"); a remark mentioning it does not. */
export function isCancelledRow(record: TableRecord): boolean {
  return record.all.some((c) => isCancelledCell(c.value));
}

/** A cell saying its row is cancelled: the status alone, or a remark opening with it in capitals. */
export function isCancelledCell(value: string): boolean {
  return CANCELLED.test(value.trim()) || CANCELLED_LEAD.test(value.trim());
}
