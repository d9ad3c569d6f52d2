/**
 * An Irish address ends with its Eircode, after the city and perhaps a Dublin postal district
 * ("60 Main Street, Dublin 2, D02 XY12", "3 Quay Road, Cork, T12 AB3C"): the street-address pattern
 * stops at the city, so the district and code written right after it are joined on.
 */
const EIRCODE_AFTER = /^(?:[ \t]+\d{1,2})?,[ \t]*(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?[0-9AC-FHKNPRTV-Y]{4}(?![\p{L}\d])/u;

/** `value` (found at `end` of `text`) with the district and Eircode that follow it, if any. */
export function withEircode(value: string, text: string, end: number): string {
  const m = EIRCODE_AFTER.exec(text.slice(end, end + 24));
  return m ? value + m[0] : value;
}
