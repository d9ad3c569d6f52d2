/**
 * Reading prose for contacts: where a sentence ends and which capitalised words can be the person.
 *
 * "Håkon Berg (produksjon) tar imot dere, mob. 917 44 208." is one sentence: the full stop of a phone
 * label's abbreviation ("mob.", "tel.", "tlf.", "puh.") is no sentence end when the number follows on the
 * same line. "Femke Bakker (production, De\nLichtkelder): 06 …": a bracket after a person gives their
 * role and company, so the words inside it are not the person, and a bracket wrapped over two lines
 * is one piece.
 */

/**
 * A phone label's abbreviation in running text (after a comma, in lower case) with its number after it
 * on the same line; a letterhead's "· Tel. +34 …" still ends what goes before it. The look-ahead at the
 * abbreviation's first letter comes before the look-behind, which would otherwise scan back over every
 * blanked stretch of spaces at each of its positions (quadratic: 35 ms instead of 2 on 200 KB of prose).
 */
const PHONE_ABBREVIATION = String.raw`(?=[mtpch])(?<=,[ \t]*)(?:mob|tel|tlf|tfn|ph|cel|puh|handy)\.[ \t]+(?=\+?\d)`;

/** Sentences: up to a full stop, "!" or "?" before a space (except after a phone abbreviation), or a blanked stretch. */
export const PROSE_SENTENCE = new RegExp(String.raw`(?:${PHONE_ABBREVIATION}|[^.!?\s]|\s(?!\s{2})|[.!?](?!\s|$))+[.!?]?`, 'gu');

/** The text with the line breaks inside brackets made spaces (offsets unchanged). */
export function joinWrappedBrackets(text: string): string {
  return text.replace(/\([^()\n]*\n[^()]*\)/g, (b) => b.replace(/\n/g, ' '));
}

/** Whether `at` lies inside a bracket opened before it in `text` and not yet closed. */
export function insideBracket(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** A label that closes a bracket it did not open ("Lichtkelder)") is the wrapped end of a sentence's bracket. */
export function isBracketTail(label: string): boolean {
  return (label.match(/\)/g)?.length ?? 0) > (label.match(/\(/g)?.length ?? 0);
}

/**
 * A phone number followed by a comma and, before any e-mail address, another number: the clause about
 * the first number's person ends there ("Ana, 0612 …, ana@…" stays whole).
 */
const NUMBER_THEN_COMMA = /\+?\d[\d ()-]{6,}\d(?=\s*,\s[^@]*?\+?\d[\d ()-]{6,}\d)/g;

/**
 * The sentences of `text`, each cut after a number followed by a comma and another number, so that "my
 * number +39 347 …, production is Ana Sala +39 349 …" gives each number its own clause and its name.
 */
export function proseClauses(text: string): { 0: string; index: number }[] {
  const out: { 0: string; index: number }[] = [];
  for (const sentence of text.matchAll(PROSE_SENTENCE)) {
    let from = 0;
    for (const m of sentence[0].matchAll(NUMBER_THEN_COMMA)) {
      const end = m.index + m[0].length;
      out.push({ 0: sentence[0].slice(from, end), index: sentence.index + from });
      from = end;
    }
    out.push({ 0: sentence[0].slice(from), index: sentence.index + from });
  }
  return out;
}

const LIST_MARKER = /^([ \t]*)([-•*–][ \t])/;

/**
 * Prose with each list item's marker ("- ", "• ") blanked, offsets kept: with the line break before it
 * the blank is a stretch no sentence runs over, so "- Ana 0612 …" is a note of its own, not the end of
 * the item above.
 */
export function withListBreaks(text: string, offset: number, lines: { start: number; text: string }[]): string {
  let out = text;
  for (const line of lines) {
    const m = LIST_MARKER.exec(line.text);
    const at = line.start - offset + (m?.[1]!.length ?? 0);
    if (!m || at < 0 || at >= out.length) continue;
    out = out.slice(0, at) + ' '.repeat(m[2]!.length) + out.slice(at + m[2]!.length);
  }
  return out;
}
