/**
 * OCR reads German "ß" as "B" or "R" in a scan's street names ("Kölner StraBe 12",
 * "LindenstraRe 5"): a street word ending so is put back to "-straße". Neither form is a word of
 * its own, so nothing else is touched.
 */
const STREET = /(?<![\p{L}])(\p{L}*)([Ss])tra[BR]e(?![\p{L}])/gu;

export function fixOcrGlyphs(text: string): string {
  return text.replace(STREET, (_m, stem: string, s: string) => `${stem}${s}traße`);
}
