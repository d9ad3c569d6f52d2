/**
 * A hotel's e-mail often ends with a one-line footer: its name, then its details in cells split by
 * middle dots or bars ("Hotel Linde · Bergstraße 4 · 79098 Freiburg · Tel. … · desk@…"). The street
 * and the postcode-and-city cells after it (and a country's cell after those) together are the hotel's address.
 */
import { countryCode } from '../../../reference/index.js';
import { isStreetAddress } from '../place.js';
import type { Hit } from './phrases.js';
import { escapeRegExp } from '../../text/index.js';

/** Cells split by middle dots or bars, and (a footer of two lines) by the line break. */
const CELL_SEPARATOR = /[ \t]+[·•|][ \t]+|\n/g;
/** "79098 Freiburg", "35129 Padova (PD)", "D-10115 Berlin": a postcode cell, an Italian province in brackets allowed. */
const POSTCODE_CITY_CELL = /^(?:[A-Z]{1,2}-)?\d{4,5}[ \t]+\p{Lu}[\p{L}'’ -]+(?:[ \t]+\([A-Z]{2}\))?$/u;

/** A footer's second line of reachability: a phone or e-mail label opening it ("T: +353 … · E: desk@…"). */
const DETAILS_LINE = /^[ \t]*(?:T|Tel|Tél|Telefon|Phone|E|E-?mail)\.?[ \t]*:?[ \t]*[+\d(][^\n]*$|^[ \t]*(?:T|Tel|Phone)\b[^\n]*@[^\n]*$/iu;

/**
 * The footer line that starts with the hotel's `name` and has at least two more cells, or one cell that is
 * its street address ("Name · 14 Quay Street, Town, Country") with the phone and e-mail on the next line
 * ("T: … · E: …"): its text (both lines) and offset.
 */
export function footerLine(text: string, name: string): Hit<string> | undefined {
  const escaped = escapeRegExp(name);
  const m = new RegExp(String.raw`^[ \t]*${escaped}(?:[ \t]+[·•|][ \t]+[^\n]+){2,}$`, 'mu').exec(text);
  if (m) return { value: m[0], index: m.index, length: m[0].length };
  const one = new RegExp(String.raw`^[ \t]*${escaped}[ \t]+[·•|][ \t]+([^\n·•|]+)\n([^\n]+)$`, 'mu').exec(text);
  if (!one || !isStreetAddress(one[1]!.trim()) || !DETAILS_LINE.test(one[2]!)) return undefined;
  return { value: one[0], index: one.index, length: one[0].length };
}

/** The street cell of a footer line joined with the postcode-and-city cell right after it ("Via X 3, 35129 Padova (PD)"). */
export function footerAddress(line: Hit<string>): Hit<string> | undefined {
  const cells: { text: string; at: number }[] = [];
  let from = 0;
  for (const sep of line.value.matchAll(CELL_SEPARATOR)) {
    cells.push({ text: line.value.slice(from, sep.index), at: from });
    from = sep.index + sep[0].length;
  }
  cells.push({ text: line.value.slice(from), at: from });
  const isTown = (c: { text: string } | undefined) => !!c && POSTCODE_CITY_CELL.test(c.text.trim());
  // "9 quai Sud · 31000 Toulouse": a cell opening with its number is the street when the postcode's cell follows it.
  const street = cells.findIndex((c, i) => i > 0 && (isStreetAddress(c.text.trim()) || (/^\d/.test(c.text.trim()) && isTown(cells[i + 1]))));
  if (street < 0) return undefined;
  const { text, at } = cells[street]!;
  const town = isTown(cells[street + 1]) ? cells[street + 1] : undefined;
  // "… · 31000 Toulouse · France": the country's cell after the town ends the address.
  const country = town && cells[street + 2] && countryCode(cells[street + 2]!.text.trim()) ? cells[street + 2] : undefined;
  const last = country ?? town;
  const value = [text, town?.text, country?.text].filter((t) => t !== undefined).map((t) => t!.trim()).join(', ');
  const end = last ? last.at + last.text.trimEnd().length : at + text.trimEnd().length;
  return { value, index: line.index + at, length: end - at };
}
