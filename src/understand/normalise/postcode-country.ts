/**
 * The country an address's postcode shape names, when only one country writes it so: the Dutch
 * "7418 AW" (four digits, two capitals) and the British "NG1 1LX". Used when the city is not in the
 * gazetteer, so a show in a small Dutch or British town still gets its country.
 */
const SHAPES: [string, RegExp][] = [
  ['NL', /(?<![\p{L}\d])[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}(?![\p{L}\d])/u],
  ['GB', /(?<![\p{L}\d])[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}(?![\p{L}\d])/u],
  // Japan's postal mark before its "NNN-NNNN" code ("〒460-0008 愛知県…") is written nowhere else.
  ['JP', /〒\s?\d{3}-?\d{4}(?!\d)/u],
];

/** The country of `address` by its postcode, or null when no single shape fits. */
export function countryOfPostcode(address: string): string | null {
  const hits = SHAPES.filter(([, re]) => re.test(address)).map(([code]) => code);
  return hits.length === 1 ? hits[0]! : null;
}
