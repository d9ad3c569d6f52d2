/**
 * OCR of a scanned page (a printed contract run through an office scanner) reads dust, the binding's
 * shadow and table rules at a line's edge as lone marks: "Venue: The Mill Room :", "2. SCHEDULE |",
 * "Deal type: Guarantee vs percentage i :", ": Fee: £4,250.00 …", "+ versus 80% …", and a doubled colon
 * after a label ("Payment: : Balance …"). Those marks are blanked (offsets kept), so that a value ends
 * with its words and a wrapped line joins the one above it.
 */

/** A run of lone marks closing a line, each set off by a space (a lone "i" or "l" only before another mark). */
const TAIL_MARKS = /(?<=\S)((?:[ \t]+(?:[|!;~:]|[il](?=[ \t]+[|!;~:])))+)[ \t]*$/gmu;
/** One or two letters after a remark's closing bracket at a line's end ("15:00 (rear dock) IE"): the scanner's speck. */
const SPECK_AFTER_BRACKET = /(?<=\))([ \t]+\p{L}{1,2})[ \t]*$/gmu;
/** A run of lone marks opening a line before its words ("| 8. GOVERNING LAW", ": 6.1 Artist shall …"). */
const LEAD_MARKS = /^([ \t]*)((?:[|:+~][ \t]+)+)(?=[\p{L}\d£$€(])/gmu;
/** A second colon after a label's own ("Payment: : Balance"). */
const DOUBLED_COLON = /(?<=\p{L}:)([ \t]+):(?=[ \t])/gu;

/** "6. ADDITIONAL TERMS", "| 8. GOVERNING LAW": a contract's numbered clause heading. */
const NUMBERED_HEADING = /^[ \t|]*\d{1,2}\.[ \t]+\p{Lu}[\p{Lu} &]+$/u;

const blank = (s: string) => ' '.repeat(s.length);

export function blankScanMarginMarks(text: string): string {
  return text
    .replace(TAIL_MARKS, (tail: string, _run: string, at: number, all: string) => {
      // "Adresse :" (French sets a space before a label's colon): a lone colon that is the line's only one
      // is the label's; after a label's colon on the same line it is a speck.
      const lineStart = all.lastIndexOf('\n', at) + 1;
      // A numbered heading in capitals ("8. GOVERNING LAW :") is no label: its colon is a speck too.
      const line = all.slice(lineStart, at);
      return tail.trim() === ':' && !line.includes(':') && !NUMBERED_HEADING.test(line) ? tail : blank(tail);
    })
    .replace(SPECK_AFTER_BRACKET, blank)
    .replace(LEAD_MARKS, (_m, lead: string, marks: string) => `${lead}${blank(marks)}`)
    .replace(DOUBLED_COLON, (_m, gap: string) => `${gap} `);
}
