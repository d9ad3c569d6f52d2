/**
 * A signature written in two scripts, each line's halves side by side and a line in the other script
 * only above its Latin rendering:
 *
 *   윤하늘 | Haneul Yoon
 *   공연기획팀 매니저 | Booking Manager
 *   04390 서울특별시 용산구 …
 *   3F, 27 Itaewon-ro, …
 *
 * The signer is read in the Latin script (as the sender wrote for the recipient): the other-script
 * halves and lines are blanked, keeping every offset, and do not count towards the signature's lines.
 */
import type { Line } from '../text/index.js';
import { LATIN, OTHER } from '../text/bilingual-lines.js';
import { looksLikePersonName } from './people.js';

const HALVES = /\s+[|｜]\s+/;

/** An "other-script | Latin" line (either order). */
function isTwoScriptLine(text: string): boolean {
  const halves = text.trim().split(HALVES);
  return halves.length === 2 && halves.some(otherOnly) && halves.some((h) => LATIN.test(h) && !OTHER.test(h));
}

function otherOnly(text: string): boolean {
  return OTHER.test(text) && !LATIN.test(text);
}

/**
 * Whether a signature's lines are written in two scripts side by side: the signer's name among them
 * in both ("윤하늘 | Haneul Yoon"). A Cyrillic role beside a Latin firm ("Агент | Balkan Stage
 * Agency") is two columns of one signature, not a rendering.
 */
export function isTwoScriptSignature(lines: Line[]): boolean {
  return lines.some((l) => isTwoScriptLine(l.text) && l.text.trim().split(HALVES).some((h) => LATIN.test(h) && looksLikePersonName(h)));
}

/** The signature's lines that carry Latin text (a line only in the other script renders another). */
export function latinLines(lines: Line[]): Line[] {
  return lines.filter((l) => !otherOnly(l.text));
}

/** `text` with its other-script halves and lines blanked, each character kept in place. */
export function blankOtherScript(text: string): string {
  return text.split('\n').map((line) => {
    if (otherOnly(line)) return ' '.repeat(line.length);
    if (!isTwoScriptLine(line)) return line;
    const cut = HALVES.exec(line)!;
    const [a, b] = [line.slice(0, cut.index), line.slice(cut.index + cut[0].length)];
    return otherOnly(a) ? ' '.repeat(cut.index + cut[0].length) + b : a + ' '.repeat(cut[0].length + b.length);
  }).join('\n');
}
