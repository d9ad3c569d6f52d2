/**
 * Kyrgyz dates (Cyrillic). As in Uzbek, the day is joined to its month by a hyphen and the month takes a
 * case ending ("5-март", "5-мартта" on, "6-марттагы" of, "7-мартка" to, "15:00дөн"'s kin); the
 * year, when written, stands first with "ж." ("2026-ж., 3-март"). The month names are the Russian ones
 * with or without their soft sign ("декабрь", "декабр-"). The traditional names are read too, with the day
 * after them ("Жетинин айынын 7-күнү", "Жетинин айы" = November), where the Russian readers see nothing.
 */
export interface KyrgyzDate { day: number; month: number; year: number | null; index: number; length: number }

const MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма[йя]', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
/** The traditional months, January first ("Үчтүн айы" … "Бештин айы"). */
const NATIVE = ['үчтүн', 'бирдин', 'жалган куран', 'чын куран', 'бугу', 'кулжа', 'теке', 'баш оона', 'аяк оона', 'тогуздун', 'жетинин', 'бештин'];

const YEAR = String.raw`(?:(\d{4})-ж(?:\.|ылы|ылдын)?,?\s+)?`;
/** "2026-ж., 3-март", "5-мартта": year, day, month (any case ending: a soft sign or letters after the stem); the year may follow instead ("3-март, 2026"). */
const HYPHENED = new RegExp(String.raw`(?<![\p{L}\d])${YEAR}(\d{1,2})-(${MONTHS.map((m) => `(${m})`).join('|')})[ьй]?\p{L}{0,5}(?:,?\s+(\d{4})(?:\s*(?:ж\.|г\.|жыл\p{L}*|год\p{L}*))?)?(?![\p{L}\d])`, 'giu');
/** "Жетинин айынын 7-күнү": the traditional month, then the day, "the 7th day". */
const NATIVE_DAY = new RegExp(String.raw`(?<![\p{L}\d])(${NATIVE.map((m) => `(${m.replace(' ', String.raw`\s+`)})`).join('|')})\s+айы(?:нын)?\s+(\d{1,2})-күн\p{L}{0,4}(?![\p{L}\d])`, 'giu');

export function kyrgyzDates(text: string): KyrgyzDate[] {
  const out: KyrgyzDate[] = [];
  for (const m of text.matchAll(HYPHENED)) {
    const month = m.slice(4, 16).findIndex(Boolean) + 1;
    const year = m[1] ?? m[16];
    out.push({ day: Number(m[2]), month, year: year ? Number(year) : null, index: m.index, length: m[0].length });
  }
  for (const m of text.matchAll(NATIVE_DAY)) {
    const month = m.slice(2, 14).findIndex(Boolean) + 1;
    out.push({ day: Number(m[14]), month, year: null, index: m.index, length: m[0].length });
  }
  return out.sort((a, b) => a.index - b.index);
}
