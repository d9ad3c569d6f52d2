/**
 * A message written twice, first in its sender's language and then again in English below a divider line
 * ("ENGLISH", "--- English version ---"), states every value twice: once per half. The import keeps a bilingual
 * value's Latin rendering (text/bilingual-lines.ts), so such a source is read through a copy whose first half's
 * lines in the other script are blanked (spaces, so spans hold):
 *
 *   ■ 会場
 *   会場:梅田 ホール・ソラ                    ← blanked
 *   ──────────
 *   ENGLISH
 *   ──────────
 *   Venue: Umeda Hall Sora                    ← read
 *
 * Only when the first half is largely in the other script and the English half is not: a form glossing each
 * label ("会場 / Venue") has no such divider. Mail header lines ("Subject: …") stay, and so do the first half's
 * lines with nothing in the other script (a bare "TEL 06-1234-5678").
 */
import type { ExtractedSource } from '../../interfaces.js';
import { OTHER } from './bilingual-lines.js';
import { rewrittenCopy, unchanged } from './rewritten-copy.js';

const OTHER_G = new RegExp(OTHER.source, 'gu');
const LETTER_G = /\p{L}/gu;
const DECOR = '\\s\\-=━─—–_*#■□◆◇【】\\[\\]()（）<>|';
/** A line saying only that the English version follows ("ENGLISH", "== English version ==", "English / 英語"). */
const ENGLISH_DIVIDER = new RegExp(`^[${DECOR}]*(?:english|in english)(?:\\s+(?:version|translation|text|below))?(?:\\s*[/／]\\s*[^\\s/／]+)?[${DECOR}:]*$`, 'iu');
const MAIL_HEADER = /^(?:from|to|cc|bcc|date|sent|subject|reply-to)\s*:/i;
const MIN_OTHER = 40;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** Offset of the English divider line's start, when the text before it is largely in the other script and the text after it is not; -1 otherwise. */
function englishDividerAt(text: string): number {
  const m = new RegExp(ENGLISH_DIVIDER.source, 'gimu');
  for (let hit = m.exec(text); hit; hit = m.exec(text)) {
    const before = text.slice(0, hit.index);
    const after = text.slice(hit.index + hit[0].length);
    const otherBefore = count(before, OTHER_G);
    if (otherBefore < MIN_OTHER || otherBefore * 3 < count(before, LETTER_G)) continue;
    // The English half may close with a two-script signature, but is mostly Latin.
    if (count(after, OTHER_G) * 5 > count(after, LETTER_G)) continue;
    return hit.index;
  }
  return -1;
}

/** The text with the other-script lines before its English divider blanked (see above); the text itself when it has none. */
export function englishHalfOnly(text: string): string {
  const at = englishDividerAt(text);
  if (at < 0) return text;
  const head = text.slice(0, at).replace(/[^\n]*/g, (line) =>
    OTHER.test(line) && !MAIL_HEADER.test(line.trim()) ? line.replace(/[^\n]/g, ' ') : line);
  return head + text.slice(at);
}

/** The source read by its English half (its attachments too), or the source itself when none has one. */
export function withEnglishHalf(source: ExtractedSource): ExtractedSource {
  const text = englishHalfOnly(source.text);
  const own = text !== source.text;
  return rewrittenCopy(source, withEnglishHalf, own, own ? englishHalfOnly : unchanged, unchanged);
}
