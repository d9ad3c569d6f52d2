/**
 * A meal table with a provider column ("Meal | Time | Provider | Room | Pax"): each row's meal is
 * served by the provider its cell names, and is named after it (as "Dinner by X" is). A bilingual
 * header may wrap, its second language on the line under it ("Pembekal /" over "Provider").
 */
import type { Reading, Table } from '../text/index.js';
import { isMealTable } from './meal-column.js';
import { isNotApplicable, labelKey } from '../text/index.js';
import { OTHER } from '../text/bilingual-lines.js';
import { halfAt } from '../text/bilingual-value.js';

const PROVIDER_WORD = /^(?:provider|provided by|caterer|catered by|catering by|supplier|vendor|lieferant|anbieter|traiteur|fournisseur|prestataire|proveedor|fornecedor|fornitore|leverancier|leverandør|leverantör|pembekal|penyedia|সরবরাহকারী|आपूर्तिकर्ता|पुरवठादार|yetkazib\s+beruvchi)$/iu;

/** Whether a header cell, maybe with its wrapped continuation, names the provider in one of its languages. */
function namesProvider(header: string): boolean {
  return headerWords(header).some((half) => PROVIDER_WORD.test(half));
}

/** A header's words: its languages' halves, and the fields a dash joins ("Provider — Place"). */
function headerWords(header: string): string[] {
  return header.split(/\/|\s[–—-]\s/).map((h) => h.trim());
}

/** Whether the provider column also says where ("Provider — Place"): its cells write the provider first, a dot, then the place. */
function namesPlaceToo(header: string): boolean {
  return headerWords(header).some((w) => labelKey(w) === 'location');
}

export interface ProviderCell {
  value: string;
  span: [number, number];
  /** Where the meal is, written after the provider in the same cell ("Fig Kitchen · Mill Lane 4"). */
  place?: { value: string; span: [number, number] };
  /** The provider's phone written among those parts. */
  phone?: { value: string; span: [number, number] };
}

// "Fig Kitchen – green room": a spaced dash parts them as a middle dot does (a hyphen may join a name's words).
const PART_SEPARATOR = /\s+[·•–—]\s+/;
/** A phone among the cell's parts, maybe after its word ("Tel. 0171 …"): the number is what is kept. */
const PHONE_PART = /^(?:(?:tel|tlf|tfn|phone|fon|telefon|telefono|téléphone)\.?:?\s*)?(\+?\d[\d ()./-]{6,}\d)$/iu;
/** "Fig Kitchen 7, Mill Lane 4, Dhaka (0171-…)": the name up to its first comma, then a street with a number and a bracketed phone. */
const NAME_COMMA_STREET = /^([^,]{2,40}),\s*([^,()]*\d[^()]*?)\s*(?:\((\+?\d[\d ./-]{6,}\d)\))?$/u;

/**
 * "ጎጆ ቤት / Gojo Bet · Bole Road 4, Addis · +251 11 …" under "Provider — Place": the provider (its Latin half
 * when written in two scripts), the place after it and its phone, each with its span.
 */
function providerParts(value: string, span: [number, number]): ProviderCell {
  const at = (text: string, from: number): [number, number] => [span[0] + value.indexOf(text, from), span[0] + value.indexOf(text, from) + text.length];
  const street = PART_SEPARATOR.test(value) ? null : NAME_COMMA_STREET.exec(value);
  const parts = street ? [street[1]!, street[2]!, ...(street[3] ? [street[3]] : [])] : value.split(PART_SEPARATOR);
  const first = parts[0]!;
  const latin = halfAt(first, 1);
  const name = latin && OTHER.test(first.slice(0, latin.offset)) && !OTHER.test(latin.value) ? latin.value.trim() : first.trim();
  const cell: ProviderCell = { value: name, span: at(name, 0) };
  const rest = parts.slice(1);
  const phone = rest.find((p) => PHONE_PART.test(p));
  const places = rest.filter((p) => p !== phone);
  const from = first.length;
  if (places.length) cell.place = { value: places.join(', '), span: [at(places[0]!, from)[0], at(places.at(-1)!, from)[1]] };
  if (phone) {
    const number = PHONE_PART.exec(phone)![1]!;
    cell.phone = { value: number, span: at(number, value.indexOf(phone, from)) };
  }
  return cell;
}

