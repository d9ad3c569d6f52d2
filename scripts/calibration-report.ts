/**
 * How well scores describe outcomes, as one line: the share right, ECE (10 equal-width bins), the
 * share right among values scored ≥ 0.9, and AUROC (how often a right value outscores a wrong one).
 * Used by the fitting scripts (fit-calibration.ts, fit-doubts.ts).
 */
export interface Scored { p: number; right: boolean }

export function calibrationReport(scored: readonly Scored[]): string {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, p: 0, right: 0 }));
  for (const s of scored) {
    const b = bins[Math.min(9, Math.floor(s.p * 10))]!;
    b.n++;
    b.p += s.p;
    if (s.right) b.right++;
  }
  const ece = bins.reduce((sum, b) => sum + Math.abs(b.p - b.right), 0) / scored.length;
  const sure = scored.filter((s) => s.p >= 0.9);
  const rights = scored.filter((s) => s.right);
  const wrongs = scored.filter((s) => !s.right);
  let wins = 0;
  for (const r of rights) for (const w of wrongs) wins += r.p > w.p ? 1 : r.p === w.p ? 0.5 : 0;
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '–');
  return [
    `${scored.length} values, ${pct(rights.length, scored.length)} % right`,
    `ECE ${ece.toFixed(3)}`,
    `scored ≥ 0.9: ${sure.length}, ${pct(sure.filter((s) => s.right).length, sure.length)} % right`,
    `AUROC ${rights.length && wrongs.length ? (wins / rights.length / wrongs.length).toFixed(3) : '–'}`,
  ].join('; ');
}
