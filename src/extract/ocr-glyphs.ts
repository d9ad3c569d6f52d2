/**
 * Glyphs OCR misreads in a known shape, put back where the shape leaves no doubt:
 * - German "ß" read as "B" or "R" in a scan's street names ("Kölner StraBe 12", "LindenstraRe 5"):
 *   a street word ending so is put back to "-straße". Neither form is a word of its own.
 * - "J" read as ")" in a British postcode's inward code ("LS1 4)B"): after its digit come two
 *   letters, so the bracket is the "J".
 */
const STREET = /(?<![\p{L}])(\p{L}*)([Ss])tra[BR]e(?![\p{L}])/gu;
const POSTCODE_J = /\b([A-Z]{1,2}\d[A-Z\d]?[ \u00a0]\d)\)([A-Z])(?![\p{L}\d])/gu;

export function fixOcrGlyphs(text: string): string {
  return text.replace(STREET, (_m, stem: string, s: string) => `${stem}${s}traße`).replace(POSTCODE_J, '$1J$2');
}
