/**
 * Basque dates write the year first, then the month in the genitive and the day with a case ending:
 * "2028ko uztailaren 8an" (on 8 July 2028), "uztailaren 9an", "ekainaren 20a baino lehen", "7tik 8ra";
 * a heading names the month in the absolutive before the day ("Uztailak 8, larunbata"). The month names
 * (urtarrila … abendua) name nothing in another language, so they are read with one of their endings
 * only (-a, -aren, -ak), never as a bare stem.
 */
export interface BasqueDate { day: number; month: number; year: number | null; index: number; length: number }

const MONTHS = ['urtarril', 'otsail', 'martxo', 'apiril', 'maiatz', 'ekain', 'uztail', 'abuztu', 'irail', 'urri', 'azaro', 'abendu'];

const MONTH_WORD = new RegExp(`(?<!\\p{L})(?:${MONTHS.join('|')})(?:aren|ak|a)(?!\\p{L})`, 'iu');
const DATE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(\d{4})-?ko\s+)?(${MONTHS.join('|')})(?:aren|ak|a)\s+(\d{1,2})(?:-?\p{Ll}{1,4})?(?![\p{L}\d])`,
  'giu',
);

export function basqueDates(text: string): BasqueDate[] {
  if (!MONTH_WORD.test(text)) return [];
  const out: BasqueDate[] = [];
  for (const m of text.matchAll(DATE)) {
    const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
    out.push({ day: Number(m[3]), month, year: m[1] ? Number(m[1]) : null, index: m.index, length: m[0].length });
  }
  return out;
}
