/**
 * Who bears the tax withheld from an artist's fee is a term of the deal no other field holds: "Tax:
 * organiser covers the 5% withholding, artist is paid net.", "6.3 Tax deducted at source (TDS) shall
 * be borne by the Organiser …", a chat's "WHT on us, you get net". A line whose first sentence names
 * a withholding tax and says who bears it or that the fee is net — a labelled line (its label dropped),
 * a numbered clause (its number dropped) or a message — is, as a whole, the deal's notes; on the fee's
 * own line ("Fee ₹3,00,000 flat, net – TDS on us") only the remark after the fee. Left alone: a line
 * saying none applies ("Withholding tax: not applicable", "shall not be deducted provided …": no term
 * of the deal), and a withholding tax named only further into a paragraph about other things ("…
 * rest on the night, and we pay the WHT."): the paragraph is no note.
 */
import type { Deal, ExtractedSource } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { normaliseText } from '../normalise/index.js';
import { evidenceAt, read } from '../text/index.js';
import { wrappedText } from '../text/wrapped-value.js';

/** TDS (India's tax deducted at source), WHT: capitals only, as the acronyms are written. */
const WITHHOLDING_ACRONYM = /(?<![\p{L}])(?:TDS|WHT)(?![\p{L}])/u;
const WITHHOLDING_WORDS = /(?<![\p{L}])(?:withholding|withheld|deduct(?:ed|ible)\s+at\s+source|quellensteuer|retenci[oó]n\s+(?:en\s+la\s+fuente|fiscal)|retenue\s+à\s+la\s+source|ritenuta\s+d['’]acconto|imposto\s+retido|källskatt|kildeskat)(?![\p{L}])/iu;
const NONE_APPLIES = /(?<![\p{L}])(?:none|not applicable|n\/a|not be (?:deducted|withheld)|exempt(?:ed|ion)?)(?![\p{L}])/iu;
/** The note says who bears the tax or that the fee is net of it. */
const BEARER = /(?<![\p{L}])(?:net|borne|bears?|on us|over and above|gross(?:ed)?[- ]up)(?![\p{L}])/iu;
/** What the note leaves out: a clause's number ("4.2 "), a short label ("Tax: ", "Withholding tax – ", "Tax ⇥ "). */
// A table row's label cell, maybe with its translation's cell beside it ("Tax ⇥ ٹیکس ⇥ Borne by …", text/label-translation-cell.ts).
const LEAD = /^[ \t]*(?:\d{1,2}(?:\.\d{1,2})+\.?[ \t]+|[\p{L}][\p{L} /&-]{0,24}[ \t]*[:–][ \t]+|[\p{L}][\p{L} /&-]{0,24}\t+(?:[^\t\d\p{Script=Latin}]{1,30}\t+)?)?/u;
/** The first sentence: up to a full stop that a space or the end follows. */
const FIRST_SENTENCE = /^.*?[.!](?=\s|$)|^.*$/;

function namesWithholding(text: string): boolean {
  return WITHHOLDING_ACRONYM.test(text) || WITHHOLDING_WORDS.test(text);
}

export function notesFromWithholding(source: ExtractedSource, draft: Draft<Deal>): void {
  if (draft.notes) return;
  for (const line of read(source).lines) {
    if (/^\s*>/.test(line.text) || /\?\s*$/.test(line.text) || NONE_APPLIES.test(line.text)) continue;
    const lead = LEAD.exec(line.text)![0];
    const value = line.text.slice(lead.length).trim();
    if (!namesWithholding(FIRST_SENTENCE.exec(value)![0]) || !BEARER.test(value)) continue;
    const start = line.start + line.text.indexOf(value, lead.length);
    const remark = remarkAfterFee(value, start, draft);
    // "Tax: Fee is net of withholding tax, which the promoter" / "      will declare and pay.": a note wrapped onto the
    // next lines, indented under its value (a chat's next message stands at the margin).
    const lines = read(source).lines;
    const hangs = /^[ \t]{2,}\S/.test(lines[line.index + 1]?.text ?? '');
    const note = hangs ? wrappedText(lines, line.index, remark.text, remark.start + remark.text.length) : { value: remark.text, end: remark.start + remark.text.length };
    const text = normaliseText(note.value);
    if (!text) continue;
    draft.notes = found(text, evidenceAt(source, [remark.start, note.end], 'pattern'));
    return;
  }
}

/** On the fee's own line (`value` at offset `start`), the remark after the last comma or semicolon before the withholding tax. */
function remarkAfterFee(value: string, start: number, draft: Draft<Deal>): { text: string; start: number } {
  const fee = draft.fee?.span;
  if (!fee || fee[0] < start || fee[0] >= start + value.length) return { text: value, start };
  const term = (WITHHOLDING_ACRONYM.exec(value) ?? WITHHOLDING_WORDS.exec(value))!.index;
  const cut = Math.max(value.lastIndexOf(',', term), value.lastIndexOf(';', term)) + 1;
  const lead = value.slice(cut).length - value.slice(cut).trimStart().length;
  return { text: value.slice(cut + lead), start: start + cut + lead };
}
