/**
 * An itinerary's VENUE section row: a "VENUE" heading over a row "– ⇥ Hall 4 ⇥ Street 68, 1711 City ·
 * cap. 700 · access via gate 3": the cell before the last names the venue, the last cell's first part
 * (set apart by middle dots, bars or semicolons) is its street address. A row whose details hold no
 * street address with a city ("No show ⇥ Travel day") places no venue, and the next VENUE block is read.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { findDates, normaliseCountry } from '../normalise/index.js';
import { evidenceAt, read, type TableCell, type TableRecord } from '../text/index.js';
import { labelKey, type LabelKey } from '../text/lexicon.js';
import { addAddress, addVenue } from './general-venue.js';
import { isStreetAddress, placeOf } from './place.js';

export function fromVenueRow(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.venue) return;
  const lines = read(source).lines;
  for (let i = 0; i + 1 < lines.length; i++) {
    const heading = lines[i]!.text.trim();
    if (!heading || heading !== heading.toUpperCase() || labelKey(heading) !== 'venue') continue;
    const row = lines[i + 1]!;
    const cells = row.text.split('\t').map((c) => c.trim()).filter(Boolean);
    if (cells.length < 2) continue;
    const name = cells[cells.length - 2]!;
    const address = cells[cells.length - 1]!.split(/\s+[·•|]\s+|;\s*/)[0]!.trim();
    if (!/^\p{Lu}/u.test(name) || name.split(/\s+/).length > 5 || !isStreetAddress(address) || !placeOf(address).city) continue;
    const nameAt = row.start + row.text.indexOf(name);
    draft.venue = found(name, evidenceAt(source, [nameAt, nameAt + name.length], 'pattern'));
    addAddress(draft, source, address, row.start + row.text.indexOf(address), 'pattern');
    return;
  }
}

/** The item label and place cell of a grid's row, when the item cell names a field ("Venue", "Address"). */
function itemPlace(record: TableRecord | undefined): { key: LabelKey | null; place: TableCell } | null {
  const item = record?.cells.schedule_item;
  const place = record?.cells.location ?? record?.cells.address;
  return item && place?.span ? { key: labelKey(item.value), place } : null;
}

/**
 * A day sheet's grid with one row per item ("DATE | TIME | ITEM | WHERE | NOTES") may give the venue a
 * row of its own: "Venue" in the item column, "Hall 4, Street 68, 1711 City" in the place column; or
 * the name alone, its street address on an "Address" row right below ("Venue ⇥ Hall 4" / "Address ⇥
 * Street 68, 1711 City"), as an advance sheet's show block lists its fields.
 */
export function fromVenueItemRow(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.venue) return;
  for (const table of read(source).tables) {
    for (const [i, record] of table.records.entries()) {
      const row = itemPlace(record);
      if (row?.key !== 'venue') continue;
      if (addVenue(draft, source, row.place.value, row.place.span![0], 'table')) return;
      const below = itemPlace(table.records[i + 1]);
      if (below?.key !== 'address' || !isStreetAddress(below.place.value) || record.cells.time) continue;
      draft.venue = found(row.place.value, evidenceAt(source, row.place.span, 'table'));
      addAddress(draft, source, below.place.value, below.place.span![0], 'table');
      return;
    }
  }
}

/**
 * The same grid's "Artist" row, the act's name in the place column ("Artist ⇥ … ⇥ The Examples"), names the act
 * as an "Artist:" label does: over a name only guessed from the running order.
 */
export function fromArtistItemRow(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.artist && draft.artist.method !== 'inferred') return;
  for (const table of read(source).tables) {
    for (const record of table.records) {
      const row = itemPlace(record);
      if (row?.key !== 'artist' || record.cells.time || !/\p{L}/u.test(row.place.value)) continue;
      draft.artist = found(row.place.value.trim(), evidenceAt(source, row.place.span, 'table'));
      return;
    }
  }
}

/**
 * A tour book's overview holding one show's row ("Date | City | Country | Venue | Address"), as a
 * one-show book has, or a whole-tour book scoped to the named show (show-scope.ts): the row's cells
 * are the show's venue, address, city and country as written.
 */
export function fromShowOverviewRow(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.venue) return;
  for (const table of read(source).tables) {
    if (!table.keys.includes('date') || !table.keys.includes('venue') || !table.keys.some((k) => k === 'city' || k === 'address')) continue;
    const shows = table.records.filter((r) => r.cells.venue?.span && r.cells.date && findDates(r.cells.date.value).length);
    if (shows.length !== 1) continue;
    const { venue, city, country, address } = shows[0]!.cells;
    const at = (cell: TableCell) => evidenceAt(source, cell.span!, 'table');
    draft.venue = found(venue!.value, at(venue!));
    if (city?.span && !draft.city) draft.city = found(city.value, at(city));
    const code = country?.span ? normaliseCountry(country.value) : null;
    if (code && !draft.country) draft.country = found(code, at(country!));
    if (address?.span) addAddress(draft, source, address.value, address.span[0], 'table');
    return;
  }
}
