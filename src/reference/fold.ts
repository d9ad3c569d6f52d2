/** Recent keys of short texts: merging compares the same names, kinds and times again and again. */
const recentKeys = new Map<string, string>();
const RECENT_LIMIT = 20_000;
const RECENT_TEXT_LENGTH = 200;

/** Comparison key for names: lower case, diacritics and punctuation folded, single spaces. */
export function foldText(text: string): string {
  if (text.length > RECENT_TEXT_LENGTH) return fold(text);
  let key = recentKeys.get(text);
  if (key === undefined) {
    key = fold(text);
    if (recentKeys.size >= RECENT_LIMIT) recentKeys.delete(recentKeys.keys().next().value!);
    recentKeys.set(text, key);
  }
  return key;
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
