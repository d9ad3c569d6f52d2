/**
 * A line written wholly twice, in Arabic and then in Latin letters after a dash ("فندق الواحة –
 * Oasis Hotel" heading a hotel's block): the Latin rendering is kept, as the import keeps a
 * bilingual value's Latin half (bilingual-lines.ts). The Arabic half and its dash are blanked at the
 * same length, so the line reads as its Latin name opening the block and every span still holds.
 */
const TWO_SCRIPT_LINE = /^([\p{Script=Arabic}\p{M} ]+?[ \t]+[–—-][ \t]+)(?=\p{Script=Latin})[^\p{Script=Arabic}\n]+$/gmu;

export function latinLineRendering(text: string): string {
  return text.replace(TWO_SCRIPT_LINE, (line: string, arabic: string) => ' '.repeat(arabic.length) + line.slice(arabic.length));
}
