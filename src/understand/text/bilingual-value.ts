/**
 * A bilingual form writes each value in both of its labels' languages ("Wyżywienie / Board:
 * Śniadanie w cenie / Breakfast included"). A free-text value is kept in one language: the half in
 * the position of the label's plain-Latin half, when only one label half is plain Latin (the other
 * carries letters with diacritics) and the value's halves line up with the label's.
 */
const PLAIN = /^[A-Za-z0-9 .,&'’()+-]+$/;
const HALVES = /[ \t]+\/[ \t]+/;

export function latinHalf(label: string, value: string): { value: string; offset: number } | null {
  const labels = label.replace(/[:\s]+$/, '').split(HALVES);
  const values = value.split(HALVES);
  if (labels.length !== 2 || values.length !== 2) return null;
  const plain = labels.map((l) => PLAIN.test(l.trim()));
  if (plain[0] === plain[1]) return null;
  const i = plain[0] ? 0 : 1;
  const half = values[i]!.trim();
  if (!PLAIN.test(half) || PLAIN.test(values[1 - i]!.trim())) return null;
  return { value: half, offset: value.indexOf(half, i === 0 ? 0 : values[0]!.length) };
}
