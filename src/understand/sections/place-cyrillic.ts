/**
 * Cyrillic addresses mark their town with an abbreviation ("г. Алматы" in Russian, "м. Київ" in
 * Ukrainian, "гр. Пловдив" in Bulgarian) and close with the country written out, often as the
 * state's long form ("Республика Казахстан", "Республіка Польща"). The town is the word after its
 * mark; the country is known from the names Intl gives each region in those languages.
 */

/** "г. Алматы" → "Алматы": a town's mark stripped. */
const TOWN_MARK = /^(?:г|гр|м|с|пгт)\.\s*(?=\p{Lu})/u;
export function withoutTownMark(part: string): string {
  return part.replace(TOWN_MARK, '');
}

/** "Ош ш." (Kyrgyz шаары), "Алматы қ." (Kazakh қаласы), "Toshkent sh." (Uzbek shahri): the mark after the town. */
const TRAILING_TOWN_MARK = /^(\p{Lu}[\p{L}-]+(?:[ \t]\p{Lu}[\p{L}-]+)?)[ \t]+(?:ш|қ|sh)\.$/u;
/** The town an address part names by a mark after it, or null. */
export function townBeforeMark(part: string): string | null {
  return TRAILING_TOWN_MARK.exec(part.trim())?.[1] ?? null;
}

/** Region codes Intl names that are no country: the EU, the eurozone, the UN, pseudo-regions, the unknown region. */
const NOT_COUNTRY = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);
let names: Map<string, string> | undefined;
/** The ISO code of a country written out in Russian, Ukrainian or Bulgarian ("Республика Казахстан" → KZ), or null. */
export function cyrillicCountry(part: string): string | null {
  if (!/\p{Script=Cyrillic}/u.test(part)) return null;
  if (!names) {
    names = new Map();
    const codes: string[] = [];
    for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) codes.push(String.fromCharCode(a, b));
    for (const locale of ['ru', 'uk', 'bg']) {
      const display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
      for (const code of codes) {
        if (NOT_COUNTRY.has(code)) continue;
        let name: string | undefined;
        try { name = display.of(code); } catch { name = undefined; }
        if (name && /\p{Script=Cyrillic}/u.test(name) && !names.has(name.toLowerCase())) names.set(name.toLowerCase(), code);
      }
    }
  }
  const bare = part.trim().replace(/\.$/, '').replace(/^(?:Республика|Республіка|Република)\s+/u, '').toLowerCase();
  return names.get(bare) ?? null;
}
