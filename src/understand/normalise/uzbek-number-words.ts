/**
 * Uzbek number words (Latin script), as a contract spells its amount in brackets ("24 000,00 (yigirma
 * toʻrt ming) AQSh dollari"): units and tens add up, "yuz" (hundred) multiplies what stands before it, "ming"
 * (thousand) and "million" the group before them. The letter "ʻ" is also typed as an apostrophe ("o'n").
 */
const UNITS = ['bir', 'ikki', 'uch', 'toʻrt', 'besh', 'olti', 'yetti', 'sakkiz', 'toʻqqiz'];
const TENS = ['oʻn', 'yigirma', 'oʻttiz', 'qirq', 'ellik', 'oltmish', 'yetmish', 'sakson', 'toʻqson'];
const VALUES = new Map<string, number>([...UNITS.map((w, i) => [w, i + 1] as const), ...TENS.map((w, i) => [w, (i + 1) * 10] as const)]);
const MULTIPLIERS = new Map<string, number>([['ming', 1000], ['million', 1_000_000], ['mln', 1_000_000]]);

/** The value of a run of Uzbek number words, or null when a word is none. */
export function uzbekNumberValue(words: string[]): number | null {
  let sum = 0;
  let group = 0;
  let small = 0;
  for (const word of words) {
    const w = word.toLowerCase().replace(/['’‘`ʼ]/g, 'ʻ');
    const multiplier = MULTIPLIERS.get(w);
    if (w === 'yuz') { group += (small || 1) * 100; small = 0; continue; }
    if (multiplier) { sum += ((group + small) || 1) * multiplier; group = 0; small = 0; continue; }
    const v = VALUES.get(w);
    if (v === undefined) return null;
    small += v;
  }
  return sum + group + small;
}
