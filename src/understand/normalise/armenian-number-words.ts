/**
 * Armenian number words, as a contract spells an amount out in brackets ("14 000 (տասնչորս հազար)",
 * "740 (յոթ հարյուր քառասուն)"). The teens and the tens with a unit are one word ("տասնչորս" = 10 + 4,
 * "քառասունհինգ" = 40 + 5); "հարյուր", "հազար", "միլիոն" multiply what stands before them.
 */
const UNITS: Record<string, number> = { մեկ: 1, երկու: 2, երեք: 3, չորս: 4, հինգ: 5, վեց: 6, յոթ: 7, յոթը: 7, ութ: 8, ութը: 8, ինը: 9 };
const TENS: [string, number][] = [
  ['տասը', 10], ['տասն', 10], ['տաս', 10], ['քսան', 20], ['երեսուն', 30], ['քառասուն', 40], ['հիսուն', 50],
  ['վաթսուն', 60], ['յոթանասուն', 70], ['ութսուն', 80], ['իննսուն', 90],
];

/** "քառասունհինգ" → 45, "տասը" → 10, "վեց" → 6; null for a word that is no number below a hundred. */
function smallValue(word: string): number | null {
  if (UNITS[word] !== undefined) return UNITS[word]!;
  for (const [tens, value] of TENS) {
    if (!word.startsWith(tens)) continue;
    const rest = word.slice(tens.length);
    if (!rest) return value;
    if (UNITS[rest] !== undefined) return value + UNITS[rest]!;
  }
  return null;
}

/** The value of a run of Armenian number words, or null when a word is none. */
export function armenianNumberValue(words: string[]): number | null {
  let sum = 0;
  let hundreds = 0;
  let small = 0;
  for (const word of words) {
    if (word === 'հարյուր') { hundreds += (small || 1) * 100; small = 0; continue; }
    if (word === 'հազար' || word === 'միլիոն') {
      sum += (hundreds + small || 1) * (word === 'հազար' ? 1000 : 1_000_000);
      hundreds = 0;
      small = 0;
      continue;
    }
    const v = smallValue(word);
    if (v === null) return null;
    small += v;
  }
  return sum + hundreds + small;
}