/**
 * The venue's own kitchen ("Hausküche", "house kitchen", "in-house"): no provider of its own, so the meal
 * keeps its own name.
 */
const HOUSE_KITCHEN = /^(?:hausk[üu]che|eigene k[üu]che|house kitchen|in[- ]house(?: kitchen| catering)?|venue kitchen|husets k[öo]k|eget k[öo]k|keuken van het huis|cuisine maison)$/iu;

/**
 * A provider column's cell without a place part: "Fig Kitchen (delivery) · Tel. 0171 …" is the provider by its
 * name, its bracketed remark on how it serves left aside, and its phone.
 */
function providerWithPhone(value: string, span: [number, number]): ProviderCell {
  const parts = providerParts(value, span);
  if (!parts.phone || parts.place) return { value: value.trim(), span };
  const name = parts.value.replace(/\s*\([^()]*\)$/u, '');
  return { ...parts, value: name, span: [parts.span[0], parts.span[0] + name.length] };
}

/** The header of the table's provider column, or null when it has none. */
export function providerHeader(table: Table): string | null {
  const first = table.records[0];
  // A first record with no meal in it is the header's wrapped line.
  const wrapped = first && !first.cells.meal?.value.trim() ? first : null;
  return table.header.find((h) => namesProvider(h) || !!wrapped && namesProvider(`${h} ${wrapped.all.find((c) => c.header === h)?.value ?? ''}`)) ?? null;
}

/** The provider cell of a meal table's row on the line [start, end), when the table has a provider column. */
export function providerCellOn(reading: Reading, line: { start: number; end: number }): ProviderCell | null {
  for (const table of reading.tables) {
    if (!isMealTable(table)) continue;
    const header = providerHeader(table);
    if (!header) continue;
    for (const rec of table.records) {
      const cell = rec.all.find((c) => c.header === header);
      // "— (buyout)": a dash for no provider, whatever its bracket says.
      if (cell?.span && cell.span[0] >= line.start && cell.span[0] < line.end && /\p{L}{2}/u.test(cell.value.replace(/\([^()]*\)/g, ''))) {
        if (HOUSE_KITCHEN.test(cell.value.trim())) return null;
        return namesPlaceToo(header) ? providerParts(cell.value, cell.span) : providerWithPhone(cell.value, cell.span);
      }
    }
  }
  return null;
}

/**
 * The place cell ("Where", "Venue") of the row on the line [start, end) of a meal table with a provider
 * column: where the provider serves the meal ("Time | Meal | Provider | Where | Pax").
 */
export function providerPlaceCellOn(reading: Reading, line: { start: number; end: number }): { value: string; span: [number, number] } | null {
  for (const table of reading.tables) {
    if (!isMealTable(table) || !table.keys.includes('location')) continue;
    const header = providerHeader(table);
    if (!header) continue;
    for (const rec of table.records) {
      const provider = rec.all.find((c) => c.header === header);
      if (!provider?.span || provider.span[0] < line.start || provider.span[0] >= line.end) continue;
      const place = rec.cells.location;
      if (!place?.span || place === provider || !/\p{L}{2}/u.test(place.value)) return null;
      const value = place.value.trim();
      const at = place.span[0] + place.value.indexOf(value);
      return { value, span: [at, at + value.length] };
    }
  }
  return null;
}

/**
 * The company cell of a schedule grid's row on the line [start, end) ("Item | Start | Where | Company"): on a
 * bare meal row ("Dinner ⇥ 18:00 ⇥ Green room ⇥ Fig Kitchen") it is the firm serving the meal.
 */
export function companyCellOn(reading: Reading, line: { start: number; end: number }): { value: string; span: [number, number] } | null {
  for (const table of reading.tables) {
    for (const rec of table.records) {
      const item = rec.cells.schedule_item ?? rec.cells.meal;
      const cell = rec.cells.company;
      if (!item?.span || item.span[0] < line.start || item.span[0] >= line.end) continue;
      if (!cell?.span || !/\p{L}{2}/u.test(cell.value) || isNotApplicable(cell.value)) return null;
      const value = cell.value.trim();
      const at = cell.span[0] + cell.value.indexOf(value);
      return { value, span: [at, at + value.length] };
    }
  }
  return null;
}
