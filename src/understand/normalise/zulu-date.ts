/**
 * isiZulu dates: the day, then the month with its noun prefix ("20 kuMbasa 2027" = 20 April 2027,
 * "3 kaNhlaba", "14 ngoNdasa"), often followed by the weekday in brackets ("(uLwesibili)"). The month
 * names are the traditional ones (uMasingana … uZibandlela), which name nothing in another language; the
 * prefix (u-, ku-, ka-, ngo-, with or without a hyphen) is optional. The loan names ("Ephreli",
 * "Septhemba") are left to the other readers' month lists where they coincide, and not read here.
 */
export interface ZuluDate { day: number; month: number; year: number | null; index: number; length: number }

const MONTHS = ['masingana', 'nhlolanja', 'ndasa', 'mbasa', 'nhlaba', 'nhlangulana', 'ntulikazi', 'ncwaba', 'mandulo', 'mfumfu', 'lwezi', 'zibandlela'];
const PREFIX = '(?:u|ku|ka|ngo)?-?';

const DATE = new RegExp(
  String.raw`(?<![\p{L}\d])(\d{1,2})\.?\s+${PREFIX}(${MONTHS.join('|')})(?:,?\s+(\d{4}))?(?![\p{L}\d])`,
  'giu',
);

export function zuluDates(text: string): ZuluDate[] {
  return [...text.matchAll(DATE)].map((m) => ({
    day: Number(m[1]),
    month: MONTHS.indexOf(m[2]!.toLowerCase()) + 1,
    year: m[3] ? Number(m[3]) : null,
    index: m.index,
    length: m[0].length,
  }));
}
