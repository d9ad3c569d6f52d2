/**
 * The narrative reading's matches, one item word each. A sentence may wrap, so the gap between an
 * item's word and its time may run over a line end; but when the next line opens with an item word
 * of its own ("… an extra check at 15:10 for the opener" / "doors still 20:00"), the time after it is
 * that line's item, not the earlier word's: the earlier match is dropped and reading resumes there.
 */
export function narrativeMatches(pattern: RegExp, text: string, lineStarts: number[]): RegExpExecArray[] {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  const sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const gapStart = m.index + m.groups!.what!.length;
    const gapEnd = m.index + m[0].length - m.groups!.time!.length;
    const restart = lineStarts.find((s) => s > gapStart && s < gapEnd && opensItem(sticky, text, s));
    if (restart !== undefined) {
      re.lastIndex = firstWord(text, restart);
      continue;
    }
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

function firstWord(text: string, from: number): number {
  const skip = /^[\s>•·*-]*/.exec(text.slice(from))![0].length;
  return from + skip;
}

function opensItem(sticky: RegExp, text: string, lineStart: number): boolean {
  sticky.lastIndex = firstWord(text, lineStart);
  return sticky.test(text);
}

/** "after", "nach", "après", "después de", "dopo", "efter", "etter", Slavic "po"/"posle"/"nakon". */
const AFTER_WORD = /(?<![\p{L}])(?:after|nach|après|apres|después de|despues de|dopo|efter|etter|po|posle|poslije|nakon|na)\s+(?:the\s+|dem\s+|der\s+|le\s+|el\s+|il\s+)?$/iu;
const CURFEW_WORD = /^(?:curfew|couvre-feu|coprifuoco|toque de queda)$/i;

/**
 * "After curfew the bar runs a club night until 04:00" ("Po curfew je v sále …"): the curfew is what the
 * clause is timed against, not what is timed; a time right after it ("no noise after curfew at 23:00") is its own.
 */
export function afterCurfewClause(what: string, gap: string, before: string): boolean {
  return CURFEW_WORD.test(what) && AFTER_WORD.test(before) && gap.trim().split(/\s+/).length > 3;
}
